// A YAML encoder that writes a generic JSON value (what Go's encoding/json decodes into an
// interface{}: objects, arrays, strings, float64 numbers, booleans, null) exactly as
// gopkg.in/yaml.v3's Encoder does with SetIndent(n): map keys in go-yaml's "natural" order,
// go-yaml's choice between plain, single-quoted, double-quoted and literal scalars, and the
// libyaml emitter's layout (block collections, "- " items indented under their key, empty
// collections as [] and {}). Line width is unlimited, as in yaml.v3's default encoder.
//
// Butane's TranslateBytesYAML writes a MachineConfig this way (JSON → generic value → YAML).
import { goFormatFloat } from "../go/float";
import { resolvesToNonString } from "./resolve";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

// ---------------------------------------------------------------------------------------
// Events (what yaml.v3's encoder feeds the emitter)

type Style = "plain" | "single" | "double" | "literal";

type YamlEvent =
  | { t: "mapStart" }
  | { t: "mapEnd" }
  | { t: "seqStart" }
  | { t: "seqEnd" }
  | { t: "scalar"; value: string; style: Style };

function isOldBool(s: string): boolean {
  return /^(y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF)$/.test(s);
}

const base60float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
function isBase60Float(s: string): boolean {
  if (s === "") return false;
  const c = s[0];
  if (!(c === "+" || c === "-" || (c >= "0" && c <= "9")) || !s.includes(":")) return false;
  return base60float.test(s);
}

/** encoder.stringv: the style go-yaml asks the emitter for. */
function stringStyle(s: string): Style {
  const canUsePlain = !resolvesToNonString(s) && !isBase60Float(s) && !isOldBool(s);
  if (s.includes("\n")) return "literal";
  return canUsePlain ? "plain" : "double";
}

/** go-yaml's keyList.Less for two string keys. */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  const isDigit = (c: string) => /\p{Nd}/u.test(c);
  const isLetter = (c: string) => /\p{L}/u.test(c);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    // Go accumulates rune - '0' for any Unicode digit; wrap like int64 would
    const wrap = (n: bigint) => BigInt.asIntN(64, n);
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = wrap(an * 10n + BigInt(ar[ai].codePointAt(0)! - 48));
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = wrap(bn * 10n + BigInt(br[bi].codePointAt(0)! - 48));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}

export function goYamlSortKeys(keys: string[]): string[] {
  return [...keys].sort((x, y) => (goYamlKeyLess(x, y) ? -1 : goYamlKeyLess(y, x) ? 1 : 0));
}

/** Go's encoding/json replaces unpaired surrogates with U+FFFD when decoding. */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

function toEvents(v: JsonValue, out: YamlEvent[]): void {
  if (v === null) {
    out.push({ t: "scalar", value: "null", style: "plain" });
  } else if (typeof v === "boolean") {
    out.push({ t: "scalar", value: v ? "true" : "false", style: "plain" });
  } else if (typeof v === "number") {
    out.push({ t: "scalar", value: floatText(v), style: "plain" });
  } else if (typeof v === "string") {
    const s = wellFormed(v);
    out.push({ t: "scalar", value: s, style: stringStyle(s) });
  } else if (Array.isArray(v)) {
    out.push({ t: "seqStart" });
    for (const x of v) toEvents(x, out);
    out.push({ t: "seqEnd" });
  } else {
    out.push({ t: "mapStart" });
    for (const k of goYamlSortKeys(Object.keys(v))) {
      const key = wellFormed(k);
      out.push({ t: "scalar", value: key, style: stringStyle(key) });
      toEvents(v[k], out);
    }
    out.push({ t: "mapEnd" });
  }
}

function floatText(f: number): string {
  if (Number.isNaN(f)) return ".nan";
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  return goFormatFloat(f);
}

// ---------------------------------------------------------------------------------------
// Scalar analysis (yaml_emitter_analyze_scalar), on code points

