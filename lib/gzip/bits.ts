// Growable little-endian bit sink: DEFLATE packs values starting from the least significant bit.

export class BitSink {
  buf: Uint8Array;
  pos = 0;
  /** Pending bits not yet stored in buf (fewer than 8 between calls), and how many there are. */
  acc = 0;
  nbits = 0;

  constructor(initialBytes: number) {
    this.buf = new Uint8Array(Math.max(64, initialBytes));
  }

  /** Empties the sink, keeping its buffer. */
  reset(): void {
    this.pos = 0;
    this.acc = 0;
    this.nbits = 0;
  }

  /** Makes sure `bytes` more bytes can be written without further checks. */
  reserve(bytes: number): void {
    const need = this.pos + bytes + 8;
    if (need <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  /** Appends the low `n` bits of `value` (n <= 24); capacity must have been reserved. */
  put(value: number, n: number): void {
    let acc = this.acc | (value << this.nbits);
    let count = this.nbits + n;
    const buf = this.buf;
    let pos = this.pos;
    while (count >= 8) {
      buf[pos++] = acc;
      acc >>>= 8;
      count -= 8;
    }
    this.acc = acc;
    this.nbits = count;
    this.pos = pos;
  }

  /** Pads with zero bits up to the next byte boundary. */
  align(): void {
    if (this.nbits > 0) {
      this.reserve(1);
      this.buf[this.pos++] = this.acc;
      this.acc = 0;
      this.nbits = 0;
    }
  }

  /** Copies raw bytes; the sink must be byte aligned. */
  putBytes(src: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    this.buf.set(src.subarray(start, end), this.pos);
    this.pos += end - start;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
