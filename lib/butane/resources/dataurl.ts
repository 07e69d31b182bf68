// Data URLs for file contents, as Butane's base/util MakeDataURL builds them: three encodings
// are tried and the shortest wins (URL-escaped, base64, gzip+base64).
//
// API
//   makeDataUrl(contents, currentCompression, allowCompression?) → { uri, compression }
//   makeTextDataUrl(text, …)   the same for a Go string held as text (inline contents)
//   escapedDataUrl(contents)   fcos 1.0.0's always-escaped form
//   DataUrlMemo   data URLs of inline texts kept from one run to the next (the designer)
import { base64Length, escapeAsciiDataUrl, escapeDataUrl, escapedLength, toBase64, utf8Counts, utf8Encode } from "../../go/bytes";
import { goStringBytes } from "../../go/gostring";
import { GZIP_BOUND_MAX_INPUT, gzipBest, gzipLengthLowerBound } from "../../gzip";

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

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Contents to encode, as bytes or as an ASCII text (each char its byte, the usual inline text):
 * a text is measured, escaped and bounded without being encoded, and encoded only if it must be;
 * the escaped length is counted only if the choice needs it.
 */
class Contents {
  private escapedCount = -1;
  private constructor(
    private raw: Uint8Array | undefined,
    /** The ASCII text, or undefined for contents given as bytes. */
    private readonly text: string | undefined,
    readonly byteLength: number,
  ) {}

  static ofBytes(b: Uint8Array): Contents {
    return new Contents(b, undefined, b.length);
  }

  static ofText(text: string): Contents {
    return NON_ASCII.test(text) ? Contents.ofBytes(goStringBytes(text)) : new Contents(undefined, text, text.length);
  }

  escapedLength(): number {
    if (this.escapedCount < 0) this.escapedCount = this.text !== undefined ? utf8Counts(this.text).escaped : escapedLength(this.raw!);
    return this.escapedCount;
  }

  bytes(): Uint8Array {
    return (this.raw ??= utf8Encode(this.text!));
  }

  escaped(): string {
    return this.text !== undefined ? escapeAsciiDataUrl(this.text) : escapeDataUrl(this.raw!);
  }

  gzipLowerBound(): number {
    return gzipLengthLowerBound(this.text ?? this.raw!);
  }
}

/**
 * Encode contents as a data URL. `currentCompression` is the resource's compression as
 * translated so far; a non-empty value means the user compressed the contents already, so
 * they are not gzipped again and the compression field is left alone.
 */
export function makeDataUrl(contents: Uint8Array, currentCompression: string | undefined, allowCompression = true): DataUrl {
  return encodeDataUrl(Contents.ofBytes(contents), currentCompression, allowCompression);
}

/** makeDataUrl(goStringBytes(text), …): an ASCII text (the usual inline text) is not encoded to bytes first. */
export function makeTextDataUrl(text: string, currentCompression: string | undefined, allowCompression = true): DataUrl {
  return encodeDataUrl(Contents.ofText(text), currentCompression, allowCompression);
}

function encodeDataUrl(contents: Contents, currentCompression: string | undefined, allowCompression: boolean): DataUrl {
  let compression = isNilOrEmpty(currentCompression) ? "" : undefined;
  const b64Len = ";base64,".length + base64Length(contents.byteLength);
  const mayGzip = isNilOrEmpty(currentCompression) && allowCompression;
  let gz: Uint8Array | undefined;
  // Large contents are always gzipped (no lower bound is known for them): when the stream beats
  // base64 and the shortest escaped form there could be (a character per byte), it wins without
  // the escaped form being counted.
  if (mayGzip && contents.byteLength > GZIP_BOUND_MAX_INPUT) {
    gz = gzipBest(contents.bytes());
    if (";base64,".length + base64Length(gz.length) + 4 < Math.min(1 + contents.byteLength, b64Len)) {
      return { uri: "data:;base64," + toBase64(gz), compression: "gzip" };
    }
  }
  // Lengths first; only the winning encoding is built.
  const escapedLen = 1 + contents.escapedLength();
  let opaqueLen = escapedLen;
  let winner: "escaped" | "base64" | "gzip" = "escaped";
  if (b64Len < opaqueLen) {
    opaqueLen = b64Len;
    winner = "base64";
  }
  // "gzip" also has to be written in the compression field. When even the shortest gzip stream
  // (of any input, then of this one) cannot win, compressing would not change the choice.
  if (
    mayGzip &&
    MIN_GZIP_OPAQUE + 4 < opaqueLen &&
    ";base64,".length + base64Length(contents.gzipLowerBound()) + 4 < opaqueLen
  ) {
    gz ??= gzipBest(contents.bytes());
    if (";base64,".length + base64Length(gz.length) + 4 < opaqueLen) {
      winner = "gzip";
      compression = "gzip";
    }
  }
  const uri =
    winner === "gzip"
      ? "data:;base64," + toBase64(gz!)
      : winner === "base64"
        ? "data:;base64," + toBase64(contents.bytes())
        : "data:," + contents.escaped();
  return { uri, compression };
}

export { escapeDataUrl };

/** Inline texts shorter than this are cheaper to encode again than to look up. */
const MEMO_MIN_LENGTH = 4096;

/**
 * Data URLs of large inline texts, kept by a caller that transpiles one document again and
 * again (the designer's worker, on every keystroke): a text that did not change since the
 * previous run is not encoded and gzipped again. It holds what the latest run used and what
 * the run before used, so it never grows beyond two documents' contents.
 */
export class DataUrlMemo {
  private current = new Map<string, MemoEntry[]>();
  private previous = new Map<string, MemoEntry[]>();

  /** Starts a run: what the run before the previous one used is let go. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** makeTextDataUrl(text, …) (or `encode`), reused when the same text came with the same settings. */
  inline(text: string, currentCompression: string | undefined, allowCompression: boolean, encode = makeTextDataUrl): DataUrl {
    if (text.length < MEMO_MIN_LENGTH) return encode(text, currentCompression, allowCompression);
    const settings = `${allowCompression ? 1 : 0}${currentCompression ?? "\u0000"}`;
    const same = (e: MemoEntry) => e.settings === settings;
    const url = (this.current.get(text) ?? this.previous.get(text))?.find(same)?.url ?? encode(text, currentCompression, allowCompression);
    const list = this.current.get(text) ?? [];
    if (!list.some(same)) list.push({ settings, url });
    this.current.set(text, list);
    return url;
  }
}

interface MemoEntry {
  settings: string;
  url: DataUrl;
}
