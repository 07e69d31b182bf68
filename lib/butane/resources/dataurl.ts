// Data URLs for file contents, as Butane's base/util MakeDataURL builds them: three encodings
// are tried and the shortest wins (URL-escaped, base64, gzip+base64).
import { toBase64, utf8Encode } from "../../share/bytes";
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

/** The URL-escaped form of bytes (vincent-petithory/dataurl Escape). */
export function escapeDataUrl(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += isUnreserved(b) ? String.fromCharCode(b) : "%" + HEX[b >> 4] + HEX[b & 15];
  return out;
}

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
  let opaque = "," + escapeDataUrl(contents);
  const b64 = ";base64," + toBase64(contents);
  if (b64.length < opaque.length) opaque = b64;
  if (isNilOrEmpty(currentCompression) && allowCompression) {
    const gz = ";base64," + toBase64(gzipBest(contents));
    // "gzip" also has to be written in the compression field
    if (gz.length + 4 < opaque.length) {
      opaque = gz;
      compression = "gzip";
    }
  }
  return { uri: "data:" + opaque, compression };
}
