// The event parser: libyaml's state machine as go-yaml v3 runs it (same events, same
// marks, same error texts and context marks).
import { YamlError } from "./errors";
import { type Mark, type ScalarStyle, Scanner, type Token, tokenStart } from "./scanner";

export type EventType =
  | "STREAM-START"
  | "STREAM-END"
  | "DOCUMENT-START"
  | "DOCUMENT-END"
  | "ALIAS"
  | "SCALAR"
  | "SEQUENCE-START"
  | "SEQUENCE-END"
  | "MAPPING-START"
  | "MAPPING-END";

/** An event; only where it starts is kept (0-based, in characters): nothing reads its end. */
export interface YamlEvent {
  type: EventType;
  line: number;
  column: number;
  anchor?: string;
  tag?: string;
  value?: string;
  style?: ScalarStyle;
  flow?: boolean;
}

type State =
  | "STREAM-START"
  | "IMPLICIT-DOCUMENT-START"
  | "DOCUMENT-START"
  | "DOCUMENT-CONTENT"
  | "DOCUMENT-END"
  | "BLOCK-NODE"
  | "BLOCK-NODE-OR-INDENTLESS-SEQUENCE"
  | "FLOW-NODE"
  | "BLOCK-SEQUENCE-FIRST-ENTRY"
  | "BLOCK-SEQUENCE-ENTRY"
  | "INDENTLESS-SEQUENCE-ENTRY"
  | "BLOCK-MAPPING-FIRST-KEY"
  | "BLOCK-MAPPING-KEY"
  | "BLOCK-MAPPING-VALUE"
  | "FLOW-SEQUENCE-FIRST-ENTRY"
  | "FLOW-SEQUENCE-ENTRY"
  | "FLOW-SEQUENCE-ENTRY-MAPPING-KEY"
  | "FLOW-SEQUENCE-ENTRY-MAPPING-VALUE"
  | "FLOW-SEQUENCE-ENTRY-MAPPING-END"
  | "FLOW-MAPPING-FIRST-KEY"
  | "FLOW-MAPPING-KEY"
  | "FLOW-MAPPING-VALUE"
  | "FLOW-MAPPING-EMPTY-VALUE"
  | "END";

interface TagDirective {
  handle: string;
  prefix: string;
}

const DEFAULT_TAG_DIRECTIVES: TagDirective[] = [
  { handle: "!", prefix: "!" },
  { handle: "!!", prefix: "tag:yaml.org,2002:" },
];

export class Parser {
  private scanner: Scanner;
  private state: State = "STREAM-START";
  private states: State[] = [];
  /**
   * The start marks of the open collections, three numbers each (index, line, column), in
   * marks[0, marksTop): the array is not shortened, which would cost more than the numbers left.
   */
  private marks: number[] = [];
  private marksTop = 0;
  private tagDirectives: TagDirective[] = [];
  private done = false;
  private current: YamlEvent = {
    type: "STREAM-START",
    line: 0,
    column: 0,
    anchor: undefined,
    tag: undefined,
    value: undefined,
    style: undefined,
    flow: undefined,
  };

  constructor(text: string) {
    this.scanner = new Scanner(text);
  }

  /** The next event, or undefined once the stream has ended. */
  next(): YamlEvent | undefined {
    if (this.done || this.scanner.ended || this.state === "END") return undefined;
    const ev = this.step();
    if (ev.type === "STREAM-END") this.done = true;
    return ev;
  }

  /**
   * The next event, written into one object that is handed out again each time (the composer is
   * done with an event before it asks for the next).
   */
  private event(
    type: EventType,
    line: number,
    column: number,
    anchor?: string,
    tag?: string,
    value?: string,
    style?: ScalarStyle,
    flow?: boolean,
  ): YamlEvent {
    const ev = this.current;
    ev.type = type;
    ev.line = line;
    ev.column = column;
    ev.anchor = anchor;
    ev.tag = tag;
    ev.value = value;
    ev.style = style;
    ev.flow = flow;
    return ev;
  }
  private emptyScalar(line: number, column: number): YamlEvent {
    return this.event("SCALAR", line, column, undefined, undefined, "", "plain");
  }

