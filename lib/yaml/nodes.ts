// go-yaml v3's node tree (yaml.Node), composed from the event stream. Only the first
// document of the stream is composed, as yaml.Unmarshal and Decoder.Decode do.
import { failf } from "./errors";
import { Parser, type YamlEvent } from "./parser";
import { MERGE_TAG, resolvedTag, shortTag, STR_TAG, MAP_TAG, SEQ_TAG, NULL_TAG } from "./resolve";

export type NodeKind = "document" | "sequence" | "mapping" | "scalar" | "alias";

export interface YamlNode {
  kind: NodeKind;
  /** Short tag ("!!str", "!!map", "!foo"), as go-yaml stores it. */
  tag: string;
  /** The tag came from the source (go-yaml's TaggedStyle). */
  tagged: boolean;
  /** Scalar style: quoted and block scalars are "indicated strings" unless tagged otherwise. */
  quoted: boolean;
  value: string;
  anchor?: string;
  alias?: YamlNode;
  content: YamlNode[];
  /** 1-based line and column (characters). */
  line: number;
  column: number;
}

/** The content of every scalar and alias, and of a collection until it is complete: shared, never added to. */
const NO_CONTENT: YamlNode[] = Object.freeze([]) as unknown as YamlNode[];

/**
 * A node as the composer makes it. Made by a constructor, not by a literal: V8 sees that a
 * literal's objects all survive and starts making them in the old generation, where filling them
 * with young objects makes them, and each garbage collection, slower. A collection's content is
 * set once it is complete, as an array of just the right length (see Composer.any).
 */
class Node implements YamlNode {
  kind: NodeKind;
  tag: string;
  tagged: boolean;
  quoted = false;
  value: string;
  content: YamlNode[];
  line: number;
  column: number;
  declare anchor?: string;
  declare alias?: YamlNode;

  constructor(kind: NodeKind, tag: string, tagged: boolean, value: string, line: number, column: number) {
    this.kind = kind;
    this.tag = tag;
    this.tagged = tagged;
    this.value = value;
    this.content = NO_CONTENT;
    this.line = line;
    this.column = column;
  }
}

class Composer {
  private parser: Parser;
  private event: YamlEvent | undefined;
  private anchors = new Map<string, YamlNode>();

  constructor(text: string) {
    this.parser = new Parser(text === "" ? "\n" : text);
  }

  private peek(): YamlEvent["type"] | "NONE" {
    if (!this.event) this.event = this.parser.next();
    return this.event ? this.event.type : "NONE";
  }

  private expect(type: YamlEvent["type"]): void {
    this.peek();
    if (!this.event || this.event.type === "STREAM-END") failf("attempted to go past the end of stream; corrupted value?");
    if (this.event.type !== type) failf(`expected ${type} event but got ${this.event.type}`);
    this.event = undefined;
  }

  private node(kind: NodeKind, defaultTag: string, tag: string | undefined, value: string): YamlNode {
    const ev = this.event!;
    let t: string;
    let tagged = false;
    if (tag !== undefined && tag !== "" && tag !== "!") {
      t = shortTag(tag);
      tagged = true;
    } else if (defaultTag !== "") t = defaultTag;
    else if (kind === "scalar") t = resolvedTag(value);
    else t = "";
    return new Node(kind, t, tagged, value, ev.line + 1, ev.column + 1);
  }

  private setAnchor(n: YamlNode, anchor: string | undefined): void {
    if (anchor !== undefined) {
      n.anchor = anchor;
      this.anchors.set(anchor, n);
    }
  }

  parse(): YamlNode | undefined {
    this.expect("STREAM-START");
    if (this.peek() !== "DOCUMENT-START") return undefined;
    return this.document();
  }

  private document(): YamlNode {
    const n = this.node("document", "", undefined, "");
    this.expect("DOCUMENT-START");
    n.content = [this.any()];
    this.expect("DOCUMENT-END");
    return n;
  }

  /**
   * One node and everything under it; iterative, so that deep nesting cannot exhaust the stack.
   * The nodes of the open collections wait on one stack, pending[0, pendingTop); a complete
   * collection takes its own (from where it started) off the top as its content. The stack is
   * never shortened (that costs more than the references left above its top).
   */
  private any(): YamlNode {
    const open: YamlNode[] = [];
    const openedAt: number[] = [];
    const pending: YamlNode[] = [];
    let pendingTop = 0;
    for (;;) {
      const type = this.peek();
      let done: YamlNode;
      if (open.length > 0 && (type === "SEQUENCE-END" || type === "MAPPING-END")) {
        this.expect(type);
        done = open.pop()!;
        const from = openedAt.pop()!;
        // Empty or not, each collection has an array of its own.
        done.content = pendingTop > from ? pending.slice(from, pendingTop) : new Array<YamlNode>();
        pendingTop = from;
      } else if (type === "SCALAR") done = this.scalar();
      else if (type === "ALIAS") done = this.aliasNode();
      else if (type === "MAPPING-START" || type === "SEQUENCE-START") {
        open.push(this.collectionStart(type));
        openedAt.push(pendingTop);
        continue;
      } else throw new Error(`internal error: unexpected event ${type}`);
      if (open.length === 0) return done;
      pending[pendingTop++] = done;
    }
  }

  private aliasNode(): YamlNode {
    const ev = this.event!;
    const n = this.node("alias", "", undefined, ev.anchor ?? "");
    n.alias = this.anchors.get(n.value);
    if (!n.alias) failf(`unknown anchor '${n.value}' referenced`);
    this.expect("ALIAS");
    return n;
  }

  private scalar(): YamlNode {
    const ev = this.event!;
    const quoted = ev.style !== undefined && ev.style !== "plain";
    const value = ev.value ?? "";
    let defaultTag = "";
    if (!quoted) {
      if (value === "<<") defaultTag = MERGE_TAG;
    } else defaultTag = STR_TAG;
    const n = this.node("scalar", defaultTag, ev.tag, value);
    n.quoted = quoted;
    this.setAnchor(n, ev.anchor);
    this.expect("SCALAR");
    return n;
  }

  private collectionStart(type: "MAPPING-START" | "SEQUENCE-START"): YamlNode {
    const ev = this.event!;
    const n =
      type === "MAPPING-START"
        ? this.node("mapping", MAP_TAG, ev.tag, "")
        : this.node("sequence", SEQ_TAG, ev.tag, "");
    this.setAnchor(n, ev.anchor);
    this.expect(type);
    return n;
  }
}

/** Parse the first document of the stream; undefined for an empty stream. Throws YamlError. */
export function parseFirstDocument(text: string): YamlNode | undefined {
  return new Composer(text).parse();
}

/** go-yaml's Node.indicatedString: a scalar that is a string whatever it looks like. */
export function indicatedString(n: YamlNode): boolean {
  return n.kind === "scalar" && (n.tag === STR_TAG || (!n.tagged && n.quoted));
}

/** go-yaml's Node.ShortTag. */
export function nodeShortTag(n: YamlNode): string {
  if (indicatedString(n)) return STR_TAG;
  if (n.kind === "alias" && !n.tagged) return n.alias ? nodeShortTag(n.alias) : "";
  return n.tag;
}

export const isNullNode = (n: YamlNode) => nodeShortTag(n) === NULL_TAG;
