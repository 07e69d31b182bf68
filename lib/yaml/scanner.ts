// The token scanner, following the rules of go-yaml v3's libyaml-derived scanner so that
// tokens, marks and syntax errors are the reference's: simple keys checked lazily, two
// tokens of lookahead, trailing and full-line comments swallowed the way v3 swallows them,
// 0-based marks counted in characters (code points).
import { type Mark, YamlError } from "./errors";
import { ScalarText } from "./scalar-text";

export type { Mark } from "./errors";

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

/**
 * A token; its start and end marks are kept as numbers (see tokenStart). Token objects are
 * recycled: once consumed (skipToken), one is reused for a later token, so a reader takes what
 * it needs from a token before consuming it.
 */
export interface Token {
  type: TokenType;
  index: number;
  line: number;
  column: number;
  endIndex: number;
  endLine: number;
  endColumn: number;
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

/** A possible simple key, with where it starts. */
interface SimpleKey extends Mark {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
}

/** A new token object, with every field present so that all tokens share one shape. */
function newToken(type: TokenType): Token {
  return {
    type,
    index: 0,
    line: 0,
    column: 0,
    endIndex: 0,
    endLine: 0,
    endColumn: 0,
    value: undefined,
    suffix: undefined,
    prefix: undefined,
    style: undefined,
    major: undefined,
    minor: undefined,
  };
}

export const tokenStart = (t: Token): Mark => ({ index: t.index, line: t.line, column: t.column });

interface BlockScalarState {
  indent: number;
  /** Line breaks read since the last content line. */
  breaks: string;
  end: Mark;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;
const RAW_CHUNK = 512;

const copyMark = (m: Mark): Mark => ({ index: m.index, line: m.line, column: m.column });
const endTokenHere = (t: Token, end: Mark): void => {
  t.endIndex = end.index;
  t.endLine = end.line;
  t.endColumn = end.column;
};
const setMark = (to: Mark, from: Mark): Mark => {
  to.index = from.index;
  to.line = from.line;
  to.column = from.column;
  return to;
};

const isAlphaCp = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
const isDigitCp = (c: number) => c >= 0x30 && c <= 0x39;
const isHexCp = (c: number) => isDigitCp(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hexValue = (c: number) => (c <= 0x39 ? c - 0x30 : c <= 0x46 ? c - 0x41 + 10 : c - 0x61 + 10);
const isBreakCp = (c: number) => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlankCp = (c: number) => c === 0x20 || c === 0x09;
const isBreakZCp = (c: number) => c === 0 || isBreakCp(c);
const isBlankZCp = (c: number) => isBlankCp(c) || isBreakZCp(c);

/**
 * A character the reader refuses: not printable in YAML's sense (lone surrogates included).
 * go-yaml's allowed set: tab, LF, CR, 0x20-0x7E, NEL, 0xA0-0xD7FF, 0xE000-0xFFFD, 0x10000 and above.
 */
const NOT_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const SURROGATE = /[\ud800-\udfff]/;
/** The line breaks other than LF. */
const RARE_BREAKS = ["\r", "\x85", "\u2028", "\u2029"];

const codes = (chars: string) => new Set(Array.from(chars, (c) => c.codePointAt(0)!));
const INDICATORS = codes("-?:,[]{}#&*!|>'\"%@`");
const ANCHOR_ENDS = codes("?:,]}%@`");
const URI_CHARS = codes(";/?:@&=+$,.!~*'()[]%");

const SIMPLE_ESCAPES = new Map<number, string>([
  [0x30, "\0"],
  [0x61, "\x07"],
  [0x62, "\b"],
  [0x74, "\t"],
  [0x09, "\t"],
  [0x6e, "\n"],
  [0x76, "\v"],
  [0x66, "\f"],
  [0x72, "\r"],
  [0x65, "\x1b"],
  [0x20, " "],
  [0x22, '"'],
  [0x27, "'"],
  [0x5c, "\\"],
  [0x4e, "\u0085"],
  [0x5f, "\u00a0"],
  [0x4c, "\u2028"],
  [0x50, "\u2029"],
]);

const utf8Len = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

/**
 * Where the reader (which decodes 512 raw bytes at a time) meets a control character: the index
 * (in characters) of the first character of the chunk holding the one at UTF-16 index `badUnit`.
 */
function readerLimit(text: string, skippedBytes: number, badUnit: number): number {
  if (badUnit < 0) return Infinity;
  // Characters are decoded chunk by chunk; a chunk is 512 raw bytes, and a character split
  // at the chunk's end is carried over to the next one.
  let byte = skippedBytes;
  let chunkEnd = RAW_CHUNK;
  let chunkFirstChar = 0;
  for (let u = 0, i = 0; u <= badUnit; i++) {
    const c = text.codePointAt(u)!;
    const w = utf8Len(c);
    if (byte + w > chunkEnd) {
      chunkFirstChar = i;
      chunkEnd = byte + RAW_CHUNK;
      while (byte + w > chunkEnd) chunkEnd += RAW_CHUNK;
    }
    byte += w;
    u += c > 0xffff ? 2 : 1;
  }
  return chunkFirstChar;
}

/**
 * The simple key slot saved for each token number, as a map from token number to slot: entries
 * of keys found invalid stay until overwritten or deleted, just as they always have. Only the
 * token at the queue's head is ever looked up, so entries for consumed tokens are dropped.
 */
class TokenKeyIndex {
  private numbers: number[] = [];
  private slots: number[] = [];
  private pruneAt = 8;

  /** The slot saved for token `tok`, or -1. */
  get(tok: number): number {
    const i = this.numbers.indexOf(tok);
    return i < 0 ? -1 : this.slots[i];
  }
  set(tok: number, slot: number, consumed: number): void {
    const i = this.numbers.indexOf(tok);
    if (i >= 0) {
      this.slots[i] = slot;
      return;
    }
    if (this.numbers.length >= this.pruneAt) {
      for (let j = this.numbers.length - 1; j >= 0; j--) if (this.numbers[j] < consumed) this.remove(j);
      this.pruneAt = Math.max(8, 2 * this.numbers.length);
    }
    this.numbers.push(tok);
    this.slots.push(slot);
  }
  delete(tok: number): void {
    const i = this.numbers.indexOf(tok);
    if (i >= 0) this.remove(i);
  }
  private remove(i: number): void {
    const last = this.numbers.length - 1;
    this.numbers[i] = this.numbers[last];
    this.slots[i] = this.slots[last];
    this.numbers.pop();
    this.slots.pop();
  }
}

/** The tokens scanned and not yet consumed: a ring buffer, so that queueing them allocates nothing. */
class TokenQueue {
  private items: (Token | undefined)[] = new Array<Token | undefined>(16).fill(undefined);
  private first = 0;
  size = 0;

  /** The first token (undefined when there is none). */
  head(): Token {
    return this.items[this.first]!;
  }
  last(): Token {
    return this.items[(this.first + this.size - 1) & (this.items.length - 1)]!;
  }
  push(token: Token): void {
    this.insert(this.size, token);
  }
  /** Insert `token` before the `at`th token (after the last one when `at` is the size or more). */
  insert(at: number, token: Token): void {
    if (this.size === this.items.length) this.grow();
    if (at > this.size) at = this.size;
    const mask = this.items.length - 1;
    for (let i = this.size; i > at; i--) this.items[(this.first + i) & mask] = this.items[(this.first + i - 1) & mask];
    this.items[(this.first + at) & mask] = token;
    this.size++;
  }
  shift(): void {
    this.items[this.first] = undefined;
    this.first = (this.first + 1) & (this.items.length - 1);
    this.size--;
  }
  private grow(): void {
    const old = this.items;
    const items = new Array<Token | undefined>(old.length * 2).fill(undefined);
    for (let i = 0; i < this.size; i++) items[i] = old[(this.first + i) & (old.length - 1)];
    this.items = items;
    this.first = 0;
  }
}

export class Scanner {
  private text: string;
  /**
   * The characters (code points) when `text` has surrogate pairs, else null: then every UTF-16
   * unit is one character and `text` is read directly.
   */
  private cps: Uint32Array | null = null;
  /** With `cps`: the UTF-16 offset of each character in `text`, for cutting runs out as substrings. */
  private offsets: Uint32Array | null = null;
  private pos = 0;
  private readonly readerErrorAt: number;
  /** Characters below this index are read without further checks: min(length, readerErrorAt). */
  private readonly safeEnd: number;
  mark: Mark = { index: 0, line: 0, column: 0 };
  // Where the flow or plain scalar being scanned starts and ends (copied into its token).
  private readonly scalarStart: Mark = { index: 0, line: 0, column: 0 };
  private readonly scalarEnd: Mark = { index: 0, line: 0, column: 0 };
  /** Where the BLOCK-END tokens being queued are placed (copied into them). */
  private readonly blockEndMark: Mark = { index: 0, line: 0, column: 0 };

  private queue = new TokenQueue();
  /** Consumed tokens, for reuse (see Token). */
  private spareTokens: Token[] = [];
  tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  private streamEndProduced = false;

  private indent = -1;
  private indents: number[] = [];
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTok = new TokenKeyIndex();
  private flowLevel = 0;
  private newlines = 0;

  /**
   * Where each of RARE_BREAKS next occurs, at or after the last line searched (Infinity: nowhere);
   * the scanner only moves forward, so each is searched for again only once passed.
   */
  private rareBreakAt = RARE_BREAKS.map(() => -1);

  /** The text of the scalar being scanned. */
  private readonly value: ScalarText;

  constructor(text: string) {
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    this.text = text;
    let length = text.length;
    if (SURROGATE.test(text)) {
      const cps = new Uint32Array(text.length);
      const offsets = new Uint32Array(text.length + 1);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
        offsets[n] = i;
        cps[n++] = c;
        if (c > 0xffff) i++;
      }
      offsets[n] = text.length;
      this.cps = cps.subarray(0, n);
      this.offsets = offsets.subarray(0, n + 1);
      length = n;
    }
    this.value = new ScalarText(text, (from, to) => this.slice(from, to), this.offsets === null);
    this.readerErrorAt = readerLimit(text, bom ? 3 : 0, text.search(NOT_PRINTABLE));
    this.safeEnd = Math.min(length, this.readerErrorAt);
  }

  // ---- character access -------------------------------------------------------------

  /** The character at index i, which must be below safeEnd. */
  private code(i: number): number {
    return this.cps === null ? this.text.charCodeAt(i) : this.cps[i];
  }
  /** The text of the characters from index `from` up to `to`. */
  private slice(from: number, to: number): string {
    return this.offsets === null ? this.text.slice(from, to) : this.text.slice(this.offsets[from], this.offsets[to]);
  }
  /** The character `off` ahead: 0 past the end, and the reader's error past where it stops. */
  private ch(off = 0): number {
    const i = this.pos + off;
    if (i < this.safeEnd) return this.cps === null ? this.text.charCodeAt(i) : this.cps[i];
    return this.beyondSafeEnd(i);
  }
  private beyondSafeEnd(i: number): number {
    if (i >= this.readerErrorAt) throw new YamlError("control characters are not allowed");
    return 0;
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
  /** The current character, as text; advance past it. */
  private read(): string {
    const c = this.ch();
    if (!isBlankCp(c)) this.newlines = 0;
    this.pos++;
    this.mark.index++;
    this.mark.column++;
    return String.fromCodePoint(c);
  }

  /**
   * Advance to index `to`, past a run of characters that holds no break (the caller cuts the
   * text out). The runs' loops looked one character past the run's end (see ch), so the reader
   * fails here when that character is beyond where it stops.
   */
  private advanceRun(to: number): void {
    if (to + 1 >= this.readerErrorAt) this.beyondSafeEnd(to + 1);
    const n = to - this.pos;
    if (n === 0) return;
    this.newlines = 0;
    this.pos = to;
    this.mark.index += n;
    this.mark.column += n;
  }

  /** The end of the run of characters from `from` up to a break (or the end). */
  private lineEnd(from: number): number {
    if (this.cps !== null) {
      let p = from;
      while (p < this.safeEnd && !isBreakCp(this.code(p))) p++;
      return p;
    }
    // Characters are UTF-16 units here: search for the breaks rather than test every character.
    const text = this.text;
    let end = text.indexOf("\n", from);
    if (end < 0) end = text.length;
    for (let k = 0; k < RARE_BREAKS.length; k++) {
      let at = this.rareBreakAt[k];
      if (at < from) {
        at = text.indexOf(RARE_BREAKS[k], from);
        if (at < 0) at = Infinity;
        this.rareBreakAt[k] = at;
      }
      if (at < end) end = at;
    }
    return end < this.safeEnd ? end : this.safeEnd;
  }

  /** The end of a run of a quoted scalar's characters: up to a blank, a break, the quote or a backslash. */
  private quotedRunEnd(from: number, quote: number): number {
    let p = from;
    while (p < this.safeEnd) {
      const c = this.code(p);
      if (c === quote || c === 0x5c || isBlankCp(c) || isBreakCp(c)) break;
      p++;
    }
    return p;
  }

  /**
   * The end of a run of a plain scalar's characters: up to a blank, a break, ": " (':' before a
   * blank or break), and in flow context any of ",?[]{}".
   */
  private plainRunEnd(from: number, flow: boolean): number {
    let p = from;
    const end = this.safeEnd;
    while (p < end) {
      const c = this.code(p);
      if (isBlankCp(c) || isBreakCp(c)) break;
      if (c === 0x3a && (p + 1 >= end || isBlankZCp(this.code(p + 1)))) break;
      if (flow && (c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)) break;
      p++;
    }
    return p;
  }

  /** A line break (normalized the way libyaml does) as text, advancing past it; "" when there is none. */
  private readLine(): string {
    const c = this.ch();
    let text: string;
    if (c === 0x0d && this.ch(1) === 0x0a) {
      text = "\n";
      this.pos += 2;
      this.mark.index++;
    } else if (c === 0x0d || c === 0x0a || c === 0x85) {
      text = "\n";
      this.pos++;
    } else if (c === 0x2028 || c === 0x2029) {
      text = String.fromCodePoint(c);
      this.pos++;
    } else return "";
    this.mark.index++;
    this.mark.column = 0;
    this.mark.line++;
    this.newlines++;
    return text;
  }

  /** Add the source characters from index `from` up to `to` to the scalar's text. */
  private appendSource(from: number, to: number): void {
    this.value.appendSource(from, to);
  }
  /** Add text (a folded or normalized break, an escape) to the scalar's text. */
  private appendText(text: string): void {
    this.value.appendText(text);
  }
  /** Line folding in flow and plain scalars: a single break becomes a space, more keep all but the first. */
  private appendFoldedBreaks(leadingBreak: string, trailingBreaks: string): void {
    if (leadingBreak[0] === "\n") {
      if (trailingBreaks === "") this.appendText(" ");
      else this.appendText(trailingBreaks);
    } else {
      this.appendText(leadingBreak);
      this.appendText(trailingBreaks);
    }
  }
  /** The scalar's text, which is then reset for the next one. */
  private takeValue(): string {
    return this.value.take();
  }

  /** A scanner error. The context text is libyaml's; go-yaml prints only the problem and a line. */
  private fail(_context: string, contextMark: Mark, problem: string): never {
    throw new YamlError(problem, { scanner: true, contextMark: copyMark(contextMark), problemMark: copyMark(this.mark) });
  }

  // ---- token queue ------------------------------------------------------------------

  /** A token from `start` to `end` (read now): a consumed one reused, else a new one. */
  private makeToken(type: TokenType, start: Mark, end: Mark, value?: string, style?: ScalarStyle): Token {
    const t = this.spareTokens.pop() ?? newToken(type);
    t.type = type;
    t.index = start.index;
    t.line = start.line;
    t.column = start.column;
    t.endIndex = end.index;
    t.endLine = end.line;
    t.endColumn = end.column;
    t.value = value;
    t.suffix = undefined;
    t.prefix = undefined;
    t.style = style;
    t.major = undefined;
    t.minor = undefined;
    return t;
  }


  /** The next token without consuming it. */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.queue.head();
  }
  /** Consume the current token. */
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    const head = this.queue.head();
    this.streamEndProduced = head.type === "STREAM-END";
    this.queue.shift();
    this.spareTokens.push(head);
  }
  get ended(): boolean {
    return this.streamEndProduced;
  }

