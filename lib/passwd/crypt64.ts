// The crypt(3) base-64 alphabet ("./0-9A-Za-z") and the little-endian encodings yescrypt uses
// for its salt, hash and parameters.

export const ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** The value of one crypt64 character, or -1. */
export function atoi64(ch: string): number {
  return ITOA64.indexOf(ch);
}

/** Bytes → crypt64, 3 bytes at a time, least significant 6 bits first (yescrypt's encode64). */
export function encode64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    let value = 0;
    let bits = 0;
    do {
      value |= bytes[i++] << bits;
      bits += 8;
    } while (bits < 24 && i < bytes.length);
    for (let b = 0; b < bits; b += 6) {
      out += ITOA64[value & 0x3f];
      value >>>= 6;
    }
  }
  return out;
}

/** crypt64 → bytes (yescrypt's decode64); undefined when the text is not a valid encoding. */
export function decode64(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    let value = 0;
    let bits = 0;
    for (; i < text.length && bits < 24; i++) {
      const c = atoi64(text[i]);
      if (c < 0) return undefined;
      value |= c << bits;
      bits += 6;
    }
    if (bits < 12) return undefined; // a group must hold at least one full byte
    for (;;) {
      out.push(value & 0xff);
      value >>>= 8;
      bits -= 8;
      if (bits < 8) {
        if (value) return undefined; // left-over bits must be zero
        break;
      }
    }
  }
  return new Uint8Array(out);
}

/** yescrypt's variable-length number encoding (encode64_uint32): small values take one char. */
export function encodeUint(value: number, min: number): string {
  let src = value - min;
  if (src < 0) throw new RangeError("value below minimum");
  let start = 0;
  let end = 47;
  let chars = 1;
  let bits = 0;
  for (;;) {
    const count = (end + 1 - start) * 2 ** bits;
    if (src < count) break;
    if (start >= 63) throw new RangeError("value too large");
    start = end + 1;
    end = start + Math.floor((62 - end) / 2);
    src -= count;
    chars++;
    bits += 6;
  }
  let out = ITOA64[start + Math.floor(src / 2 ** bits)];
  while (--chars) {
    bits -= 6;
    out += ITOA64[Math.floor(src / 2 ** bits) & 0x3f];
  }
  return out;
}

/** Reads one encodeUint number at `pos`: [value, next position], or undefined. */
export function decodeUint(text: string, pos: number, min: number): [number, number] | undefined {
  let c = atoi64(text[pos++] ?? "");
  if (c < 0) return undefined;
  let start = 0;
  let end = 47;
  let chars = 1;
  let bits = 0;
  let value = min;
  while (c > end) {
    value += (end + 1 - start) * 2 ** bits;
    start = end + 1;
    end = start + Math.floor((62 - end) / 2);
    chars++;
    bits += 6;
  }
  value += (c - start) * 2 ** bits;
  while (--chars) {
    c = atoi64(text[pos++] ?? "");
    if (c < 0) return undefined;
    bits -= 6;
    value += c * 2 ** bits;
  }
  return [value, pos];
}
