// The forms an Ignition config takes on its way to a machine.
import { gzipSync } from "fflate";
import { escapeDataUrl, escapedLength, toBase64, utf8Counts, utf8Encode } from "../go/bytes";

export const byteLength = (text: string): number => utf8Encode(text).length;

/** Plain base64 of the config's UTF-8 bytes (VMware guestinfo, many APIs). */
export const toBase64Text = (text: string): string => toBase64(utf8Encode(text));

/** gzip, then base64: VMware's `gzip+base64` encoding. */
export const toGzipBase64 = (text: string): string => toBase64(gzipSync(utf8Encode(text), { level: 9, mtime: 0 }));

/** `data:;base64,…`: accepted wherever Ignition takes a URL. */
export const toDataUrlBase64 = (text: string): string => "data:;base64," + toBase64Text(text);

/** `data:,…` with percent-escapes (Butane's escaping). */
export const toDataUrlEscaped = (text: string): string => "data:," + escapeDataUrl(utf8Encode(text));

/** The length of `toDataUrlEscaped(text)`, counted without building it. */
export const escapedDataUrlLength = (text: string): number => "data:,".length + escapedLength(utf8Encode(text));

/** byteLength and escapedDataUrlLength of a text in one pass, without encoding it. */
export function textSizes(text: string): { bytes: number; escapedDataUrl: number } {
  const { bytes, escaped } = utf8Counts(text);
  return { bytes, escapedDataUrl: "data:,".length + escaped };
}

/** The shorter of the escaped and base64 data URLs (the escaped one on a tie). */
export function toDataUrlShortest(text: string): string {
  const escaped = toDataUrlEscaped(text);
  const b64 = toDataUrlBase64(text);
  return b64.length < escaped.length ? b64 : escaped;
}