interface ScalarData {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const isBreakCp = (c: number) => c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlankCp = (c: number | undefined) => c === 0x20 || c === 0x09;
/** libyaml's is_printable, which works on UTF-8 bytes: no 4-byte sequences, no C1 controls. */
const isPrintableCp = (c: number) =>
  c === 0x0a ||
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa0 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

function analyzeScalar(value: string): ScalarData {
  const cps = [...value].map((c) => c.codePointAt(0)!);
  if (cps.length === 0) {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let tabCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (value.startsWith("---") || value.startsWith("...")) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const ch = String.fromCodePoint(c);
    const next = cps[i + 1];
    const followedByWhitespace = i + 1 >= cps.length || isBlankCp(next);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === "?" || ch === ":") {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === "-") {
        if (followedByWhitespace) {
          flowIndicators = true;
          blockIndicators = true;
        }
      }
    } else {
      if (",?[]{}".includes(ch)) {
        flowIndicators = true;
      } else if (ch === ":") {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === "#") {
        if (precededByWhitespace) {
          flowIndicators = true;
          blockIndicators = true;
        }
      }
    }
    if (c === 0x09) tabCharacters = true;
    else if (!isPrintableCp(c)) specialCharacters = true;

    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i + 1 === cps.length) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakCp(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i + 1 === cps.length) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankCp(c) || isBreakCp(c) || c === 0;
  }

  const d: ScalarData = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    d.flowPlainAllowed = false;
    d.blockPlainAllowed = false;
  }
  if (trailingSpace) d.blockAllowed = false;
  if (breakSpace) {
    d.flowPlainAllowed = false;
    d.blockPlainAllowed = false;
    d.singleQuotedAllowed = false;
  }
  if (spaceBreak || tabCharacters || specialCharacters) {
    d.flowPlainAllowed = false;
    d.blockPlainAllowed = false;
    d.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) d.blockAllowed = false;
  if (lineBreaks) {
    d.flowPlainAllowed = false;
    d.blockPlainAllowed = false;
  }
  if (flowIndicators) d.flowPlainAllowed = false;
  if (blockIndicators) d.blockPlainAllowed = false;
  return d;
}

// ---------------------------------------------------------------------------------------
// The emitter state machine (the subset of libyaml's emitter that yaml.v3 exercises for
// plain data: no comments, anchors, tags, canonical mode or width limit)

type State =
  | "streamStart"
  | "firstDocStart"
  | "docContent"
  | "docEnd"
  | "flowSeqFirst"
  | "flowSeqItem"
  | "flowMapFirstKey"
  | "flowMapKey"
  | "flowMapSimpleValue"
  | "flowMapValue"
  | "blockSeqFirst"
  | "blockSeqItem"
  | "blockMapFirstKey"
  | "blockMapKey"
  | "blockMapSimpleValue"
  | "blockMapValue"
  | "end";

class Emitter {
  out = "";
  private state: State = "firstDocStart";
  private states: State[] = [];
  private indent = -1;
  private indents: number[] = [];
  private flowLevel = 0;
  private column = 0;
  private whitespace = true;
  private indention = true;
  private simpleKeyContext = false;
  private scalar!: ScalarData & { value: string; style: Style };

  constructor(
    private readonly events: YamlEvent[],
    private readonly bestIndent: number,
  ) {}

  run(): string {
    // document start: implicit, nothing written
    this.state = "docContent";
    for (let head = 0; head < this.events.length; head++) {
      const ev = this.events[head];
      if (ev.t === "scalar") this.scalar = { ...analyzeScalar(ev.value), value: ev.value, style: ev.style };
      this.dispatch(ev, head);
    }
    // document end (implicit): a final indent, i.e. a line break after the content
    this.writeIndent();
    return this.out;
  }

  private dispatch(ev: YamlEvent, head: number): void {
    switch (this.state) {
      case "docContent":
        this.states.push("docEnd");
        this.emitNode(ev, head, true, false, false, false);
        return;
      case "flowSeqFirst":
        return this.flowSequenceItem(ev, head, true);
      case "flowSeqItem":
        return this.flowSequenceItem(ev, head, false);
      case "flowMapFirstKey":
        return this.flowMappingKey(ev, head, true);
      case "flowMapKey":
        return this.flowMappingKey(ev, head, false);
      case "flowMapSimpleValue":
        return this.flowMappingValue(ev, head, true);
      case "flowMapValue":
        return this.flowMappingValue(ev, head, false);
      case "blockSeqFirst":
        return this.blockSequenceItem(ev, head, true);
      case "blockSeqItem":
        return this.blockSequenceItem(ev, head, false);
      case "blockMapFirstKey":
        return this.blockMappingKey(ev, head, true);
      case "blockMapKey":
        return this.blockMappingKey(ev, head, false);
      case "blockMapSimpleValue":
        return this.blockMappingValue(ev, head, true);
      case "blockMapValue":
        return this.blockMappingValue(ev, head, false);
      default:
        throw new Error(`yaml emitter: unexpected event in state ${this.state}`);
    }
  }

