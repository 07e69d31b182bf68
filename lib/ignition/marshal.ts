// Go's encoding/json Marshal as github.com/clarketm/json does it (omitempty also drops zero
// structs), and MarshalIndent(v, "", "  ") for pretty output.
import { isZero, type GoType } from "../go/gotype";

const hex = "0123456789abcdef";

/** encodeState.string with escapeHTML: <, >, & and U+2028/2029 escaped; invalid UTF-16 as \ufffd. */
// What quoteJson has to rewrite; most strings have none of it and are quoted as they are.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\<>&\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

export function quoteJson(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) continue;
      rep =
        c === 0x22 ? '\\"' : c === 0x5c ? "\\\\" : c === 0x0a ? "\\n" : c === 0x0d ? "\\r" : c === 0x09 ? "\\t" : "\\u00" + hex[c >> 4] + hex[c & 0xf];
    } else if (c === 0x2028 || c === 0x2029) {
      rep = "\\u202" + hex[c & 0xf];
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      i++;
      continue;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      rep = "\\ufffd";
    } else continue;
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}


/**
 * The output as pieces, joined a chunk at a time: writing a value adds its pieces (field names,
 * quotes, strings as they are) instead of building a string per value and concatenating them.
 */
class JsonPieces {
  private static readonly CHUNK = 1024;
  private chunk: string[] = new Array<string>(JsonPieces.CHUNK);
  private count = 0;
  private joined: string[] = [];

  add(piece: string): void {
    this.chunk[this.count++] = piece;
    if (this.count === JsonPieces.CHUNK) {
      this.joined.push(this.chunk.join(""));
      this.count = 0;
    }
  }

  /** quoteJson(s), without building it when s needs no escaping. */
  addQuoted(s: string): void {
    if (NEEDS_ESCAPE.test(s)) return this.add(quoteJson(s));
    this.add('"');
    this.add(s);
    this.add('"');
  }

  text(): string {
    this.chunk.fill("", this.count); // the unused tail joins as nothing
    const last = this.chunk.join("");
    return this.joined.length === 0 ? last : this.joined.join("") + last;
  }
}

/** Go's encoding of one type's values, with the type's decisions (kinds, field names) made once. */
type Encoder = (v: unknown, out: JsonPieces) => void;

const encoders = new WeakMap<GoType, Encoder>();

function encoderFor(t: GoType): Encoder {
  let e = encoders.get(t);
  if (e === undefined) {
    // A placeholder first, so that a type reaching itself resolves lazily.
    let built: Encoder | undefined;
    encoders.set(t, (v, out) => (built ??= encoders.get(t)!)(v, out));
    built = buildEncoder(t);
    encoders.set(t, built);
    e = built;
  }
  return e;
}

const encodeString: Encoder = (v, out) => out.addQuoted((v as string | undefined) ?? "");
const encodeInt: Encoder = (v, out) => out.add(String(v ?? 0));
const encodeBool: Encoder = (v, out) => out.add(v === true ? "true" : "false");

function buildEncoder(t: GoType): Encoder {
  switch (t.kind) {
    case "string":
      return encodeString;
    case "int":
      return encodeInt;
    case "bool":
      return encodeBool;
    case "ptr": {
      const elem = encoderFor(t.elem);
      return (v, out) => (v === undefined || v === null ? out.add("null") : elem(v, out));
    }
    case "slice": {
      const elem = encoderFor(t.elem);
      return (v, out) => {
        if (v === undefined || v === null) return out.add("null");
        const arr = v as unknown[];
        out.add("[");
        // Array.prototype.map visits holes as absent and join prints them as "": same here.
        for (let i = 0; i < arr.length; i++) {
          if (i > 0) out.add(",");
          if (i in arr) elem(arr[i], out);
        }
        out.add("]");
      };
    }
    case "map": {
      const elem = encoderFor(t.elem);
      return (v, out) => {
        if (v === undefined || v === null) return out.add("null");
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o).sort();
        out.add("{");
        for (let i = 0; i < keys.length; i++) {
          if (i > 0) out.add(",");
          out.addQuoted(keys[i]);
          out.add(":");
          elem(o[keys[i]], out);
        }
        out.add("}");
      };
    }
    case "struct": {
      const fields = t.fields;
      const count = fields.length;
      // The name with what goes before it: "{" for the first field written, "," for the others.
      const steps = fields.map((f) => ({
        key: f.key,
        first: "{" + quoteJson(f.key) + ":",
        next: "," + quoteJson(f.key) + ":",
        omitempty: f.omitempty === true,
        type: f.type,
        encode: encoderFor(f.type),
      }));
      return (v, out) => {
        // A struct still being assembled (types add fields while building) gets a fresh plan.
        if (fields.length !== count) {
          encoders.delete(t);
          return encoderFor(t)(v, out);
        }
        const o = (v ?? {}) as Record<string, unknown>;
        let first = true;
        for (let i = 0; i < steps.length; i++) {
          const s = steps[i];
          const fv = o[s.key];
          if (s.omitempty && isZero(s.type, fv)) continue;
          out.add(first ? s.first : s.next);
          s.encode(fv, out);
          first = false;
        }
        out.add(first ? "{}" : "}");
      };
    }
  }
}

/**
 * json.Indent(dst, src, "", "  ") over compact JSON (as MarshalIndent does). Strings are copied
 * whole (found with indexOf): an output is mostly long strings such as data URLs.
 */
function indent(src: string): string {
  let out = "";
  let depth = 0;
  let needIndent = false;
  const newlines: string[] = [];
  const newline = () => (newlines[depth] ??= "\n" + "  ".repeat(depth));
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (needIndent && c !== "}" && c !== "]") {
      needIndent = false;
      depth++;
      out += newline();
    }
    switch (c) {
      case '"': {
        const end = closingQuote(src, i + 1);
        out += src.slice(i, end + 1);
        i = end;
        break;
      }
      case "{":
      case "[":
        out += c;
        needIndent = true;
        break;
      case ",":
        out += c + newline();
        break;
      case ":":
        out += ": ";
        break;
      case "}":
      case "]":
        if (needIndent) needIndent = false;
        else {
          depth--;
          out += newline();
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** Index of the quote ending the JSON string whose contents start at `from` (the last index when unterminated). */
function closingQuote(s: string, from: number): number {
  for (let q = s.indexOf('"', from); q >= 0; q = s.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (s.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return s.length - 1;
}

/** The Ignition config as Butane prints it (no trailing newline). */
export function marshalJson(type: GoType, value: unknown, pretty: boolean): string {
  const out = new JsonPieces();
  encoderFor(type)(value, out);
  const compact = out.text();
  return pretty ? indent(compact) : compact;
}
