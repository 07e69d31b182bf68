// Bytes as Go's standard library and Butane's data URLs handle them, the one copy the engine,
// the share links and the exports use: UTF-8, base64 (encoding/base64) and the URL escaping of
// data URLs (vincent-petithory/dataurl Escape). Same in browsers, workers and Node (no Buffer).
//
// API
//   utf8Encode(s) / utf8Decode(bytes)
//   toBase64(bytes)  StdEncoding;  toBase64Url(bytes)  RawURLEncoding;  base64Length(n)
//   fromBase64(text) → bytes | undefined   standard or URL-safe, padding optional (share links)
//   decodeStdBase64(text) → bytes | undefined   StdEncoding.DecodeString, newlines ignored
//   escapeDataUrl(bytes), escapedLength(bytes)   %XX for all but RFC 2396 unreserved bytes
//   escapeAsciiDataUrl(text)   escapeDataUrl of an ASCII text's bytes, without encoding it
//   utf8Counts(s)   UTF-8 and escaped lengths of a string, without encoding it

// Both are stateless between calls (no streaming), so one of each serves every caller.
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");
export const utf8Encode = (s: string): Uint8Array => encoder.encode(s);
export const utf8Decode = (b: Uint8Array): string => decoder.decode(b);

/** ASCII codes → string, in chunks small enough for String.fromCharCode's argument list. */
function asciiString(codes: Uint8Array): string {
  const CHUNK = 0x2000;
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join("");
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const codesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const STD = codesOf(B64);
const URL_SAFE = codesOf(B64.slice(0, 62) + "-_");
const PAD = 0x3d;

/** Length of the padded base64 of n bytes. */
export const base64Length = (n: number): number => 4 * Math.ceil(n / 3);

function encode(bytes: Uint8Array, alphabet: Uint8Array, pad: boolean): string {
  const n = bytes.length;
  const rest = n % 3;
  const out = new Uint8Array(pad || rest === 0 ? base64Length(n) : base64Length(n) - 3 + rest);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = alphabet[v >> 18];
    out[o++] = alphabet[(v >> 12) & 63];
    out[o++] = alphabet[(v >> 6) & 63];
    out[o++] = alphabet[v & 63];
  }
  if (rest > 0) {
    const v = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = alphabet[v >> 18];
    out[o++] = alphabet[(v >> 12) & 63];
    if (rest === 2) out[o++] = alphabet[(v >> 6) & 63];
    if (pad) {
      if (rest === 1) out[o++] = PAD;
      out[o++] = PAD;
    }
  }
  return asciiString(out);
}

/** Standard base64 with padding (base64.StdEncoding). */
export const toBase64 = (bytes: Uint8Array): string => encode(bytes, STD, true);
/** URL-safe base64 without padding (RFC 4648 §5, base64.RawURLEncoding). */
export const toBase64Url = (bytes: Uint8Array): string => encode(bytes, URL_SAFE, false);

/** Decodes standard or URL-safe base64 (padding optional); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const s = text.replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/\-_]*$/.test(s) || s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of s) {
    const v = c === "-" ? 62 : c === "_" ? 63 : B64.indexOf(c);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Go's base64.StdEncoding.DecodeString after dropping \r and \n (padding required). */
export function decodeStdBase64(text: string): Uint8Array | undefined {
  const s = text.replace(/[\r\n]/g, "");
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  return fromBase64(s);
}

/** RFC 2396 unreserved bytes pass through a data URL unescaped. */
const UNRESERVED = (() => {
  const t = new Uint8Array(256);
  for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()") t[c.charCodeAt(0)] = 1;
  return t;
})();
const HEX_DIGITS = "0123456789ABCDEF";
const HEX = codesOf(HEX_DIGITS);

/** Length of escapeDataUrl(bytes), without building it. */
export function escapedLength(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += UNRESERVED[bytes[i]] === 1 ? 1 : 3;
  return n;
}

/**
 * UTF-8 length of a string and the length of its URL-escaped form (escapedLength of its
 * bytes), counted from the UTF-16 code units without encoding it (a lone surrogate counts as
 * U+FFFD, as TextEncoder writes it).
 */
export function utf8Counts(s: string): { bytes: number; escaped: number } {
  let bytes = 0;
  let escaped = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      bytes++;
      escaped += UNRESERVED[c] === 1 ? 1 : 3;
      continue;
    }
    let n = c < 0x800 ? 2 : 3;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n = 4;
        i++;
      }
    }
    bytes += n;
    escaped += 3 * n;
  }
  return { bytes, escaped };
}

/** The URL-escaped form of bytes: every byte but the unreserved ones becomes %XX (upper-case hex). */
export function escapeDataUrl(bytes: Uint8Array): string {
  const out = new Uint8Array(escapedLength(bytes));
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (UNRESERVED[b] === 1) out[o++] = b;
    else {
      out[o++] = 0x25; // %
      out[o++] = HEX[b >> 4];
      out[o++] = HEX[b & 15];
    }
  }
  return asciiString(out);
}

/** What escapeDataUrl makes of each byte that is not unreserved. */
const ESCAPED_BYTE: readonly string[] = Array.from({ length: 256 }, (_, b) => "%" + HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15]);
const RESERVED_ASCII = /[^A-Za-z0-9\-_.!~*'()]/g;
const escapeChar = (c: string): string => ESCAPED_BYTE[c.charCodeAt(0)];

/**
 * escapeDataUrl(utf8Encode(text)) for a text with no code unit above 0x7f (each char its byte):
 * one flat string and no byte arrays; a text with nothing to escape is returned as it is.
 */
export function escapeAsciiDataUrl(text: string): string {
  return text.replace(RESERVED_ASCII, escapeChar);
}
