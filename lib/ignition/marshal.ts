// Go's encoding/json Marshal as github.com/clarketm/json does it (omitempty also drops zero
// structs), and MarshalIndent(v, "", "  ") for pretty output.
import { isZero, type GoType, type StructType } from "../go/gotype";

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


function encode(t: GoType, v: unknown): string {
  switch (t.kind) {
    case "string":
      return quoteJson((v as string | undefined) ?? "");
    case "int":
      return String(v ?? 0);
    case "bool":
      return v === true ? "true" : "false";
    case "ptr":
      return v === undefined || v === null ? "null" : encode(t.elem, v);
    case "slice":
      if (v === undefined || v === null) return "null";
      return "[" + (v as unknown[]).map((x) => encode(t.elem, x)).join(",") + "]";
    case "map": {
      if (v === undefined || v === null) return "null";
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort();
      return "{" + keys.map((k) => quoteJson(k) + ":" + encode(t.elem, o[k])).join(",") + "}";
    }
    case "struct": {
      const o = (v ?? {}) as Record<string, unknown>;
      const fields = t.fields;
      let names = quotedFieldNames.get(t);
      if (names === undefined || names.length !== fields.length) {
        names = fields.map((f) => quoteJson(f.key) + ":");
        quotedFieldNames.set(t, names);
      }
      let out = "{";
      let first = true;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i];
        const fv = o[f.key];
        if (f.omitempty && isZero(f.type, fv)) continue;
        out += (first ? "" : ",") + names[i] + encode(f.type, fv);
        first = false;
      }
      return out + "}";
    }
  }
}

/** `"key":` for each field of a struct type, in field order. */
const quotedFieldNames = new WeakMap<StructType, string[]>();

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
  const compact = encode(type, value);
  return pretty ? indent(compact) : compact;
}
