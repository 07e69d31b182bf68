// Go's encoding/json as Ignition's config parsing uses it: the syntax check with Go's error
// texts, a document tree (for vcontext's unused-key check), and decoding into a Go type with
// Go's rules (case-insensitive field names, null leaves values alone, the first type error
// is the one reported, with "Go struct field Struct.path.to.field" context).
import { type GoType, goTypeName, zeroValue } from "../../go/gotype";

export type JsonNode =
  | { t: "object"; entries: [string, JsonNode][] }
  | { t: "array"; items: JsonNode[] }
  | { t: "string"; v: string }
  | { t: "number"; raw: string }
  | { t: "bool"; v: boolean }
  | { t: "null" };

const utf8 = new TextDecoder();
const toBytes = (input: string | Uint8Array) => (typeof input === "string" ? new TextEncoder().encode(input) : input);

/** strconv.Quote(string(rune(c))) wrapped in single quotes, as the scanner prints a byte. */
function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return "'\"'";
  const ch = String.fromCharCode(c);
  const named: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\\": "\\\\" };
  if (named[ch]) return `'${named[ch]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, "0")}'`;
  if (c >= 0x80 && c <= 0xa0) return `'\\u${c.toString(16).padStart(4, "0")}'`;
  if (c === 0xad) return "'\\u00ad'";
  return `'${ch}'`;
}

class SyntaxError_ {
  constructor(readonly message: string) {}
}

/** A recursive-descent reading that fails exactly where (and with what) Go's scanner fails. */
class Reader {
  i = 0;
  constructor(private readonly b: Uint8Array) {}

  private fail(c: number | undefined, context: string): never {
    if (c === undefined) throw new SyntaxError_("unexpected end of JSON input");
    throw new SyntaxError_(`invalid character ${quoteChar(c)} ${context}`);
  }
  private ws() {
    while (this.i < this.b.length && [0x20, 0x09, 0x0a, 0x0d].includes(this.b[this.i])) this.i++;
  }
  private peek() {
    return this.i < this.b.length ? this.b[this.i] : undefined;
  }

