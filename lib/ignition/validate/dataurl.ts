// github.com/vincent-petithory/dataurl's DecodeString, reduced to its error (undefined = ok),
// including Go's base64.StdEncoding and strconv.Unquote failures.

const MAX_ASCII = 0x7f;
const isSpace = (r: number) => r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
const isControl = (r: number) => r <= 0x1f || (r >= 0x7f && r <= 0x9f);
const asciiTable = (pred: (r: number) => boolean): Uint8Array => {
  const t = new Uint8Array(MAX_ASCII + 1);
  for (let r = 0; r <= MAX_ASCII; r++) t[r] = pred(r) ? 1 : 0;
  return t;
};
const tspecials = "()<>@,;:\\\"/[]?=";
const TOKEN = asciiTable((r) => !isControl(r) && !isSpace(r) && !tspecials.includes(String.fromCharCode(r)));
const isTokenRune = (r: number) => r >= 0 && r <= MAX_ASCII && TOKEN[r] === 1;
const urlExcluded = " <>#\"{}|\\^[]`";
const URL_CHAR = asciiTable((r) => !(r <= 0x1f) && r !== 0x7f && !urlExcluded.includes(String.fromCharCode(r)));
const BASE64_CHAR = asciiTable((r) => /[a-zA-Z0-9+/=\n]/.test(String.fromCharCode(r)));
const BASE64_ALPHABET = asciiTable((r) => /[a-zA-Z0-9+/]/.test(String.fromCharCode(r)));
const isDiscrete = (s: string) => /^(text|image|audio|video|application)/.test(s);
const isComposite = (s: string) => /^(message|multipart)/.test(s);
const EOF = -1;

type Item = { t: "mediatype" | "subtype" | "attr" | "lquote" | "val" | "base64" | "comma" | "data"; v: string };


// The lexer's state lives at module level (lex is synchronous and not re-entrant), so that its
// state functions are created once rather than on every call.
let input = "";
let simple = true;
let cps: number[] = []; // the code points, when the input has surrogate pairs (else read `input`)
let length = 0; // in code points
let items: Item[] = [];
let start = 0;
let pos = 0;
let width = 0;
let seenBase64 = false;

const text = (a: number, b: number) =>
  simple ? input.slice(a, b) : String.fromCodePoint(...cps.slice(a, b));
const next = () => {
  if (pos >= length) {
    width = 0;
    return EOF;
  }
  width = 1;
  return simple ? input.charCodeAt(pos++) : cps[pos++];
};
const backup = () => (pos -= width);
const emit = (t: Item["t"] | "skip") => {
  if (t !== "skip") items.push({ t, v: text(start, pos) });
  start = pos;
};

type State = () => State | string | null;
const afterDataPrefix: State = () => {
  const r = next();
  if (r === 0x3b) return backup(), paramSemicolon;
  if (r === 0x2c) return backup(), dataComma;
  if (r === EOF) return "missing comma before data";
  if (r === 0x78 || r === 0x58) return next() === 0x2d ? xTokenMediaType : inDiscreteMediaType;
  if (isTokenRune(r)) return inDiscreteMediaType;
  return "invalid character after data prefix";
};
const xTokenMediaType: State = () => {
  for (;;) {
    const r = next();
    if (r === 0x2f) return backup(), mediaType;
    if (r === EOF) return "missing media type slash";
    if (!isTokenRune(r)) return "invalid character for media type";
  }
};
const inDiscreteMediaType: State = () => {
  for (;;) {
    const r = next();
    if (r === 0x2f) {
      backup();
      const t = text(start, pos);
      if (!isDiscrete(t) && !isComposite(t)) return "invalid media type";
      return mediaType;
    }
    if (r === EOF) return "missing media type slash";
    if (!isTokenRune(r)) return "invalid character for media type";
  }
};
/** The text before the character just read as `t` (if any), then that character as "skip". */
const emitUpTo = (t: Item["t"]) => {
  backup();
  if (pos > start) emit(t);
  next();
  emit("skip");
};
const mediaType: State = () => {
  if (pos > start) emit("mediatype");
  next();
  emit("skip");
  return afterMediaSep;
};
/** Token characters up to ';' or ',' (emitted as `t`), then another parameter or the data. */
const tokenUntilSeparator =
  (t: Item["t"], atEnd: string, badCharacter: string): State =>
  () => {
    for (;;) {
      const r = next();
      if (r === 0x3b || r === 0x2c) {
        backup();
        if (pos > start) emit(t);
        return semicolonOrComma;
      }
      if (r === EOF) return atEnd;
      if (!isTokenRune(r)) return badCharacter;
    }
  };