  /** Queue a token, `at` tokens after the head (at the end when `at` is negative). */
  private insertToken(at: number, token: Token): void {
    if (at < 0) this.queue.push(token);
    else this.queue.insert(at, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      // v3 keeps two extra tokens of lookahead (for its comment handling).
      if (this.queue.size > 2) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed);
        if (idx < 0) break;
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
    const { index, line, column } = this.mark;
    this.scanToNextToken();
    this.unrollIndent(this.mark.column, index, line, column);
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
    if (!(this.queue.size > 0 && this.queue.last().type === "BLOCK-ENTRY")) this.scanLineComment();
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
    if (c === 0x2a || c === 0x26 || c === 0x21 || c === 0x27 || c === 0x22) return this.fetchKeyCandidate(c);
    if (c === 0x7c && !flow) return this.fetchBlockScalar(true);
    if (c === 0x3e && !flow) return this.fetchBlockScalar(false);
    const indicator = INDICATORS.has(c);
    if (
      !(isBlankZCp(c) || indicator) ||
      (c === 0x2d && !this.isBlank(1)) ||
      (!flow && (c === 0x3f || c === 0x3a) && !this.isBlankZ(1))
    ) {
      return this.fetchKeyCandidate(c);
    }
    this.fail("while scanning for the next token", this.mark, "found character that cannot start any token");
  }