  // --- output primitives ---
  private put(s: string): void {
    this.out += s;
    this.column += 1;
  }
  private putBreak(): void {
    this.out += "\n";
    this.column = 0;
    this.indention = true;
  }
  /** write(): one character (any width) */
  private writeChar(ch: string): void {
    this.out += ch;
    this.column += 1;
  }
  private writeBreakChar(ch: string): void {
    if (ch === "\n") {
      this.putBreak();
    } else {
      this.out += ch;
      this.column = 0;
      this.indention = true;
    }
  }
  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
  }
  private writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    for (const ch of ind) this.writeChar(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) {
      this.indent = flow ? this.bestIndent : 0;
    } else if (!indentless) {
      if (this.states[this.states.length - 1] === "blockSeqItem") this.indent += 2;
      else this.indent = this.bestIndent * Math.floor((this.indent + this.bestIndent) / this.bestIndent);
    }
  }
  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }
  private popState(): void {
    this.state = this.states.pop()!;
  }

  private isEmptyCollection(head: number): boolean {
    const a = this.events[head];
    const b = this.events[head + 1];
    return (a.t === "seqStart" && b?.t === "seqEnd") || (a.t === "mapStart" && b?.t === "mapEnd");
  }

  private checkSimpleKey(head: number): boolean {
    const ev = this.events[head];
    if (ev.t === "scalar") {
      if (this.scalar.multiline) return false;
      return utf8Length(this.scalar.value) <= 128;
    }
    if (ev.t === "seqStart" || ev.t === "mapStart") return this.isEmptyCollection(head);
    return false;
  }

  // --- states ---
  private flowSequenceItem(ev: YamlEvent, head: number, first: boolean): void {
    if (first) {
      this.writeIndicator("[", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.t === "seqEnd") {
      this.flowLevel--;
      this.popIndent();
      if (this.column === 0) this.writeIndent();
      this.writeIndicator("]", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column === 0) this.writeIndent();
    this.states.push("flowSeqItem");
    this.emitNode(ev, head, false, true, false, false);
  }

  private flowMappingKey(ev: YamlEvent, head: number, first: boolean): void {
    if (first) {
      this.writeIndicator("{", true, true, false);
      this.increaseIndent(true, false);
      this.flowLevel++;
    }
    if (ev.t === "mapEnd") {
      this.flowLevel--;
      this.popIndent();
      this.writeIndicator("}", false, false, false);
      this.popState();
      return;
    }
    if (!first) this.writeIndicator(",", false, false, false);
    if (this.column === 0) this.writeIndent();
    if (this.checkSimpleKey(head)) {
      this.states.push("flowMapSimpleValue");
      this.emitNode(ev, head, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, false);
    this.states.push("flowMapValue");
    this.emitNode(ev, head, false, false, true, false);
  }

  private flowMappingValue(ev: YamlEvent, head: number, simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else this.writeIndicator(":", true, false, false);
    this.states.push("flowMapKey");
    this.emitNode(ev, head, false, false, true, false);
  }

  private blockSequenceItem(ev: YamlEvent, head: number, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (ev.t === "seqEnd") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator("-", true, false, true);
    this.states.push("blockSeqItem");
    this.emitNode(ev, head, false, true, false, false);
  }

  private blockMappingKey(ev: YamlEvent, head: number, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (ev.t === "mapEnd") {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey(head)) {
      this.states.push("blockMapSimpleValue");
      this.emitNode(ev, head, false, false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, true);
    this.states.push("blockMapValue");
    this.emitNode(ev, head, false, false, true, false);
  }

  private blockMappingValue(ev: YamlEvent, head: number, simple: boolean): void {
    if (simple) {
      this.writeIndicator(":", false, false, false);
    } else {
      this.writeIndent();
      this.writeIndicator(":", true, false, true);
    }
    this.states.push("blockMapKey");
    this.emitNode(ev, head, false, false, true, false);
  }

  // libyaml also tracks root/sequence/mapping contexts; only the simple-key one matters here
  private emitNode(ev: YamlEvent, head: number, _root: boolean, _sequence: boolean, _mapping: boolean, simpleKey: boolean): void {
    this.simpleKeyContext = simpleKey;
    switch (ev.t) {
      case "scalar":
        return this.emitScalar();
      case "seqStart":
        this.state = this.flowLevel > 0 || this.isEmptyCollection(head) ? "flowSeqFirst" : "blockSeqFirst";
        return;
      case "mapStart":
        this.state = this.flowLevel > 0 || this.isEmptyCollection(head) ? "flowMapFirstKey" : "blockMapFirstKey";
        return;
      default:
        throw new Error(`yaml emitter: expected a node, got ${ev.t}`);
    }
  }

  private emitScalar(): void {
    this.selectScalarStyle();
    this.increaseIndent(true, false);
    const v = this.scalar.value;
    switch (this.scalar.style) {
      case "plain":
        this.writePlain(v);
        break;
      case "single":
        this.writeSingleQuoted(v);
        break;
      case "double":
        this.writeDoubleQuoted(v);
        break;
      case "literal":
        this.writeLiteral(v);
        break;
    }
    this.popIndent();
    this.popState();
  }

  private selectScalarStyle(): void {
    const d = this.scalar;
    let style = d.style;
    if (this.simpleKeyContext && d.multiline) style = "double";
    if (style === "plain") {
      if ((this.flowLevel > 0 && !d.flowPlainAllowed) || (this.flowLevel === 0 && !d.blockPlainAllowed)) style = "single";
      if (d.value.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = "single";
    }
    if (style === "single" && !d.singleQuotedAllowed) style = "double";
    if (style === "literal" && (!d.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) style = "double";
    d.style = style;
  }

  private writePlain(value: string): void {
    if (value.length > 0 && !this.whitespace) this.put(" ");
    let breaks = false;
    for (const ch of value) {
      const c = ch.codePointAt(0)!;
      if (c === 0x20) {
        this.writeChar(ch);
      } else if (isBreakCp(c)) {
        if (!breaks && ch === "\n") this.putBreak();
        this.writeBreakChar(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(ch);
        this.indention = false;
        breaks = false;
      }
    }
    if (value.length > 0) this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(value: string): void {
    this.writeIndicator("'", true, false, false);
    let breaks = false;
    for (const ch of value) {
      const c = ch.codePointAt(0)!;
      if (c === 0x20) {
        this.writeChar(ch);
      } else if (isBreakCp(c)) {
        if (!breaks && ch === "\n") this.putBreak();
        this.writeBreakChar(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (ch === "'") this.put("'");
        this.writeChar(ch);
        this.indention = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(value: string): void {
    this.writeIndicator('"', true, false, false);
    // libyaml's is_bom looks at the start of the value whatever the position
    const bom = value.startsWith("\ufeff");
    for (const ch of value) {
      const c = ch.codePointAt(0)!;
      if (!isPrintableCp(c) || bom || isBreakCp(c) || ch === '"' || ch === "\\") {
        this.put("\\");
        const short: Record<number, string> = {
          0x00: "0",
          0x07: "a",
          0x08: "b",
          0x09: "t",
          0x0a: "n",
          0x0b: "v",
          0x0c: "f",
          0x0d: "r",
          0x1b: "e",
          0x22: '"',
          0x5c: "\\",
          0x85: "N",
          0xa0: "_",
          0x2028: "L",
          0x2029: "P",
        };
        if (short[c] !== undefined) {
          this.put(short[c]);
        } else {
          const [letter, width] = c <= 0xff ? ["x", 2] : c <= 0xffff ? ["u", 4] : ["U", 8];
          this.put(letter);
          for (const d of c.toString(16).toUpperCase().padStart(width, "0")) this.put(d);
        }
      } else {
        this.writeChar(ch);
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: string): void {
    this.writeIndicator("|", true, false, false);
    // block scalar hints
    const cps = [...value].map((ch) => ch.codePointAt(0)!);
    if (cps.length > 0 && (cps[0] === 0x20 || isBreakCp(cps[0]))) {
      this.writeIndicator(String(this.bestIndent), false, false, false);
    }
    let chomp = "";
    if (cps.length === 0) chomp = "-";
    else if (!isBreakCp(cps[cps.length - 1])) chomp = "-";
    else if (cps.length === 1) chomp = "+";
    else if (isBreakCp(cps[cps.length - 2])) chomp = "+";
    if (chomp) this.writeIndicator(chomp, false, false, false);

    this.whitespace = true;
    let breaks = true;
    for (const ch of value) {
      if (isBreakCp(ch.codePointAt(0)!)) {
        this.writeBreakChar(ch);
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.writeChar(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** yaml.v3 Encoder (indent n) output for one document holding a generic JSON value. */
export function goYamlEncode(value: JsonValue, indent = 4): string {
  const events: YamlEvent[] = [];
  toEvents(value, events);
  const best = indent < 2 || indent > 9 ? 2 : indent;
  return new Emitter(events, best).run();
}

/** Butane's TranslateBytesYAML: header comment, yaml.v3 with indent 2, newlines trimmed at both ends. */
export function butaneYamlFromJson(json: string): string {
  const value = JSON.parse(json) as JsonValue;
  const text = "# Generated by Butane; do not edit\n" + goYamlEncode(value, 2);
  return text.replace(/^\n+|\n+$/g, "");
}
