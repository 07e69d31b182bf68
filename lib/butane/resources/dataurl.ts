// Data URLs for file contents, as Butane's base/util MakeDataURL builds them: three encodings
// are tried and the shortest wins (URL-escaped, base64, gzip+base64).
import { utf8Encode } from "../../share/bytes";
import { gzipBest } from "../../gzip";

const HEX = "0123456789ABCDEF";

/** RFC 2396 unreserved bytes pass through; every other byte becomes %XX (upper-case hex). */
function isUnreserved(b: number): boolean {
  return (
    (b >= 0x61 && b <= 0x7a) || // a-z
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x30 && b <= 0x39) || // 0-9
    b === 0x2d || // -
    b === 0x5f || // _
    b === 0x2e || // .
    b === 0x21 || // !
    b === 0x7e || // ~
    b === 0x2a || // *
    b === 0x27 || // '
    b === 0x28 || // (
    b === 0x29 // )
  );
}

const UNRESERVED = (() => {
  const t = new Uint8Array(256);
  for (let b = 0; b < 256; b++) t[b] = isUnreserved(b) ? 1 : 0;
  return t;
})();

/** Length of escapeDataUrl(bytes), without building it. */
function escapedLength(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n += UNRESERVED[bytes[i]] === 1 ? 1 : 3;
  return n;
}

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

const HEX_CODES = Uint8Array.from(HEX, (c) => c.charCodeAt(0));

/** The URL-escaped form of bytes (vincent-petithory/dataurl Escape). */
export function escapeDataUrl(bytes: Uint8Array): string {
  const out = new Uint8Array(escapedLength(bytes));
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (UNRESERVED[b] === 1) out[o++] = b;
    else {
      out[o++] = 0x25; // %
      out[o++] = HEX_CODES[b >> 4];
      out[o++] = HEX_CODES[b & 15];
    }
  }
  return asciiString(out);
}

const B64_CODES = Uint8Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", (c) => c.charCodeAt(0));

const base64Length = (n: number): number => 4 * Math.ceil(n / 3);

/** Standard base64 with padding. */
function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(base64Length(n));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = B64_CODES[v >> 18];
    out[o++] = B64_CODES[(v >> 12) & 63];
    out[o++] = B64_CODES[(v >> 6) & 63];
    out[o++] = B64_CODES[v & 63];
  }
  const rest = n - i;
  if (rest > 0) {
    const v = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out[o++] = B64_CODES[v >> 18];
    out[o++] = B64_CODES[(v >> 12) & 63];
    out[o++] = rest === 2 ? B64_CODES[(v >> 6) & 63] : 0x3d;
    out[o++] = 0x3d;
  }
  return asciiString(out);
}

// The shortest gzip stream (empty input) is 23 bytes: 10 header, 5 for the final empty stored
// block, 8 trailer. Its data URL part is ";base64," plus 32 characters.
const MIN_GZIP_OPAQUE = ";base64,".length + base64Length(23);

/** fcos 1.0.0 (base v0_1): inline contents are always URL-escaped, with no compression field. */
export function escapedDataUrl(contents: Uint8Array | string): string {
  return "data:," + escapeDataUrl(typeof contents === "string" ? utf8Encode(contents) : contents);
}

export interface DataUrl {
  uri: string;
  /**
   * The compression value to write: "" or "gzip" when Butane chose the encoding itself,
   * undefined when the user had already set a compression (leave the field, record no
   * translation for it).
   */
  compression: string | undefined;
}

const isNilOrEmpty = (s: string | undefined): boolean => s === undefined || s === "";

/**
 * Encode contents as a data URL. `currentCompression` is the resource's compression as
 * translated so far; a non-empty value means the user compressed the contents already, so
 * they are not gzipped again and the compression field is left alone.
 */
export function makeDataUrl(
  contents: Uint8Array,
  currentCompression: string | undefined,
  allowCompression = true,
): DataUrl {
  let compression = isNilOrEmpty(currentCompression) ? "" : undefined;
  // Lengths first; only the winning encoding is built.
  const escapedLen = 1 + escapedLength(contents);
  const b64Len = ";base64,".length + base64Length(contents.length);
  let opaqueLen = escapedLen;
  let winner: "escaped" | "base64" | "gzip" = "escaped";
  if (b64Len < opaqueLen) {
    opaqueLen = b64Len;
    winner = "base64";
  }
  let gz: Uint8Array | undefined;
  // "gzip" also has to be written in the compression field. When even the shortest gzip stream
  // cannot win, compressing would not change the choice.
  if (isNilOrEmpty(currentCompression) && allowCompression && MIN_GZIP_OPAQUE + 4 < opaqueLen) {
    gz = gzipBest(contents);
    if (";base64,".length + base64Length(gz.length) + 4 < opaqueLen) {
      winner = "gzip";
      compression = "gzip";
    }
  }
  const opaque =
    winner === "gzip" ? ";base64," + toBase64(gz!) : winner === "base64" ? ";base64," + toBase64(contents) : "," + escapeDataUrl(contents);
  return { uri: "data:" + opaque, compression };
}
