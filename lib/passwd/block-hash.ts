// The Merkle–Damgård part SHA-256 and SHA-512 share: buffering input into blocks, and the final
// padding (0x80, zeros, the message length in bits, big-endian, at the end of the last block).
export abstract class BlockHash {
  private buf: Uint8Array;
  private used = 0;
  private length = 0;

  constructor(
    private readonly blockSize: number,
    private readonly lengthField: number,
  ) {
    this.buf = new Uint8Array(blockSize);
  }

  protected abstract block(p: Uint8Array, offset: number): void;

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