  document(): JsonNode {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i < this.b.length) this.fail(this.b[this.i], "after top-level value");
    return v;
  }

  private value(): JsonNode {
    const c = this.peek();
    if (c === undefined) this.fail(c, "");
    switch (c) {
      case 0x7b:
        return this.object();
      case 0x5b:
        return this.array();
      case 0x22:
        return { t: "string", v: this.string() };
      case 0x74:
        return this.literal("true", { t: "bool", v: true });
      case 0x66:
        return this.literal("false", { t: "bool", v: false });
      case 0x6e:
        return this.literal("null", { t: "null" });
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    this.fail(c, "looking for beginning of value");
  }

  private literal(word: string, node: JsonNode): JsonNode {
    this.i++;
    for (let k = 1; k < word.length; k++) {
      const c = this.peek();
      if (c !== word.charCodeAt(k)) this.fail(c, `in literal ${word} (expecting ${quoteChar(word.charCodeAt(k))})`);
      this.i++;
    }
    return node;
  }

  private number(): JsonNode {
    const start = this.i;
    const digit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
    if (this.peek() === 0x2d) {
      this.i++;
      if (!digit(this.peek())) this.fail(this.peek(), "in numeric literal");
    }
    if (this.peek() === 0x30) this.i++;
    else while (digit(this.peek())) this.i++;
    if (this.peek() === 0x2e) {
      this.i++;
      if (!digit(this.peek())) this.fail(this.peek(), "after decimal point in numeric literal");
      while (digit(this.peek())) this.i++;
    }
    if (this.peek() === 0x65 || this.peek() === 0x45) {
      this.i++;
      if (this.peek() === 0x2b || this.peek() === 0x2d) this.i++;
      if (!digit(this.peek())) this.fail(this.peek(), "in exponent of numeric literal");
      while (digit(this.peek())) this.i++;
    }
    return { t: "number", raw: utf8.decode(this.b.subarray(start, this.i)) };
  }

  private string(): string {
    this.i++; // opening quote
    const out: number[] = [];
    let text = "";
    const flush = () => {
      text += utf8.decode(new Uint8Array(out));
      out.length = 0;
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(c, "");
      this.i++;
      if (c === 0x22) break;
      if (c < 0x20) this.fail(c, "in string literal");
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = this.peek();
      if (e === undefined) this.fail(e, "");
      this.i++;
      const simple: Record<number, string> = { 0x22: '"', 0x5c: "\\", 0x2f: "/", 0x62: "\b", 0x66: "\f", 0x6e: "\n", 0x72: "\r", 0x74: "\t" };
      if (simple[e] !== undefined) {
        flush();
        text += simple[e];
        continue;
      }
      if (e !== 0x75) this.fail(e, "in string escape code");
      const hex = () => {
        let v = 0;
        for (let k = 0; k < 4; k++) {
          const h = this.peek();
          const d = h === undefined ? -1 : parseInt(String.fromCharCode(h), 16);
          if (h === undefined || Number.isNaN(d)) this.fail(h, "in \\u hexadecimal character escape");
          v = v * 16 + d;
          this.i++;
        }
        return v;
      };
      flush();
      const u = hex();
      if (u >= 0xd800 && u < 0xdc00) {
        // A high surrogate needs a following \uDC00-\uDFFF escape, else it reads as U+FFFD.
        const save = this.i;
        if (this.b[this.i] === 0x5c && this.b[this.i + 1] === 0x75) {
          this.i += 2;
          const lo = hex();
          if (lo >= 0xdc00 && lo < 0xe000) {
            text += String.fromCharCode(u, lo);
            continue;
          }
          this.i = save;
        }
        text += "\ufffd";
      } else if (u >= 0xdc00 && u < 0xe000) text += "\ufffd";
      else text += String.fromCharCode(u);
    }
    flush();
    return text;
  }

  private object(): JsonNode {
    this.i++;
    const entries: [string, JsonNode][] = [];
    if (this.empty(0x7d)) return { t: "object", entries };
    for (;;) {
      this.ws();
      if (this.peek() !== 0x22) this.fail(this.peek(), "looking for beginning of object key string");
      const key = this.string();
      this.ws();
      if (this.peek() !== 0x3a) this.fail(this.peek(), "after object key");
      this.i++;
      this.ws();
      entries.push([key, this.value()]);
      if (this.closes(0x7d, "after object key:value pair")) return { t: "object", entries };
    }
  }

  /** Right after the opening bracket: true (bracket consumed) when it closes at once. */
  private empty(close: number): boolean {
    this.ws();
    if (this.peek() !== close) return false;
    this.i++;
    return true;
  }

  /** After an element: true at the closing bracket, false at a comma (either one consumed). */
  private closes(close: number, context: string): boolean {
    this.ws();
    const c = this.peek();
    if (c !== 0x2c && c !== close) this.fail(c, context);
    this.i++;
    return c === close;
  }

  private array(): JsonNode {
    this.i++;
    const items: JsonNode[] = [];
    if (this.empty(0x5d)) return { t: "array", items };
    for (;;) {
      this.ws();
      items.push(this.value());
      if (this.closes(0x5d, "after array element")) return { t: "array", items };
    }
  }
}

/** Parse JSON text; on a syntax error, Go's message ("invalid character 'v' looking for ..."). */
export function parseJson(input: string | Uint8Array): { node: JsonNode } | { error: string } {
  try {
    return { node: new Reader(toBytes(input)).document() };
  } catch (e) {
    if (e instanceof SyntaxError_) return { error: e.message };
    throw e;
  }
}

export const jsonSyntaxError = (input: string | Uint8Array): string | undefined => {
  const r = parseJson(input);
  return "error" in r ? r.error : undefined;
};

const int64Min = -(2n ** 63n);
const int64Max = 2n ** 63n - 1n;

/** Go's reflect Type.Name() for the struct holding a field ("File" for "types.File"). */
const structShortName = (name: string) => name.slice(name.lastIndexOf(".") + 1);

/** The case folding Go's json uses to match object keys to field names (ASCII + K/ſ specials). */
const fold = (s: string) => s.replace(/\u212a/g, "k").replace(/\u017f/g, "s").toLowerCase();

interface Ctx {
  struct?: string;
  stack: string[];
  error?: string;
}

function typeError(ctx: Ctx, what: string, t: GoType) {
  if (ctx.error !== undefined) return;
  const type = goTypeName(t);
  ctx.error =
    ctx.struct !== undefined || ctx.stack.length
      ? `json: cannot unmarshal ${what} into Go struct field ${ctx.struct ?? ""}.${ctx.stack.join(".")} of type ${type}`
      : `json: cannot unmarshal ${what} into Go value of type ${type}`;
}

const kindWord = (n: JsonNode) => (n.t === "bool" ? "bool" : n.t);

