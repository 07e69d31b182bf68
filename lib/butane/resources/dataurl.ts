// Data URLs for file contents, as Butane's base/util MakeDataURL builds them: three encodings
// are tried and the shortest wins (URL-escaped, base64, gzip+base64).
//
// API
//   makeDataUrl(contents, currentCompression, allowCompression?) → { uri, compression }
//   escapedDataUrl(contents)   fcos 1.0.0's always-escaped form
import { base64Length, escapeDataUrl, escapedLength, toBase64, utf8Encode } from "../../go/bytes";
import { gzipBest } from "../../gzip";

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

export { escapeDataUrl };