  private peek(): Token {
    return this.scanner.peek();
  }
  private skip(): void {
    this.scanner.skipToken();
  }
  private pop(): State {
    return this.states.pop()!;
  }
  /** Consume the current token, whose event `ev` is (tokens are reused once consumed: see Token). */
  private consumed(ev: YamlEvent): YamlEvent {
    this.scanner.skipToken();
    return ev;
  }
  private pushMark(token: Token): void {
    const m = this.marks;
    const top = this.marksTop;
    m[top] = token.index;
    m[top + 1] = token.line;
    m[top + 2] = token.column;
    this.marksTop = top + 3;
  }
  private popMark(): Mark {
    const m = this.marks;
    const top = (this.marksTop -= 3);
    return { index: m[top], line: m[top + 1], column: m[top + 2] };
  }
  private dropMark(): void {
    this.marksTop -= 3;
  }

  private error(problem: string, problemMark: Mark): never {
    throw new YamlError(problem, { scanner: false, problemMark });
  }
  /** A parser error with libyaml's context (whose text go-yaml does not print). */
  private errorContext(_context: string, contextMark: Mark, problem: string, problemMark: Mark): never {
    throw new YamlError(problem, { scanner: false, contextMark, problemMark });
  }

  private step(): YamlEvent {
    switch (this.state) {
      case "STREAM-START":
        return this.streamStart();
      case "IMPLICIT-DOCUMENT-START":
        return this.documentStart(true);
      case "DOCUMENT-START":
        return this.documentStart(false);
      case "DOCUMENT-CONTENT":
        return this.documentContent();
      case "DOCUMENT-END":
        return this.documentEnd();
      case "BLOCK-NODE":
        return this.node(true, false);
      case "BLOCK-NODE-OR-INDENTLESS-SEQUENCE":
        return this.node(true, true);
      case "FLOW-NODE":
        return this.node(false, false);
      case "BLOCK-SEQUENCE-FIRST-ENTRY":
        return this.blockSequenceEntry(true);
      case "BLOCK-SEQUENCE-ENTRY":
        return this.blockSequenceEntry(false);
      case "INDENTLESS-SEQUENCE-ENTRY":
        return this.indentlessSequenceEntry();
      case "BLOCK-MAPPING-FIRST-KEY":
        return this.blockMappingKey(true);
      case "BLOCK-MAPPING-KEY":
        return this.blockMappingKey(false);
      case "BLOCK-MAPPING-VALUE":
        return this.blockMappingValue();
      case "FLOW-SEQUENCE-FIRST-ENTRY":
        return this.flowSequenceEntry(true);
      case "FLOW-SEQUENCE-ENTRY":
        return this.flowSequenceEntry(false);
      case "FLOW-SEQUENCE-ENTRY-MAPPING-KEY":
        return this.flowSequenceEntryMappingKey();
      case "FLOW-SEQUENCE-ENTRY-MAPPING-VALUE":
        return this.flowSequenceEntryMappingValue();
      case "FLOW-SEQUENCE-ENTRY-MAPPING-END":
        return this.flowSequenceEntryMappingEnd();
      case "FLOW-MAPPING-FIRST-KEY":
        return this.flowMappingKey(true);
      case "FLOW-MAPPING-KEY":
        return this.flowMappingKey(false);
      case "FLOW-MAPPING-VALUE":
        return this.flowMappingValue(false);
      case "FLOW-MAPPING-EMPTY-VALUE":
        return this.flowMappingValue(true);
      case "END":
        throw new Error("parser already ended");
    }
  }

  private streamStart(): YamlEvent {
    const token = this.peek();
    if (token.type !== "STREAM-START") this.error("did not find expected <stream-start>", tokenStart(token));
    this.state = "IMPLICIT-DOCUMENT-START";
    return this.consumed(this.event("STREAM-START", token.line, token.column));
  }

  private documentStart(implicit: boolean): YamlEvent {
    let token = this.peek();
    if (!implicit) {
      while (token.type === "DOCUMENT-END") {
        this.skip();
        token = this.peek();
      }
    }
    if (
      implicit &&
      token.type !== "VERSION-DIRECTIVE" &&
      token.type !== "TAG-DIRECTIVE" &&
      token.type !== "DOCUMENT-START" &&
      token.type !== "STREAM-END"
    ) {
      this.processDirectives();
      this.states.push("DOCUMENT-END");
      this.state = "BLOCK-NODE";
      return this.event("DOCUMENT-START", token.line, token.column);
    }
    if (token.type !== "STREAM-END") {
      const { line, column } = token; // the first token, consumed by processDirectives when a directive
      this.processDirectives();
      token = this.peek();
      if (token.type !== "DOCUMENT-START") this.error("did not find expected <document start>", tokenStart(token));
      this.states.push("DOCUMENT-END");
      this.state = "DOCUMENT-CONTENT";
      return this.consumed(this.event("DOCUMENT-START", line, column));
    }
    this.state = "END";
    return this.consumed(this.event("STREAM-END", token.line, token.column));
  }

