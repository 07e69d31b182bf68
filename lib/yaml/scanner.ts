// The token scanner, following the rules of go-yaml v3's libyaml-derived scanner so that
// tokens, marks and syntax errors are the reference's: simple keys checked lazily, two
// tokens of lookahead, trailing and full-line comments swallowed the way v3 swallows them,
// 0-based marks counted in characters (code points).
import { YamlError } from "./errors";

export interface Mark {
  index: number;
  line: number;
  column: number;
}

export type TokenType =
  | "STREAM-START"
  | "STREAM-END"
  | "VERSION-DIRECTIVE"
  | "TAG-DIRECTIVE"
  | "DOCUMENT-START"
  | "DOCUMENT-END"
  | "BLOCK-SEQUENCE-START"
  | "BLOCK-MAPPING-START"
  | "BLOCK-END"
  | "FLOW-SEQUENCE-START"
  | "FLOW-SEQUENCE-END"
  | "FLOW-MAPPING-START"
  | "FLOW-MAPPING-END"
  | "BLOCK-ENTRY"
  | "FLOW-ENTRY"
  | "KEY"
  | "VALUE"
  | "ALIAS"
  | "ANCHOR"
  | "TAG"
  | "SCALAR";

export type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";

export interface Token {
  type: TokenType;
  start: Mark;
  end: Mark;
  /** Scalar text, anchor/alias name, tag handle, %TAG handle. */
  value?: string;
  /** Tag suffix. */
  suffix?: string;
  /** %TAG prefix. */
  prefix?: string;
  style?: ScalarStyle;
  major?: number;
  minor?: number;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;
const RAW_CHUNK = 512;

const copyMark = (m: Mark): Mark => ({ index: m.index, line: m.line, column: m.column });

const isAlphaCp = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
const isDigitCp = (c: number) => c >= 0x30 && c <= 0x39;
const isHexCp = (c: number) => isDigitCp(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hexValue = (c: number) => (c <= 0x39 ? c - 0x30 : c <= 0x46 ? c - 0x41 + 10 : c - 0x61 + 10);
const isBreakCp = (c: number) => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlankCp = (c: number) => c === 0x20 || c === 0x09;
const isBreakZCp = (c: number) => c === 0 || isBreakCp(c);
const isBlankZCp = (c: number) => isBlankCp(c) || isBreakZCp(c);

function isPrintable(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

const codes = (chars: string) => new Set(Array.from(chars, (c) => c.codePointAt(0)!));
const INDICATORS = codes("-?:,[]{}#&*!|>'\"%@`");
const ANCHOR_ENDS = codes("?:,]}%@`");
const URI_CHARS = codes(";/?:@&=+$,.!~*'()[]%");

const utf8Len = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

/**
 * Where the reader (which decodes 512 raw bytes at a time) meets a control character, given the
 * index of the first one (-1 when there is none).
 */
function readerLimit(cps: Uint32Array, skippedBytes: number, bad: number): number {
  if (bad < 0) return Infinity;
  // Characters are decoded chunk by chunk; a chunk is 512 raw bytes, and a character split
  // at the chunk's end is carried over to the next one.
  let byte = skippedBytes;
  let chunkEnd = RAW_CHUNK;
  let chunkFirstChar = 0;
  for (let i = 0; i <= bad; i++) {
    const w = utf8Len(cps[i]);
    if (byte + w > chunkEnd) {
      chunkFirstChar = i;
      chunkEnd = byte + RAW_CHUNK;
      while (byte + w > chunkEnd) chunkEnd += RAW_CHUNK;
    }
    byte += w;
  }
  return chunkFirstChar;
}

// readRun predicates, made once (they run for every character of a scalar).
const notBreakZ = (c: number) => !isBreakZCp(c);
const singleQuotedRun = (c: number) => !isBlankZCp(c) && c !== 0x27 && c !== 0x5c;
const doubleQuotedRun = (c: number) => !isBlankZCp(c) && c !== 0x22 && c !== 0x5c;
const plainBlockRun = (c: number, next: number) => !isBlankZCp(c) && !(c === 0x3a && isBlankZCp(next));
const plainFlowRun = (c: number, next: number) =>
  plainBlockRun(c, next) && !(c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d);

export class Scanner {
  private cps: Uint32Array;
  /** UTF-16 offset of each character in `text`, for cutting runs out as substrings. */
  private offsets: Uint32Array;
  private text: string;
  private pos = 0;
  private readonly readerErrorAt: number;
  mark: Mark = { index: 0, line: 0, column: 0 };

  private tokens: Token[] = [];
  private tokensHead = 0;
  tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;

  private indent = -1;
  private indents: number[] = [];
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTok = new Map<number, number>();
  private flowLevel = 0;
  private newlines = 0;

  constructor(text: string) {
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    this.text = text;
    const cps = new Uint32Array(text.length);
    const offsets = new Uint32Array(text.length + 1);
    let n = 0;
    let bad = -1;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
      offsets[n] = i;
      if (bad < 0 && !isPrintable(c)) bad = n;
      cps[n++] = c;
      if (c > 0xffff) i++;
    }
    offsets[n] = text.length;
    this.cps = cps.subarray(0, n);
    this.offsets = offsets.subarray(0, n + 1);
    this.readerErrorAt = readerLimit(this.cps, bom ? 3 : 0, bad);
  }

  // ---- character access -------------------------------------------------------------

  private ch(off = 0): number {
    const i = this.pos + off;
    if (i >= this.readerErrorAt) throw new YamlError("control characters are not allowed");
    return i < this.cps.length ? this.cps[i] : 0;
  }
  private isBlank(off = 0) {
    return isBlankCp(this.ch(off));
  }
  private isBreak(off = 0) {
    return isBreakCp(this.ch(off));
  }
  private isBreakZ(off = 0) {
    return isBreakZCp(this.ch(off));
  }
  private isBlankZ(off = 0) {
    return isBlankZCp(this.ch(off));
  }
  private isZ(off = 0) {
    return this.ch(off) === 0;
  }
  private isCrlf() {
    return this.ch() === 0x0d && this.ch(1) === 0x0a;
  }

  private skip(): void {
    if (!this.isBlank()) this.newlines = 0;
    this.mark.index++;
    this.mark.column++;
    this.pos++;
  }
  private skipLine(): void {
    if (this.isCrlf()) {
      this.mark.index += 2;
      this.mark.column = 0;
      this.mark.line++;
      this.pos += 2;
      this.newlines++;
    } else if (this.isBreak()) {
      this.mark.index++;
      this.mark.column = 0;
      this.mark.line++;
      this.pos++;
      this.newlines++;
    }
  }
  /** Copy the current character to s and advance. */
  private read(s: string[]): void {
    if (!this.isBlank()) this.newlines = 0;
    s.push(String.fromCodePoint(this.ch()));
    this.pos++;
    this.mark.index++;
    this.mark.column++;
  }
  /** Copy the run of characters (from the current one) for which `more` holds, and advance. */
  private readRun(s: string[], more: (c: number, next: number) => boolean): void {
    const from = this.pos;
    while (more(this.ch(), this.ch(1))) {
      this.pos++;
      this.mark.index++;
      this.mark.column++;
    }
    if (this.pos > from) {
      this.newlines = 0;
      s.push(this.text.slice(this.offsets[from], this.offsets[this.pos]));
    }
  }

  /** Copy a line break (normalized the way libyaml does) to s and advance. */
  private readLine(s: string[]): void {
    const c = this.ch();
    if (c === 0x0d && this.ch(1) === 0x0a) {
      s.push("\n");
      this.pos += 2;
      this.mark.index++;
    } else if (c === 0x0d || c === 0x0a || c === 0x85) {
      s.push("\n");
      this.pos++;
    } else if (c === 0x2028 || c === 0x2029) {
      s.push(String.fromCodePoint(c));
      this.pos++;
    } else return;
    this.mark.index++;
    this.mark.column = 0;
    this.mark.line++;
    this.newlines++;
  }

  /** A scanner error. The context text is libyaml's; go-yaml prints only the problem and a line. */
  private fail(_context: string, contextMark: Mark, problem: string): never {
    throw new YamlError(problem, { scanner: true, contextMark: copyMark(contextMark), problemMark: copyMark(this.mark) });
  }

  // ---- token queue ------------------------------------------------------------------

  /** The next token without consuming it. */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.tokensHead];
  }
  /** Consume the current token. */
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.tokensHead].type === "STREAM-END";
    this.tokensHead++;
    // Keep the queue from growing without bound on long documents.
    if (this.tokensHead > 1024 && this.tokensHead * 2 > this.tokens.length) {
      this.tokens = this.tokens.slice(this.tokensHead);
      this.tokensHead = 0;
    }
  }
  get ended(): boolean {
    return this.streamEndProduced;
  }

  private insertToken(at: number, token: Token): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.tokensHead + at, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      // v3 keeps two extra tokens of lookahead (for its comment handling).
      if (this.tokensHead < this.tokens.length - 2) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed);
        if (idx === undefined) break;
        if (!this.simpleKeyIsValid(this.simpleKeys[idx])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    this.ch();
    if (!this.streamStartProduced) {
      this.fetchStreamStart();
      return;
    }
    const scanMark = copyMark(this.mark);
    this.scanToNextToken();
    this.unrollIndent(this.mark.column, scanMark);
    this.ch(3);
    if (this.isZ()) {
      this.fetchStreamEnd();
      return;
    }
    const c = this.ch();
    if (this.mark.column === 0 && c === 0x25 /* % */) {
      this.fetchDirective();
      return;
    }
    if (this.mark.column === 0 && c === 0x2d && this.ch(1) === 0x2d && this.ch(2) === 0x2d && this.isBlankZ(3)) {
      this.fetchDocumentIndicator("DOCUMENT-START");
      return;
    }
    if (this.mark.column === 0 && c === 0x2e && this.ch(1) === 0x2e && this.ch(2) === 0x2e && this.isBlankZ(3)) {
      this.fetchDocumentIndicator("DOCUMENT-END");
      return;
    }
    this.fetchToken(c);
    // v3 swallows a trailing comment after every token but a block entry.
    const last = this.tokens[this.tokens.length - 1];
    if (!(this.tokens.length > 0 && last.type === "BLOCK-ENTRY")) this.scanLineComment();
  }

  private fetchToken(c: number): void {
    const flow = this.flowLevel > 0;
    switch (c) {
      case 0x5b: // [
        return this.fetchFlowCollectionStart("FLOW-SEQUENCE-START");
      case 0x7b: // {
        return this.fetchFlowCollectionStart("FLOW-MAPPING-START");
      case 0x5d: // ]
        return this.fetchFlowCollectionEnd("FLOW-SEQUENCE-END");
      case 0x7d: // }
        return this.fetchFlowCollectionEnd("FLOW-MAPPING-END");
      case 0x2c: // ,
        return this.fetchFlowEntry();
    }
    if (c === 0x2d && this.isBlankZ(1)) return this.fetchBlockEntry();
    if (c === 0x3f && (flow || this.isBlankZ(1))) return this.fetchKey();
    if (c === 0x3a && (flow || this.isBlankZ(1))) return this.fetchValue();
    if (c === 0x2a) return this.fetchAnchor("ALIAS");
    if (c === 0x26) return this.fetchAnchor("ANCHOR");
    if (c === 0x21) return this.fetchTag();
    if (c === 0x7c && !flow) return this.fetchBlockScalar(true);
    if (c === 0x3e && !flow) return this.fetchBlockScalar(false);
    if (c === 0x27) return this.fetchFlowScalar(true);
    if (c === 0x22) return this.fetchFlowScalar(false);
    const indicator = INDICATORS.has(c);
    if (
      !(isBlankZCp(c) || indicator) ||
      (c === 0x2d && !this.isBlank(1)) ||
      (!flow && (c === 0x3f || c === 0x3a) && !this.isBlankZ(1))
    ) {
      return this.fetchPlainScalar();
    }
    this.fail("while scanning for the next token", this.mark, "found character that cannot start any token");
  }

  // ---- simple keys and indentation ------------------------------------------------------

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
      if (key.required) this.fail("while scanning a simple key", key.mark, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (this.simpleKeyAllowed) {
      const key: SimpleKey = {
        possible: true,
        required,
        tokenNumber: this.tokensParsed + (this.tokens.length - this.tokensHead),
        mark: copyMark(this.mark),
      };
      this.removeSimpleKey();
      this.simpleKeys[this.simpleKeys.length - 1] = key;
      this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1);
    }
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (key.possible) {
      if (key.required) this.fail("while scanning a simple key", key.mark, "could not find expected ':'");
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.tokensHead),
      mark: copyMark(this.mark),
    });
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) {
      this.fail(
        "while increasing flow level",
        this.simpleKeys[this.simpleKeys.length - 1].mark,
        `exceeded max depth of ${MAX_FLOW_LEVEL}`,
      );
    }
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.simpleKeys.pop()!;
      this.simpleKeysByTok.delete(last.tokenNumber);
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > MAX_INDENTS) {
        this.fail(
          "while increasing indent level",
          this.simpleKeys[this.simpleKeys.length - 1].mark,
          `exceeded max depth of ${MAX_INDENTS}`,
        );
      }
      const token: Token = { type, start: copyMark(mark), end: copyMark(mark) };
      this.insertToken(number > -1 ? number - this.tokensParsed : -1, token);
    }
  }

  private unrollIndent(column: number, scanMark: Mark): void {
    if (this.flowLevel > 0) return;
    const blockMark = { ...scanMark, index: scanMark.index - 1 };
    while (this.indent > column) {
      this.insertToken(-1, { type: "BLOCK-END", start: copyMark(blockMark), end: copyMark(blockMark) });
      this.indent = this.indents.pop()!;
    }
  }

  // ---- fetchers -------------------------------------------------------------------

  private simpleToken(type: TokenType): void {
    const start = copyMark(this.mark);
    this.skip();
    this.insertToken(-1, { type, start, end: copyMark(this.mark) });
  }

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: copyMark(this.mark) });
    this.simpleKeysByTok = new Map();
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.insertToken(-1, { type: "STREAM-START", start: copyMark(this.mark), end: copyMark(this.mark) });
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0;
      this.mark.line++;
    }
    this.unrollIndent(-1, this.mark);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, { type: "STREAM-END", start: copyMark(this.mark), end: copyMark(this.mark) });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1, this.mark);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1, this.mark);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = copyMark(this.mark);
    this.skip();
    this.skip();
    this.skip();
    this.insertToken(-1, { type, start, end: copyMark(this.mark) });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    this.simpleToken(type);
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    this.simpleToken(type);
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simpleToken("FLOW-ENTRY");
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.fail("", this.mark, "block sequence entries are not allowed in this context");
      }
      this.rollIndent(this.mark.column, -1, "BLOCK-SEQUENCE-START", this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.simpleToken("BLOCK-ENTRY");
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail("", this.mark, "mapping keys are not allowed in this context");
      this.rollIndent(this.mark.column, -1, "BLOCK-MAPPING-START", this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.simpleToken("KEY");
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(key)) {
      this.insertToken(key.tokenNumber - this.tokensParsed, {
        type: "KEY",
        start: copyMark(key.mark),
        end: copyMark(key.mark),
      });
      this.rollIndent(key.mark.column, key.tokenNumber, "BLOCK-MAPPING-START", key.mark);
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail("", this.mark, "mapping values are not allowed in this context");
        this.rollIndent(this.mark.column, -1, "BLOCK-MAPPING-START", this.mark);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.simpleToken("VALUE");
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanPlainScalar());
  }

  // ---- whitespace and comments ------------------------------------------------------------

  private scanToNextToken(): void {
    for (;;) {
      while (this.ch() === 0x20 || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === 0x09)) {
        this.skip();
      }
      if (this.ch() === 0x23) this.scanComments();
      if (this.isBreak()) {
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else break;
    }
  }

  /** Skip to the end of the comment that starts `peek` characters ahead. */
  private consumeCommentAt(peek: number): void {
    const seen = this.mark.index + peek;
    for (;;) {
      if (this.isBreakZ()) {
        if (this.mark.index >= seen) break;
        this.skipLine();
      } else this.skip();
    }
  }

  /** v3's line-comment pass: blanks then a comment on the rest of the line are consumed. */
  private scanLineComment(): void {
    if (this.newlines > 0) return;
    for (let peek = 0; peek < 512; peek++) {
      if (this.isBlank(peek)) continue;
      if (this.ch(peek) === 0x23) this.consumeCommentAt(peek);
      break;
    }
  }

  /** v3's comment block pass: comment lines (and blank lines between them) are consumed. */
  private scanComments(): void {
    let peek = 0;
    while (peek < 512) {
      const c = this.ch(peek);
      if (isBlankCp(c) || isBreakCp(c)) {
        peek++;
        continue;
      }
      if (c !== 0x23) break;
      this.consumeCommentAt(peek);
      peek = 0;
    }
  }

  // ---- directives --------------------------------------------------------------------------

  private scanDirective(): Token {
    const start = copyMark(this.mark);
    this.skip();
    const name = this.scanDirectiveName(start);
    let token: Token;
    if (name === "YAML") {
      const [major, minor] = this.scanVersionDirectiveValue(start);
      token = { type: "VERSION-DIRECTIVE", start, end: copyMark(this.mark), major, minor };
    } else if (name === "TAG") {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      token = { type: "TAG-DIRECTIVE", start, end: copyMark(this.mark), value: handle, prefix };
    } else {
      this.fail("while scanning a directive", start, "found unknown directive name");
    }
    while (this.isBlank()) this.skip();
    if (this.ch() === 0x23) {
      while (!this.isBreakZ()) this.skip();
    }
    if (!this.isBreakZ()) this.fail("while scanning a directive", start, "did not find expected comment or line break");
    if (this.isBreak()) this.skipLine();
    return token;
  }

  private scanDirectiveName(start: Mark): string {
    const s: string[] = [];
    while (isAlphaCp(this.ch())) this.read(s);
    if (s.length === 0) this.fail("while scanning a directive", start, "could not find expected directive name");
    if (!this.isBlankZ()) this.fail("while scanning a directive", start, "found unexpected non-alphabetical character");
    return s.join("");
  }

  private scanVersionDirectiveValue(start: Mark): [number, number] {
    while (this.isBlank()) this.skip();
    const major = this.scanVersionNumber(start);
    if (this.ch() !== 0x2e) {
      this.fail("while scanning a %YAML directive", start, "did not find expected digit or '.' character");
    }
    this.skip();
    const minor = this.scanVersionNumber(start);
    return [major, minor];
  }

  private scanVersionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (isDigitCp(this.ch())) {
      length++;
      if (length > 2) this.fail("while scanning a %YAML directive", start, "found extremely long version number");
      value = value * 10 + (this.ch() - 0x30);
      this.skip();
    }
    if (length === 0) this.fail("while scanning a %YAML directive", start, "did not find expected version number");
    return value;
  }

  private scanTagDirectiveValue(start: Mark): [string, string] {
    while (this.isBlank()) this.skip();
    const handle = this.scanTagHandle(true, start);
    if (!this.isBlank()) this.fail("while scanning a %TAG directive", start, "did not find expected whitespace");
    while (this.isBlank()) this.skip();
    const prefix = this.scanTagUri(true, "", start);
    if (!this.isBlankZ()) {
      this.fail("while scanning a %TAG directive", start, "did not find expected whitespace or line break");
    }
    return [handle, prefix];
  }

  // ---- anchors and tags ------------------------------------------------------------------

  private scanAnchor(type: TokenType): Token {
    const start = copyMark(this.mark);
    this.skip();
    const s: string[] = [];
    while (isAlphaCp(this.ch())) this.read(s);
    const end = copyMark(this.mark);
    const c = this.ch();
    if (s.length === 0 || !(isBlankZCp(c) || ANCHOR_ENDS.has(c))) {
      this.fail(
        type === "ANCHOR" ? "while scanning an anchor" : "while scanning an alias",
        start,
        "did not find expected alphabetic or numeric character",
      );
    }
    return { type, start, end, value: s.join("") };
  }

  private scanTag(): Token {
    const start = copyMark(this.mark);
    let handle: string;
    let suffix: string;
    if (this.ch(1) === 0x3c /* < */) {
      handle = "";
      this.skip();
      this.skip();
      suffix = this.scanTagUri(false, "", start);
      if (this.ch() !== 0x3e) this.fail("while scanning a tag", start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle[0] === "!" && handle[handle.length - 1] === "!") {
        suffix = this.scanTagUri(false, "", start);
      } else {
        suffix = this.scanTagUri(false, handle, start);
        handle = "!";
        if (suffix.length === 0) [handle, suffix] = [suffix, handle];
      }
    }
    if (!this.isBlankZ()) this.fail("while scanning a tag", start, "did not find expected whitespace or line break");
    return { type: "TAG", start, end: copyMark(this.mark), value: handle, suffix };
  }

  private tagError(directive: boolean, start: Mark, problem: string): never {
    this.fail(directive ? "while parsing a %TAG directive" : "while parsing a tag", start, problem);
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    if (this.ch() !== 0x21) this.tagError(directive, start, "did not find expected '!'");
    const s: string[] = [];
    this.read(s);
    while (isAlphaCp(this.ch())) this.read(s);
    if (this.ch() === 0x21) this.read(s);
    else if (directive && s.join("") !== "!") this.tagError(directive, start, "did not find expected '!'");
    return s.join("");
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    let hasTag = head.length > 0;
    const bytes: number[] = [];
    const pushText = (t: string) => bytes.push(...new TextEncoder().encode(t));
    if (head.length > 1) pushText(head.slice(1));
    for (;;) {
      const c = this.ch();
      if (!(isAlphaCp(c) || URI_CHARS.has(c))) break;
      if (c === 0x25) this.scanUriEscapes(directive, start, bytes);
      else {
        const s: string[] = [];
        this.read(s);
        pushText(s[0]);
      }
      hasTag = true;
    }
    if (!hasTag) this.tagError(directive, start, "did not find expected tag URI");
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  private scanUriEscapes(directive: boolean, start: Mark, out: number[]): void {
    let w = 1024;
    while (w > 0) {
      if (!(this.ch() === 0x25 && isHexCp(this.ch(1)) && isHexCp(this.ch(2)))) {
        this.tagError(directive, start, "did not find URI escaped octet");
      }
      const octet = (hexValue(this.ch(1)) << 4) + hexValue(this.ch(2));
      if (w === 1024) {
        w = octet < 0x80 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
        if (w === 0) this.tagError(directive, start, "found an incorrect leading UTF-8 octet");
      } else if ((octet & 0xc0) !== 0x80) {
        this.tagError(directive, start, "found an incorrect trailing UTF-8 octet");
      }
      out.push(octet);
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
  }

  // ---- scalars ---------------------------------------------------------------------------

  private scanBlockScalar(literal: boolean): Token {
    const start = copyMark(this.mark);
    this.skip();
    let chomping = 0;
    let increment = 0;
    const c = this.ch();
    if (c === 0x2b || c === 0x2d) {
      chomping = c === 0x2b ? 1 : -1;
      this.skip();
      if (isDigitCp(this.ch())) {
        if (this.ch() === 0x30) {
          this.fail("while scanning a block scalar", start, "found an indentation indicator equal to 0");
        }
        increment = this.ch() - 0x30;
        this.skip();
      }
    } else if (isDigitCp(c)) {
      if (c === 0x30) this.fail("while scanning a block scalar", start, "found an indentation indicator equal to 0");
      increment = c - 0x30;
      this.skip();
      const d = this.ch();
      if (d === 0x2b || d === 0x2d) {
        chomping = d === 0x2b ? 1 : -1;
        this.skip();
      }
    }
    while (this.isBlank()) this.skip();
    if (this.ch() === 0x23) {
      this.scanLineComment();
      while (!this.isBreakZ()) this.skip();
    }
    if (!this.isBreakZ()) {
      this.fail("while scanning a block scalar", start, "did not find expected comment or line break");
    }
    if (this.isBreak()) this.skipLine();

    let end = copyMark(this.mark);
    let indent = 0;
    if (increment > 0) indent = this.indent >= 0 ? this.indent + increment : increment;

    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    const breaks = (): void => {
      const r = this.scanBlockScalarBreaks(indent, trailingBreaks, start);
      indent = r.indent;
      end = r.end;
    };
    breaks();
    let leadingBlank = false;
    while (this.mark.column === indent && !this.isZ()) {
      const trailingBlank = this.isBlank();
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.length > 0 && leadingBreak[0] === "\n") {
        if (trailingBreaks.length === 0) s.push(" ");
      } else s.push(...leadingBreak);
      leadingBreak = [];
      s.push(...trailingBreaks);
      trailingBreaks = [];
      leadingBlank = this.isBlank();
      this.readRun(s, notBreakZ);
      this.readLine(leadingBreak);
      breaks();
    }
    if (chomping !== -1) s.push(...leadingBreak);
    if (chomping === 1) s.push(...trailingBreaks);
    return { type: "SCALAR", start, end, value: s.join(""), style: literal ? "literal" : "folded" };
  }

  private scanBlockScalarBreaks(indent: number, breaks: string[], start: Mark): { indent: number; end: Mark } {
    let end = copyMark(this.mark);
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.mark.column < indent) && this.ch() === 0x20) this.skip();
      if (this.mark.column > maxIndent) maxIndent = this.mark.column;
      if ((indent === 0 || this.mark.column < indent) && this.ch() === 0x09) {
        this.fail("while scanning a block scalar", start, "found a tab character where an indentation space is expected");
      }
      if (!this.isBreak()) break;
      this.readLine(breaks);
      end = copyMark(this.mark);
    }
    if (indent === 0) {
      indent = maxIndent;
      if (indent < this.indent + 1) indent = this.indent + 1;
      if (indent < 1) indent = 1;
    }
    return { indent, end };
  }

  private atDocumentIndicator(): boolean {
    const c = this.ch();
    return (
      this.mark.column === 0 &&
      ((c === 0x2d && this.ch(1) === 0x2d && this.ch(2) === 0x2d) ||
        (c === 0x2e && this.ch(1) === 0x2e && this.ch(2) === 0x2e)) &&
      this.isBlankZ(3)
    );
  }

  private scanFlowScalar(single: boolean): Token {
    const start = copyMark(this.mark);
    this.skip();
    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    let whitespaces: string[] = [];
    for (;;) {
      if (this.atDocumentIndicator()) {
        this.fail("while scanning a quoted scalar", start, "found unexpected document indicator");
      }
      if (this.isZ()) this.fail("while scanning a quoted scalar", start, "found unexpected end of stream");
      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        const c = this.ch();
        if (single && c === 0x27 && this.ch(1) === 0x27) {
          s.push("'");
          this.skip();
          this.skip();
        } else if (single && c === 0x27) break;
        else if (!single && c === 0x22) break;
        else if (!single && c === 0x5c && this.isBreak(1)) {
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === 0x5c) {
          let codeLength = 0;
          const e = this.ch(1);
          const simple: Record<number, string> = {
            0x30: "\0",
            0x61: "\x07",
            0x62: "\b",
            0x74: "\t",
            0x09: "\t",
            0x6e: "\n",
            0x76: "\v",
            0x66: "\f",
            0x72: "\r",
            0x65: "\x1b",
            0x20: " ",
            0x22: '"',
            0x27: "'",
            0x5c: "\\",
            0x4e: "\u0085",
            0x5f: "\u00a0",
            0x4c: "\u2028",
            0x50: "\u2029",
          };
          if (e in simple) s.push(simple[e]);
          else if (e === 0x78) codeLength = 2;
          else if (e === 0x75) codeLength = 4;
          else if (e === 0x55) codeLength = 8;
          else this.fail("while parsing a quoted scalar", start, "found unknown escape character");
          this.skip();
          this.skip();
          if (codeLength > 0) {
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!isHexCp(this.ch(k))) {
                this.fail("while parsing a quoted scalar", start, "did not find expected hexdecimal number");
              }
              value = value * 16 + hexValue(this.ch(k));
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
              this.fail("while parsing a quoted scalar", start, "found invalid Unicode character escape code");
            }
            s.push(String.fromCodePoint(value));
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else {
          this.read(s);
          this.readRun(s, single ? singleQuotedRun : doubleQuotedRun);
        }
      }
      const c = this.ch();
      if (single ? c === 0x27 : c === 0x22) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = [];
          this.readLine(leadingBreak);
          leadingBlanks = true;
        } else this.readLine(trailingBreaks);
      }
      if (leadingBlanks) {
        if (leadingBreak.length > 0 && leadingBreak[0] === "\n") {
          if (trailingBreaks.length === 0) s.push(" ");
          else s.push(...trailingBreaks);
        } else {
          s.push(...leadingBreak, ...trailingBreaks);
        }
        trailingBreaks = [];
        leadingBreak = [];
      } else {
        s.push(...whitespaces);
        whitespaces = [];
      }
    }
    this.skip();
    return { type: "SCALAR", start, end: copyMark(this.mark), value: s.join(""), style: single ? "single" : "double" };
  }

  private scanPlainScalar(): Token {
    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    let whitespaces: string[] = [];
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = copyMark(this.mark);
    let end = copyMark(this.mark);
    for (;;) {
      if (this.atDocumentIndicator()) break;
      if (this.ch() === 0x23) break;
      while (!this.isBlankZ()) {
        const c = this.ch();
        if (
          (c === 0x3a && this.isBlankZ(1)) ||
          (this.flowLevel > 0 && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d))
        ) {
          break;
        }
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === "\n") {
              if (trailingBreaks.length === 0) s.push(" ");
              else s.push(...trailingBreaks);
            } else s.push(...leadingBreak, ...trailingBreaks);
            trailingBreaks = [];
            leadingBreak = [];
            leadingBlanks = false;
          } else {
            s.push(...whitespaces);
            whitespaces = [];
          }
        }
        const flow = this.flowLevel > 0;
        this.read(s);
        this.readRun(s, flow ? plainFlowRun : plainBlockRun);
        end = copyMark(this.mark);
      }
      if (!(this.isBlank() || this.isBreak())) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (leadingBlanks && this.mark.column < indent && this.ch() === 0x09) {
            this.fail("while scanning a plain scalar", start, "found a tab character that violates indentation");
          }
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else if (!leadingBlanks) {
          whitespaces = [];
          this.readLine(leadingBreak);
          leadingBlanks = true;
        } else this.readLine(trailingBreaks);
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: "SCALAR", start, end, value: s.join(""), style: "plain" };
  }
}