const afterMediaSep = tokenUntilSeparator("subtype", "incomplete media type", "invalid character for media subtype");
/** After the media subtype or a parameter value: another parameter, or the data. */
const semicolonOrComma: State = () => {
  const r = next();
  if (r === 0x3b) return backup(), paramSemicolon;
  if (r === 0x2c) return backup(), dataComma;
  if (r === EOF) return "missing comma before data";
  return "expected semicolon or comma";
};
const paramSemicolon: State = () => {
  next();
  emit("skip");
  const r = next();
  if (r === EOF || r === 0x3d || r === 0x2c) return "unterminated parameter sequence";
  if (isTokenRune(r)) return backup(), inParamAttr;
  return "invalid character for parameter attribute";
};
const inParamAttr: State = () => {
  for (;;) {
    const r = next();
    if (r === 0x3d) return emitUpTo("attr"), afterParamEqual;
    if (r === 0x2c) {
      backup();
      if (pos > start) {
        const v = text(start, pos);
        if (v !== "base64") return `expected base64, got ${v}`;
        seenBase64 = true;
        emit("base64");
      }
      return dataComma;
    }
    if (r === EOF) return "unterminated parameter sequence";
    if (!isTokenRune(r)) return "invalid character for parameter attribute";
  }
};
const afterParamEqual: State = () => {
  const r = next();
  if (r === 0x22) return emit("lquote"), inQuotedVal;
  if (r === EOF) return "missing comma before data";
  if (isTokenRune(r)) return inParamVal;
  return "invalid character for parameter value";
};
const inQuotedVal: State = () => {
  for (;;) {
    const r = next();
    if (r === EOF) return "unclosed quoted string";
    if (r === 0x5c) {
      // Go tests `r <= MaxASCII` before `r == eof`, and eof (-1) passes it.
      if (next() > MAX_ASCII) return "invalid escaped character";
      continue;
    }
    if (r === 0x22) return emitUpTo("val"), semicolonOrComma;
    if (r > MAX_ASCII) return "invalid character for parameter value";
  }
};
const inParamVal = tokenUntilSeparator("val", "missing comma before data", "invalid character for parameter value");
const dataComma: State = () => {
  next();
  emit("comma");
  const table = seenBase64 ? BASE64_CHAR : URL_CHAR;
  // The data is most of a URL: one tight loop over it (every allowed character is ASCII).
  for (; pos < length; pos++) {
    const r = simple ? input.charCodeAt(pos) : cps[pos];
    if (r > MAX_ASCII || table[r] !== 1) return "invalid data character";
  }
  if (pos > start) emit("data");
  return null;
};


/** Run the lexer: the items it emits, then its error text if it stops on one. */
function lex(s: string): { items: Item[]; error?: string } {
  // Work on code points so that positions match Go's rune-wise reading (strings are valid UTF-8).
  // Without surrogate pairs, code point indexes are string indexes.
  input = s;
  simple = !/[\ud800-\udfff]/.test(s);
  cps = simple ? [] : Array.from(s, (c) => c.codePointAt(0)!);
  length = simple ? s.length : cps.length;
  items = [];
  start = 0;
  pos = 0;
  width = 0;
  seenBase64 = false;
  const out = items;
  let state: State | string | null;
  if (!s.startsWith("data:")) state = "missing data prefix";
  else {
    pos = 5;
    emit("skip");
    state = afterDataPrefix;
    while (typeof state === "function") state = state();
  }
  input = "";
  cps = [];
  items = [];
  return typeof state === "string" ? { items: out, error: state } : { items: out };
}

/** Go's base64.StdEncoding.DecodeString error, or undefined. */
export function base64Error(s: string): string | undefined {

  const bad = (n: number) => `illegal base64 data at input byte ${n}`;
  const src = s;
  let si = 0;
  const nl = (c: string | undefined) => c === "\n" || c === "\r";
  while (si < src.length) {
    // decodeQuantum
    let j = 0;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return undefined;
        return bad(si - j);
      }
      const c = src[si++];
      const code = c.charCodeAt(0);
      if (code <= MAX_ASCII && BASE64_ALPHABET[code] === 1) continue;
      if (nl(c)) {
        j--;
        continue;
      }
      if (c !== "=") return bad(si - 1);
      if (j === 0 || j === 1) return bad(si - 1);
      if (j === 2) {
        while (si < src.length && nl(src[si])) si++;
        if (si === src.length) return bad(src.length);
        if (src[si] !== "=") return bad(si - 1);
        si++;
      }
      while (si < src.length && nl(src[si])) si++;
      if (si < src.length) return bad(si);
      return undefined;
    }
  }
  return undefined;
}

/** strconv.Unquote on a double-quoted string: false when Go reports invalid syntax. */
function unquoteOk(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "\n") return false;
    if (c !== "\\") continue;
    const e = body[++i];
    if (e === undefined) return false;
    if ("abfnrtv\\\"".includes(e)) continue;
    const need = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : -1;
    if (need > 0) {
      const h = body.slice(i + 1, i + 1 + need);
      if (h.length !== need || !/^[0-9a-fA-F]+$/.test(h)) return false;
      const v = parseInt(h, 16);
      if (e !== "x" && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return false;
      i += need;
      continue;
    }
    if (/[0-7]/.test(e)) {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return false;
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function unescapeError(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return "rfc2396: non-ASCII char detected";
    if (c !== 0x25) continue;
    if (i + 1 >= s.length) return "rfc2396: unexpected end of unescape sequence";
    if (!isHex(s.charCodeAt(i + 1))) return "rfc2396: invalid char 0x25 in unescape sequence";
    if (i + 2 >= s.length) return "rfc2396: unexpected end of unescape sequence";
    if (!isHex(s.charCodeAt(i + 2))) return "rfc2396: invalid char 0x25 in unescape sequence";
    i += 2;
  }
  return undefined;
}

const ESCAPED_DATA_URL = /^data:,(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-Fa-f]{2})*$/;

/** The error dataurl.DecodeString(s) returns, or undefined when it decodes. */
export function dataURLError(s: string): string | undefined {
  // The URL-escaped form Butane writes for small files (no media type, unreserved characters
  // and %XX escapes only) lexes as one data item that unescapes cleanly.
  if (ESCAPED_DATA_URL.test(s)) return undefined;
  const { items, error } = lex(s);
  let quoted = false;
  let base64 = false;
  for (const it of items) {
    if (it.t === "lquote") quoted = true;
    else if (it.t === "val") {
      if (quoted) {
        quoted = false;
        if (!unquoteOk(it.v)) return "invalid syntax";
      } else {
        const e = unescapeError(it.v);
        if (e) return e;
      }
    } else if (it.t === "base64") base64 = true;
    else if (it.t === "data") {
      const e = base64 ? base64Error(it.v) : unescapeError(it.v);
      if (e) return e;
    }
  }
  return error;
}
