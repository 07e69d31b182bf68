// The forms an Ignition config takes on its way to a machine.
import { gzipSync } from "fflate";
import { toBase64, utf8Encode } from "../share/bytes";

export const byteLength = (text: string): number => utf8Encode(text).length;

/** Plain base64 of the config's UTF-8 bytes (VMware guestinfo, many APIs). */
export const toBase64Text = (text: string): string => toBase64(utf8Encode(text));

/** gzip, then base64: VMware's `gzip+base64` encoding. */
export const toGzipBase64 = (text: string): string => toBase64(gzipSync(utf8Encode(text), { level: 9, mtime: 0 }));

/** `data:;base64,…`: accepted wherever Ignition takes a URL. */
export const toDataUrlBase64 = (text: string): string => "data:;base64," + toBase64Text(text);

// RFC 3986 unreserved characters plus the sub-delimiters Go's url escaping keeps; all else %XX.
const KEEP = /[A-Za-z0-9\-_.!~*'()]/;

/** `data:,…` with percent-escapes. */
export function toDataUrlEscaped(text: string): string {
  let out = "data:,";
  for (const b of utf8Encode(text)) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && KEEP.test(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** The length of `toDataUrlEscaped(text)`, counted without building it. */
export function escapedDataUrlLength(text: string): number {
  let n = "data:,".length;
  for (const b of utf8Encode(text)) n += b < 0x80 && KEEP_BYTE[b] ? 1 : 3;
  return n;
}

const KEEP_BYTE = Uint8Array.from({ length: 128 }, (_, b) => (KEEP.test(String.fromCharCode(b)) ? 1 : 0));

/** The shorter of the escaped and base64 data URLs (the escaped one on a tie). */
export function toDataUrlShortest(text: string): string {
  const escaped = toDataUrlEscaped(text);
  const b64 = toDataUrlBase64(text);
  return b64.length < escaped.length ? b64 : escaped;
}