function decodeInto(t: GoType, n: JsonNode, cur: unknown, ctx: Ctx): unknown {
  if (t.kind === "ptr") {
    if (n.t === "null") return undefined;
    return decodeInto(t.elem, n, cur === undefined ? zeroValue(t.elem) : cur, ctx);
  }
  if (n.t === "null") return t.kind === "slice" || t.kind === "map" ? zeroValue(t) : cur;
  switch (t.kind) {
    case "string":
      if (n.t === "string") return n.v;
      typeError(ctx, kindWord(n), t);
      return cur;
    case "bool":
      if (n.t === "bool") return n.v;
      typeError(ctx, kindWord(n), t);
      return cur;
    case "int": {
      if (n.t !== "number") {
        typeError(ctx, kindWord(n), t);
        return cur;
      }
      if (!/^-?[0-9]+$/.test(n.raw)) {
        typeError(ctx, `number ${n.raw}`, t);
        return cur;
      }
      const v = BigInt(n.raw);
      if (v < int64Min || v > int64Max) {
        typeError(ctx, `number ${n.raw}`, t);
        return cur;
      }
      return Number.isSafeInteger(Number(v)) ? Number(v) : v;
    }
    case "slice": {
      if (n.t !== "array") {
        typeError(ctx, kindWord(n), t);
        return cur;
      }
      const prev = (cur as unknown[] | undefined) ?? [];
      return n.items.map((item, i) => decodeInto(t.elem, item, i < prev.length ? prev[i] : zeroValue(t.elem), ctx));
    }
    case "map": {
      if (n.t !== "object") {
        typeError(ctx, kindWord(n), t);
        return cur;
      }
      const out: Record<string, unknown> = { ...(cur as object) };
      for (const [k, v] of n.entries) out[k] = decodeInto(t.elem, v, out[k] ?? zeroValue(t.elem), ctx);
      return out;
    }
    case "struct": {
      if (n.t !== "object") {
        typeError(ctx, kindWord(n), t);
        return cur;
      }
      const out: Record<string, unknown> = { ...(cur as Record<string, unknown>) };
      for (const [k, v] of n.entries) {
        const f = t.fields.find((f) => f.key === k) ?? t.fields.find((f) => fold(f.key) === fold(k));
        if (!f) continue;
        const saved = { struct: ctx.struct, depth: ctx.stack.length };
        ctx.stack.push(f.key);
        ctx.struct = structShortName(t.name);
        out[f.key] = decodeInto(f.type, v, out[f.key], ctx);
        ctx.stack.length = saved.depth;
        ctx.struct = saved.struct;
      }
      return out;
    }
  }
}

/** json.Unmarshal(raw, &value-of-type-t): the decoded value, or Go's error text. */
export function unmarshal(t: GoType, input: string | Uint8Array): { value: unknown; node: JsonNode } | { error: string } {
  const parsed = parseJson(input);
  if ("error" in parsed) return parsed;
  const ctx: Ctx = { stack: [] };
  const value = decodeInto(t, parsed.node, zeroValue(t), ctx);
  if (ctx.error !== undefined) return { error: ctx.error };
  return { value, node: parsed.node };
}

/** vcontext tree.Get: the node at a path, or undefined when the path leaves the tree. */
export function nodeAt(n: JsonNode, path: readonly (string | number)[]): JsonNode | undefined {
  let cur: JsonNode | undefined = n;
  for (const p of path) {
    if (!cur) return undefined;
    if (typeof p === "number") cur = cur.t === "array" ? cur.items[p] : undefined;
    else if (cur.t === "object") {
      let found: JsonNode | undefined;
      for (const [k, v] of cur.entries) if (k === p) found = v;
      cur = found;
    } else return undefined;
  }
  return cur;
}

/** json.Unmarshal(s, &any): a syntax error, or a number too large for float64. */
export function unmarshalAnyError(input: string | Uint8Array): string | undefined {
  const parsed = parseJson(input);
  if ("error" in parsed) return parsed.error;
  const tooBig = (n: JsonNode): string | undefined => {
    if (n.t === "number") return Number.isFinite(Number(n.raw)) ? undefined : n.raw;
    if (n.t === "array") for (const i of n.items) if (tooBig(i)) return tooBig(i);
    if (n.t === "object") for (const [, v] of n.entries) if (tooBig(v)) return tooBig(v);
    return undefined;
  };
  const big = tooBig(parsed.node);
  return big === undefined ? undefined : `json: cannot unmarshal number ${big} into Go value of type float64`;
}