  private documentContent(): YamlEvent {
    const token = this.peek();
    if (
      token.type === "VERSION-DIRECTIVE" ||
      token.type === "TAG-DIRECTIVE" ||
      token.type === "DOCUMENT-START" ||
      token.type === "DOCUMENT-END" ||
      token.type === "STREAM-END"
    ) {
      this.state = this.pop();
      return this.emptyScalar(token.line, token.column);
    }
    return this.node(true, false);
  }

  private documentEnd(): YamlEvent {
    const token = this.peek();
    this.tagDirectives = [];
    this.state = "DOCUMENT-START";
    const ev = this.event("DOCUMENT-END", token.line, token.column);
    if (token.type === "DOCUMENT-END") this.skip();
    return ev;
  }

  private node(block: boolean, indentlessSequence: boolean): YamlEvent {
    let token = this.peek();
    if (token.type === "ALIAS") {
      this.state = this.pop();
      return this.consumed(this.event("ALIAS", token.line, token.column, token.value));
    }
    // The node starts with its first token (an anchor or a tag, else its content); tokens are
    // reused once consumed, so the marks of the first one and of the tag are kept as numbers.
    const { index, line, column } = token;
    let hasTag = false;
    let tagHandle = "";
    let tagSuffix = "";
    let anchor: string | undefined;
    let tagIndex = index;
    let tagLine = line;
    let tagColumn = column;
    if (token.type === "ANCHOR") {
      anchor = token.value;
      this.skip();
      token = this.peek();
      if (token.type === "TAG") {
        hasTag = true;
        tagHandle = token.value ?? "";
        tagSuffix = token.suffix ?? "";
        tagIndex = token.index;
        tagLine = token.line;
        tagColumn = token.column;
        this.skip();
        token = this.peek();
      }
    } else if (token.type === "TAG") {
      hasTag = true;
      tagHandle = token.value ?? "";
      tagSuffix = token.suffix ?? "";
      this.skip();
      token = this.peek();
      if (token.type === "ANCHOR") {
        anchor = token.value;
        this.skip();
        token = this.peek();
      }
    }
    let tag = "";
    if (hasTag) {
      if (tagHandle.length === 0) tag = tagSuffix;
      else {
        const d = this.tagDirectives.find((t) => t.handle === tagHandle);
        if (d) tag = d.prefix + tagSuffix;
        if (tag.length === 0) {
          this.errorContext(
            "while parsing a node",
            { index, line, column },
            "found undefined tag handle",
            { index: tagIndex, line: tagLine, column: tagColumn },
          );
        }
      }
    }
    const tagOpt = tag.length > 0 ? tag : undefined;
    if (indentlessSequence && token.type === "BLOCK-ENTRY") {
      this.state = "INDENTLESS-SEQUENCE-ENTRY";
      return this.event("SEQUENCE-START", line, column, anchor, tagOpt, undefined, undefined, false);
    }
    if (token.type === "SCALAR") {
      this.state = this.pop();
      return this.consumed(this.event("SCALAR", line, column, anchor, tagOpt, token.value, token.style));
    }
    if (token.type === "FLOW-SEQUENCE-START") {
      this.state = "FLOW-SEQUENCE-FIRST-ENTRY";
      return this.event("SEQUENCE-START", line, column, anchor, tagOpt, undefined, undefined, true);
    }
    if (token.type === "FLOW-MAPPING-START") {
      this.state = "FLOW-MAPPING-FIRST-KEY";
      return this.event("MAPPING-START", line, column, anchor, tagOpt, undefined, undefined, true);
    }
    if (block && token.type === "BLOCK-SEQUENCE-START") {
      this.state = "BLOCK-SEQUENCE-FIRST-ENTRY";
      return this.event("SEQUENCE-START", line, column, anchor, tagOpt, undefined, undefined, false);
    }
    if (block && token.type === "BLOCK-MAPPING-START") {
      this.state = "BLOCK-MAPPING-FIRST-KEY";
      return this.event("MAPPING-START", line, column, anchor, tagOpt, undefined, undefined, false);
    }
    if (anchor !== undefined || tag.length > 0) {
      this.state = this.pop();
      return this.event("SCALAR", line, column, anchor, tagOpt, "", "plain");
    }
    this.errorContext(
      block ? "while parsing a block node" : "while parsing a flow node",
      { index, line, column },
      "did not find expected node content",
      tokenStart(token),
    );
  }