  // ---- simple keys and indentation ------------------------------------------------------

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.line < this.mark.line || key.index + 1024 < this.mark.index) {
      if (key.required) this.fail("while scanning a simple key", key, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (this.simpleKeyAllowed) {
      const tokenNumber = this.tokensParsed + this.queue.size;
      this.removeSimpleKey();
      // The slot's key is replaced; its object is reused (nothing else holds it).
      const key = this.simpleKeys[this.simpleKeys.length - 1];
      key.possible = true;
      key.required = required;
      key.tokenNumber = tokenNumber;
      setMark(key, this.mark);
      this.simpleKeysByTok.set(tokenNumber, this.simpleKeys.length - 1, this.tokensParsed);
    }
  }

  /** An impossible simple key here, for a new flow level (or the stream). */
  private newSimpleKey(tokenNumber: number): SimpleKey {
    const { index, line, column } = this.mark;
    return { possible: false, required: false, tokenNumber, index, line, column };
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (key.possible) {
      if (key.required) this.fail("while scanning a simple key", key, "could not find expected ':'");
      key.possible = false;
      this.simpleKeysByTok.delete(key.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push(this.newSimpleKey(this.tokensParsed + this.queue.size));
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) {
      this.fail(
        "while increasing flow level",
        this.simpleKeys[this.simpleKeys.length - 1],
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
          this.simpleKeys[this.simpleKeys.length - 1],
          `exceeded max depth of ${MAX_INDENTS}`,
        );
      }
      this.insertToken(number > -1 ? number - this.tokensParsed : -1, this.makeToken(type, mark, mark));
    }
  }

  /** Close the blocks indented deeper than `column`, with BLOCK-ENDs placed just before the given mark. */
  private unrollIndent(column: number, index: number, line: number, markColumn: number): void {
    if (this.flowLevel > 0 || this.indent <= column) return;
    const blockMark = this.blockEndMark;
    blockMark.index = index - 1;
    blockMark.line = line;
    blockMark.column = markColumn;
    while (this.indent > column) {
      this.insertToken(-1, this.makeToken("BLOCK-END", blockMark, blockMark));
      this.indent = this.indents.pop()!;
    }
  }

  // ---- fetchers -------------------------------------------------------------------

  private simpleToken(type: TokenType): void {
    const token = this.makeToken(type, this.mark, this.mark);
    this.skip();
    endTokenHere(token, this.mark);
    this.insertToken(-1, token);
  }

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push(this.newSimpleKey(0));
    this.simpleKeysByTok = new TokenKeyIndex();
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.insertToken(-1, this.makeToken("STREAM-START", this.mark, this.mark));
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0;
      this.mark.line++;
    }
    this.unrollIndent(-1, this.mark.index, this.mark.line, this.mark.column);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.makeToken("STREAM-END", this.mark, this.mark));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1, this.mark.index, this.mark.line, this.mark.column);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1, this.mark.index, this.mark.line, this.mark.column);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const token = this.makeToken(type, this.mark, this.mark);
    this.skip();
    this.skip();
    this.skip();
    endTokenHere(token, this.mark);
    this.insertToken(-1, token);
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
      this.insertToken(key.tokenNumber - this.tokensParsed, this.makeToken("KEY", key, key));
      this.rollIndent(key.column, key.tokenNumber, "BLOCK-MAPPING-START", key);
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

  /**
   * fetch_anchor, fetch_tag, fetch_flow_scalar and fetch_plain_scalar: an alias (*), anchor (&),
   * tag (!), quoted (' ") or plain scalar may start a simple key, and none can start right after it.
   */
  private fetchKeyCandidate(c: number): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    let token: Token;
    if (c === 0x2a) token = this.scanAnchor("ALIAS");
    else if (c === 0x26) token = this.scanAnchor("ANCHOR");
    else if (c === 0x21) token = this.scanTag();
    else if (c === 0x27 || c === 0x22) token = this.scanFlowScalar(c === 0x27);
    else token = this.scanPlainScalar();
    this.insertToken(-1, token);
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
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
      token = this.makeToken("VERSION-DIRECTIVE", start, this.mark);
      token.major = major;
      token.minor = minor;
    } else if (name === "TAG") {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      token = this.makeToken("TAG-DIRECTIVE", start, this.mark, handle);
      token.prefix = prefix;
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
    while (isAlphaCp(this.ch())) s.push(this.read());
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
    while (isAlphaCp(this.ch())) s.push(this.read());
    const end = copyMark(this.mark);
    const c = this.ch();
    if (s.length === 0 || !(isBlankZCp(c) || ANCHOR_ENDS.has(c))) {
      this.fail(
        type === "ANCHOR" ? "while scanning an anchor" : "while scanning an alias",
        start,
        "did not find expected alphabetic or numeric character",
      );
    }
    return this.makeToken(type, start, end, s.join(""));
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
    const token = this.makeToken("TAG", start, this.mark, handle);
    token.suffix = suffix;
    return token;
  }

  private tagError(directive: boolean, start: Mark, problem: string): never {
    this.fail(directive ? "while parsing a %TAG directive" : "while parsing a tag", start, problem);
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    if (this.ch() !== 0x21) this.tagError(directive, start, "did not find expected '!'");
    const s: string[] = [];
    s.push(this.read());
    while (isAlphaCp(this.ch())) s.push(this.read());
    if (this.ch() === 0x21) s.push(this.read());
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
      else pushText(this.read());
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

    let indent = 0;
    if (increment > 0) indent = this.indent >= 0 ? this.indent + increment : increment;
    const st: BlockScalarState = { indent, breaks: "", end: copyMark(this.mark) };
    this.scanBlockScalarBreaks(st, start);

    let leadingBreak = "";
    let leadingBlank = false;
    while (this.mark.column === st.indent && !this.isZ()) {
      const trailingBlank = this.isBlank();
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak[0] === "\n") {
        if (st.breaks === "") this.appendText(" ");
      } else this.appendText(leadingBreak);
      leadingBreak = "";
      this.appendText(st.breaks);
      st.breaks = "";
      leadingBlank = this.isBlank();
      const from = this.pos;
      this.advanceRun(this.lineEnd(from));
      this.appendSource(from, this.pos);
      leadingBreak += this.readLine();
      this.scanBlockScalarBreaks(st, start);
    }
    if (chomping !== -1) this.appendText(leadingBreak);
    if (chomping === 1) this.appendText(st.breaks);
    return this.makeToken("SCALAR", start, st.end, this.takeValue(), literal ? "literal" : "folded");
  }

  /**
   * The indentation and blank lines before a block scalar's next line: breaks are added to
   * st.breaks, st.end follows the last one, and the first call settles an undeclared indentation.
   */
  private scanBlockScalarBreaks(st: BlockScalarState, start: Mark): void {
    const indent = st.indent;
    setMark(st.end, this.mark);
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.mark.column < indent) && this.ch() === 0x20) this.skip();
      if (this.mark.column > maxIndent) maxIndent = this.mark.column;
      if ((indent === 0 || this.mark.column < indent) && this.ch() === 0x09) {
        this.fail("while scanning a block scalar", start, "found a tab character where an indentation space is expected");
      }
      if (!this.isBreak()) break;
      st.breaks += this.readLine();
      setMark(st.end, this.mark);
    }
    if (indent === 0) {
      let auto = maxIndent;
      if (auto < this.indent + 1) auto = this.indent + 1;
      if (auto < 1) auto = 1;
      st.indent = auto;
    }
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
    const start = setMark(this.scalarStart, this.mark);
    this.skip();
    const quote = single ? 0x27 : 0x22;
    let leadingBreak = "";
    let trailingBreaks = "";
    // Blanks read since the last run, [wsFrom, wsTo): kept only if the line goes on.
    let wsFrom = 0;
    let wsTo = 0;
    for (;;) {
      if (this.atDocumentIndicator()) {
        this.fail("while scanning a quoted scalar", start, "found unexpected document indicator");
      }
      if (this.isZ()) this.fail("while scanning a quoted scalar", start, "found unexpected end of stream");
      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        const c = this.ch();
        if (single && c === 0x27 && this.ch(1) === 0x27) {
          this.appendText("'");
          this.skip();
          this.skip();
        } else if (c === quote) break;
        else if (!single && c === 0x5c && this.isBreak(1)) {
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === 0x5c) {
          this.appendText(this.scanEscape(start));
        } else {
          const from = this.pos;
          this.skip();
          this.advanceRun(this.quotedRunEnd(this.pos, quote));
          this.appendSource(from, this.pos);
        }
      }
      if (this.ch() === quote) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (!leadingBlanks) {
            if (wsTo === wsFrom) wsFrom = this.pos;
            this.skip();
            wsTo = this.pos;
          } else this.skip();
        } else if (!leadingBlanks) {
          wsFrom = wsTo = 0;
          leadingBreak += this.readLine();
          leadingBlanks = true;
        } else trailingBreaks += this.readLine();
      }
      if (leadingBlanks) {
        this.appendFoldedBreaks(leadingBreak, trailingBreaks);
        trailingBreaks = "";
        leadingBreak = "";
      } else {
        this.appendSource(wsFrom, wsTo);
        wsFrom = wsTo = 0;
      }
    }
    this.skip();
    return this.makeToken("SCALAR", start, this.mark, this.takeValue(), single ? "single" : "double");
  }

  /** A double-quoted scalar's escape sequence (at the backslash), as text; advances past it. */
  private scanEscape(start: Mark): string {
    const e = this.ch(1);
    const simple = SIMPLE_ESCAPES.get(e);
    let codeLength = 0;
    if (e === 0x78) codeLength = 2;
    else if (e === 0x75) codeLength = 4;
    else if (e === 0x55) codeLength = 8;
    else if (simple === undefined) this.fail("while parsing a quoted scalar", start, "found unknown escape character");
    this.skip();
    this.skip();
    if (codeLength === 0) return simple!;
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
    for (let k = 0; k < codeLength; k++) this.skip();
    return String.fromCodePoint(value);
  }

  private scanPlainScalar(): Token {
    let leadingBreak = "";
    let trailingBreaks = "";
    // Blanks read since the last run, [wsFrom, wsTo): kept only if the line goes on.
    let wsFrom = 0;
    let wsTo = 0;
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = setMark(this.scalarStart, this.mark);
    const end = setMark(this.scalarEnd, this.mark);
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
        if (leadingBlanks || wsTo > wsFrom) {
          if (leadingBlanks) {
            this.appendFoldedBreaks(leadingBreak, trailingBreaks);
            trailingBreaks = "";
            leadingBreak = "";
            leadingBlanks = false;
          } else {
            this.appendSource(wsFrom, wsTo);
            wsFrom = wsTo = 0;
          }
        }
        const from = this.pos;
        this.skip();
        this.advanceRun(this.plainRunEnd(this.pos, this.flowLevel > 0));
        this.appendSource(from, this.pos);
        setMark(end, this.mark);
      }
      if (!(this.isBlank() || this.isBreak())) break;
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (leadingBlanks && this.mark.column < indent && this.ch() === 0x09) {
            this.fail("while scanning a plain scalar", start, "found a tab character that violates indentation");
          }
          if (!leadingBlanks) {
            if (wsTo === wsFrom) wsFrom = this.pos;
            this.skip();
            wsTo = this.pos;
          } else this.skip();
        } else if (!leadingBlanks) {
          wsFrom = wsTo = 0;
          leadingBreak += this.readLine();
          leadingBlanks = true;
        } else trailingBreaks += this.readLine();
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return this.makeToken("SCALAR", start, end, this.takeValue(), "plain");
  }
}
