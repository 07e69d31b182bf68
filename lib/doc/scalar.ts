// Writing scalars as YAML text that both the `yaml` package and go-yaml (Butane's reader)
// read back as the intended value.

/** A scalar written exactly as given, e.g. an octal mode `0644`. */
export class Literal {
  constructor(readonly source: string) {}
}

/** An octal literal as Butane's docs write modes: 420 → `0644`. */
export function octalLiteral(mode: number): Literal {
  return new Literal("0" + mode.toString(8));
}

export type ScalarValue = string | number | boolean | bigint | Literal;

export type ScalarStyle = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED";

export function isScalarValue(v: unknown): v is ScalarValue {
  return ["string", "number", "boolean", "bigint"].includes(typeof v) || v instanceof Literal;
}

// Words go-yaml (YAML 1.1 booleans) or the YAML 1.2 core schema read as something else than a string.
const SPECIAL_WORDS = /^(?:~|null|true|false|yes|no|on|off|y|n|\.inf|[-+]\.inf|\.nan|<<|=)$/i;
// Integers and floats as go-yaml or the YAML 1.2 core schema resolve them (`1.1.0` is a string).
const NUMBER_LIKE = /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?)$/;

/** Whether `s` must be quoted to stay a string (empty, a number, a boolean or null word). */
export function quotedForType(s: string): boolean {
  return s === "" || SPECIAL_WORDS.test(s) || NUMBER_LIKE.test(s);
}

/** Whether `s` can be written unquoted and read back as this very string. */
export function isPlainSafe(s: string, inFlow: boolean): boolean {
  if (s === "" || s.trim() !== s) return false;
  if (SPECIAL_WORDS.test(s) || NUMBER_LIKE.test(s)) return false;
  if (/^[-?:,\[\]{}#&*!|>'"%@`]/.test(s)) {
    // `-`, `?` and `:` may start a plain scalar when followed by a non-space; keep it simple and quote.
    return false;
  }
  if (/: |:$| #|\t/.test(s)) return false;
  if (inFlow && /[,\[\]{}]/.test(s)) return false;
  if (/^(?:---|\.\.\.)/.test(s)) return false;
  return !needsEscape(s) && !/[\n\r]/.test(s);
}

// Characters that must be escaped in a double-quoted scalar (and cannot appear in other styles).
const ESCAPE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;

function needsEscape(s: string): boolean {
  // Lone surrogates are caught below; a well-formed pair is fine.
  const stripped = s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "");
  return ESCAPE.test(stripped);
}

export function doubleQuoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1];
        i++;
        continue;
      }
    }
    switch (ch) {
      case '"': out += '\\"'; break;
      case "\\": out += "\\\\"; break;
      case "\n": out += "\\n"; break;
      case "\r": out += "\\r"; break;
      case "\t": out += "\\t"; break;
      case "\0": out += "\\0"; break;
      default:
        if (ESCAPE.test(ch)) out += "\\u" + code.toString(16).padStart(4, "0");
        else out += ch;
    }
  }
  return out + '"';
}

function singleQuoted(s: string): string {
  return "'" + s.replace(/'/g, "''") + "'";
}

/**
 * A block literal (`|`) for `s`, content lines indented by `indent` spaces; undefined when the
 * string cannot be a block literal (control characters, carriage returns, only newlines).
 */
export function blockLiteral(s: string, indent: number): string | undefined {
  if (needsEscape(s) || s.includes("\r") || /^\n*$/.test(s)) return undefined;
  const trailing = /\n*$/.exec(s)![0].length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const body = trailing === 0 ? s : s.slice(0, s.length - trailing);
  const lines = body.split("\n");
  // A first content line starting with a space would need an indentation indicator: quote instead.
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0 || /^[ ]/.test(lines[first]) || lines.slice(0, first).some((l) => l !== "")) return undefined;
  const pad = " ".repeat(indent);
  const content = lines.map((l) => (l === "" ? "" : pad + l)).join("\n");
  const extra = trailing > 1 ? "\n".repeat(trailing - 1) : "";
  return `|${chomp}\n${content}\n${extra}`;
}

export interface ScalarContext {
  /** Indentation for a block scalar's content. */
  indent: number;
  inFlow: boolean;
  /** The style of the node being replaced, kept when it can carry the new value. */
  style?: ScalarStyle;
}

/**
 * Renders a scalar. A block scalar ends with its own newline(s); callers place other scalars
 * inline and add the line break themselves (see `endsWithNewline`).
 */
export function renderScalar(value: ScalarValue, ctx: ScalarContext): string {
  if (value instanceof Literal) return value.source;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const s = value;
  const multiline = s.includes("\n");
  const wantBlock = ctx.style === "BLOCK_LITERAL" || ctx.style === "BLOCK_FOLDED" || (multiline && ctx.style !== "QUOTE_DOUBLE" && ctx.style !== "QUOTE_SINGLE");
  if (!ctx.inFlow && wantBlock && s !== "") {
    const block = blockLiteral(s, ctx.indent);
    if (block !== undefined) return block;
  }
  if (ctx.style === "QUOTE_SINGLE" && !multiline && !needsEscape(s)) return singleQuoted(s);
  if (ctx.style === "QUOTE_DOUBLE") return doubleQuoted(s);
  if (isPlainSafe(s, ctx.inFlow)) return s;
  return doubleQuoted(s);
}