  private blockSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.pushMark(this.peek());
      this.skip();
    }
    let token = this.peek();
    if (token.type === "BLOCK-ENTRY") {
      const { endLine, endColumn } = token;
      this.skip();
      token = this.peek();
      if (token.type !== "BLOCK-ENTRY" && token.type !== "BLOCK-END") {
        this.states.push("BLOCK-SEQUENCE-ENTRY");
        return this.node(true, false);
      }
      this.state = "BLOCK-SEQUENCE-ENTRY";
      return this.emptyScalar(endLine, endColumn);
    }
    if (token.type === "BLOCK-END") {
      this.state = this.pop();
      this.dropMark();
      return this.consumed(this.event("SEQUENCE-END", token.line, token.column));
    }
    const contextMark = this.popMark();
    this.errorContext("while parsing a block collection", contextMark, "did not find expected '-' indicator", tokenStart(token));
  }

  private indentlessSequenceEntry(): YamlEvent {
    let token = this.peek();
    if (token.type === "BLOCK-ENTRY") {
      const { endLine, endColumn } = token;
      this.skip();
      token = this.peek();
      if (
        token.type !== "BLOCK-ENTRY" &&
        token.type !== "KEY" &&
        token.type !== "VALUE" &&
        token.type !== "BLOCK-END"
      ) {
        this.states.push("INDENTLESS-SEQUENCE-ENTRY");
        return this.node(true, false);
      }
      this.state = "INDENTLESS-SEQUENCE-ENTRY";
      return this.emptyScalar(endLine, endColumn);
    }
    this.state = this.pop();
    return this.event("SEQUENCE-END", token.line, token.column);
  }

  private blockMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.pushMark(this.peek());
      this.skip();
    }
    let token = this.peek();
    if (token.type === "KEY") {
      const { endLine, endColumn } = token;
      this.skip();
      token = this.peek();
      if (token.type !== "KEY" && token.type !== "VALUE" && token.type !== "BLOCK-END") {
        this.states.push("BLOCK-MAPPING-VALUE");
        return this.node(true, true);
      }
      this.state = "BLOCK-MAPPING-VALUE";
      return this.emptyScalar(endLine, endColumn);
    }
    if (token.type === "BLOCK-END") {
      this.state = this.pop();
      this.dropMark();
      return this.consumed(this.event("MAPPING-END", token.line, token.column));
    }
    const contextMark = this.popMark();
    this.errorContext("while parsing a block mapping", contextMark, "did not find expected key", tokenStart(token));
  }

  private blockMappingValue(): YamlEvent {
    let token = this.peek();
    if (token.type === "VALUE") {
      const { endLine, endColumn } = token;
      this.skip();
      token = this.peek();
      if (token.type !== "KEY" && token.type !== "VALUE" && token.type !== "BLOCK-END") {
        this.states.push("BLOCK-MAPPING-KEY");
        return this.node(true, true);
      }
      this.state = "BLOCK-MAPPING-KEY";
      return this.emptyScalar(endLine, endColumn);
    }
    this.state = "BLOCK-MAPPING-KEY";
    return this.emptyScalar(token.line, token.column);
  }

  private flowSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.pushMark(this.peek());
      this.skip();
    }
    let token = this.peek();
    if (token.type !== "FLOW-SEQUENCE-END") {
      if (!first) {
        if (token.type === "FLOW-ENTRY") {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.popMark();
          this.errorContext("while parsing a flow sequence", contextMark, "did not find expected ',' or ']'", tokenStart(token));
        }
      }
      if (token.type === "KEY") {
        this.state = "FLOW-SEQUENCE-ENTRY-MAPPING-KEY";
        return this.consumed(
          this.event("MAPPING-START", token.line, token.column, undefined, undefined, undefined, undefined, true),
        );
      }
      if (token.type !== "FLOW-SEQUENCE-END") {
        this.states.push("FLOW-SEQUENCE-ENTRY");
        return this.node(false, false);
      }
    }
    this.state = this.pop();
    this.dropMark();
    return this.consumed(this.event("SEQUENCE-END", token.line, token.column));
  }

  private flowSequenceEntryMappingKey(): YamlEvent {
    const token = this.peek();
    if (token.type !== "VALUE" && token.type !== "FLOW-ENTRY" && token.type !== "FLOW-SEQUENCE-END") {
      this.states.push("FLOW-SEQUENCE-ENTRY-MAPPING-VALUE");
      return this.node(false, false);
    }
    this.state = "FLOW-SEQUENCE-ENTRY-MAPPING-VALUE";
    return this.consumed(this.emptyScalar(token.endLine, token.endColumn));
  }

  private flowSequenceEntryMappingValue(): YamlEvent {
    const token = this.peek();
    const { line, column } = token;
    if (token.type === "VALUE") {
      this.skip();
      const next = this.peek();
      if (next.type !== "FLOW-ENTRY" && next.type !== "FLOW-SEQUENCE-END") {
        this.states.push("FLOW-SEQUENCE-ENTRY-MAPPING-END");
        return this.node(false, false);
      }
      // The empty value takes the VALUE token's position, as in libyaml.
    }
    this.state = "FLOW-SEQUENCE-ENTRY-MAPPING-END";
    return this.emptyScalar(line, column);
  }

  private flowSequenceEntryMappingEnd(): YamlEvent {
    const token = this.peek();
    this.state = "FLOW-SEQUENCE-ENTRY";
    return this.event("MAPPING-END", token.line, token.column);
  }

  private flowMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.pushMark(this.peek());
      this.skip();
    }
    let token = this.peek();
    if (token.type !== "FLOW-MAPPING-END") {
      if (!first) {
        if (token.type === "FLOW-ENTRY") {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.popMark();
          this.errorContext("while parsing a flow mapping", contextMark, "did not find expected ',' or '}'", tokenStart(token));
        }
      }
      if (token.type === "KEY") {
        this.skip();
        token = this.peek();
        if (token.type !== "VALUE" && token.type !== "FLOW-ENTRY" && token.type !== "FLOW-MAPPING-END") {
          this.states.push("FLOW-MAPPING-VALUE");
          return this.node(false, false);
        }
        this.state = "FLOW-MAPPING-VALUE";
        return this.emptyScalar(token.line, token.column);
      }
      if (token.type !== "FLOW-MAPPING-END") {
        this.states.push("FLOW-MAPPING-EMPTY-VALUE");
        return this.node(false, false);
      }
    }
    this.state = this.pop();
    this.dropMark();
    return this.consumed(this.event("MAPPING-END", token.line, token.column));
  }

  private flowMappingValue(empty: boolean): YamlEvent {
    let token = this.peek();
    if (empty) {
      this.state = "FLOW-MAPPING-KEY";
      return this.emptyScalar(token.line, token.column);
    }
    if (token.type === "VALUE") {
      this.skip();
      token = this.peek();
      if (token.type !== "FLOW-ENTRY" && token.type !== "FLOW-MAPPING-END") {
        this.states.push("FLOW-MAPPING-KEY");
        return this.node(false, false);
      }
    }
    this.state = "FLOW-MAPPING-KEY";
    return this.emptyScalar(token.line, token.column);
  }

  private processDirectives(): void {
    let token = this.peek();
    let sawVersion = false;
    while (token.type === "VERSION-DIRECTIVE" || token.type === "TAG-DIRECTIVE") {
      if (token.type === "VERSION-DIRECTIVE") {
        if (sawVersion) this.error("found duplicate %YAML directive", tokenStart(token));
        if (token.major !== 1 || token.minor !== 1) this.error("found incompatible YAML document", tokenStart(token));
        sawVersion = true;
      } else {
        this.appendTagDirective({ handle: token.value ?? "", prefix: token.prefix ?? "" }, false, token);
      }
      this.skip();
      token = this.peek();
    }
    for (const d of DEFAULT_TAG_DIRECTIVES) this.appendTagDirective(d, true, token);
  }

  /** Add a %TAG directive; `at` is the token it is reported at. */
  private appendTagDirective(value: TagDirective, allowDuplicates: boolean, at: Token): void {
    if (this.tagDirectives.some((t) => t.handle === value.handle)) {
      if (allowDuplicates) return;
      this.error("found duplicate %TAG directive", tokenStart(at));
    }
    this.tagDirectives.push({ ...value });
  }
}
