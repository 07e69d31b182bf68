// Go strings are bytes; the engine's strings are UTF-16. A Go string that is not valid UTF-8
// (from `!!binary` YAML, or a local file read as text) keeps its bytes here: every byte that
// does not start a valid UTF-8 sequence (by Go's utf8.DecodeRune) becomes the lone surrogate
// U+DC00 + byte. No decoded YAML text holds lone surrogates (the scanner refuses them), so the
// mapping can be undone exactly: goStringBytes gives the bytes back for data URLs, and the JSON
// encoder writes each such unit as \ufffd, which is what Go writes for each invalid byte.

const ESCAPE_BASE = 0xdc00;
const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextEncoder();

/** Go's string(bytes), in the engine's representation. */
export function goStringFromBytes(bytes: Uint8Array): string {
  try {
    return fatalUtf8.decode(bytes); // the common case: valid UTF-8
  } catch {
    return decodeKeepingInvalidBytes(bytes);
  }
}

function decodeKeepingInvalidBytes(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; ) {
    const [cp, size] = decodeRune(b, i);
    out += cp < 0 ? String.fromCharCode(ESCAPE_BASE + b[i]) : String.fromCodePoint(cp);
    i += size;
  }
  return out;
}

/**
 * utf8.DecodeRune on b[i..end): the code point and its length, or -1 and 1 for a byte that starts
 * no valid sequence (where Go returns RuneError).
 */
export function decodeRune(b: Uint8Array, i: number, end = b.length): [number, number] {
  const c0 = b[i];
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number) => i + k < end && (b[i + k] & 0xc0) === 0x80;
  if (c0 >= 0xc2 && c0 < 0xe0 && cont(1)) return [((c0 & 0x1f) << 6) | (b[i + 1] & 0x3f), 2];
  if (c0 >= 0xe0 && c0 < 0xf0 && cont(1) && cont(2)) {
    const cp = ((c0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) return [cp, 3];
  }
  if (c0 >= 0xf0 && c0 < 0xf5 && cont(1) && cont(2) && cont(3)) {
    const cp = ((c0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
    if (cp >= 0x10000 && cp <= 0x10ffff) return [cp, 4];
  }
  return [-1, 1];
}

const hasLoneSurrogateCandidate = /[\ud800-\udfff]/;

/** []byte(s): the bytes of a Go string held in the engine's representation. */
export function goStringBytes(s: string): Uint8Array {
  if (!hasLoneSurrogateCandidate.test(s)) return utf8.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        i++;
        continue;
      }
    }
    if (c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xff) out.push(c - ESCAPE_BASE); // a kept byte
    else if (c >= 0xd800 && c <= 0xdfff) out.push(0xef, 0xbf, 0xbd); // any other lone surrogate: U+FFFD
    else for (const byte of utf8.encode(String.fromCharCode(c))) out.push(byte);
  }
  return Uint8Array.from(out);
}
