// The Merkle–Damgård part SHA-256 and SHA-512 share: buffering input into blocks, and the final
// padding (0x80, zeros, the message length in bits, big-endian, at the end of the last block),
// the state words and the message schedule, and reading the digest out.
export abstract class BlockHash {
  private buf: Uint8Array;
  private used = 0;
  private length = 0;
  /** The chaining state, as 32-bit words (SHA-512's 64-bit words as high, low pairs). */
  protected readonly h: Int32Array;
  /** The message schedule. */
  protected readonly w: Int32Array;

  constructor(
    private readonly blockSize: number,
    private readonly lengthField: number,
    iv: ArrayLike<number>,
    scheduleWords: number,
  ) {
    this.buf = new Uint8Array(blockSize);
    this.h = new Int32Array(iv);
    this.w = new Int32Array(scheduleWords);
  }

  /** Mixes one block into the state `h`; the block's words are already at the start of `w`. */
  protected abstract compress(w: Int32Array, h: Int32Array): void;

  /** The block at `o` as big-endian 32-bit words into the schedule's start, then compressed. */
  private block(p: Uint8Array, o: number): void {
    const w = this.w;
    for (let t = 0, n = this.blockSize / 4; t < n; t++, o += 4) w[t] = (p[o] << 24) | (p[o + 1] << 16) | (p[o + 2] << 8) | p[o + 3];
    this.compress(w, this.h);
  }

  digest(): Uint8Array {
    this.finish();
    return wordsBigEndian(this.h);
  }

  update(data: Uint8Array): this {
    const size = this.blockSize;
    let i = 0;
    this.length += data.length;
    if (this.used) {
      const take = Math.min(size - this.used, data.length);
      this.buf.set(data.subarray(0, take), this.used);
      this.used += take;
      i = take;
      if (this.used < size) return this;
      this.block(this.buf, 0);
      this.used = 0;
    }
    for (; i + size <= data.length; i += size) this.block(data, i);
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0);
      this.used = data.length - i;
    }
    return this;
  }

  /** Pads and processes the last block(s); the subclass then reads out its state. */
  protected finish(): void {
    const size = this.blockSize;
    const bits = this.length * 8;
    const pad = new Uint8Array((this.used < size - this.lengthField ? size : 2 * size) - this.used);
    pad[0] = 0x80;
    const n = pad.length;
    const hi = Math.floor(bits / 0x100000000);
    for (let j = 0; j < 4; j++) {
      pad[n - 1 - j] = bits >>> (8 * j);
      pad[n - 5 - j] = hi >>> (8 * j);
    }
    this.update(pad);
  }
}

/** Big-endian bytes of 32-bit words. */
export function wordsBigEndian(words: Int32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  for (let j = 0; j < words.length; j++) {
    const v = words[j];
    out[j * 4] = v >>> 24;
    out[j * 4 + 1] = v >>> 16;
    out[j * 4 + 2] = v >>> 8;
    out[j * 4 + 3] = v;
  }
  return out;
}

/**
 * SHA-2's constants as FIPS 180-4 defines them (4.2.2, 4.2.3, 5.3): the first `bits` bits of the
 * fractional part of the square (`root` 2) or cube (`root` 3) root of each of the first `count`
 * primes, as 32-bit words (a 64-bit value as its high word, then its low word).
 */
export function rootConstants(count: number, root: 2 | 3, bits: 32 | 64): Int32Array {
  const out = new Int32Array((count * bits) / 32);
  const shift = BigInt(bits * root);
  const mask = (1n << BigInt(bits)) - 1n;
  let i = 0;
  for (const p of firstPrimes(count)) {
    // floor(p^(1/root) · 2^bits) is the integer root of p · 2^(bits·root); its low bits are the fraction
    const v = integerRoot(BigInt(p) << shift, BigInt(root)) & mask;
    if (bits === 64) out[i++] = Number(v >> 32n) | 0;
    out[i++] = Number(v & 0xffffffffn) | 0;
  }
  return out;
}

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
}

/** floor(x^(1/k)) by Newton's method, from an estimate above the root. */
function integerRoot(x: bigint, k: bigint): bigint {
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}
