// Length-limited Huffman code construction.
//
// Byte identity with Go's compress/flate needs more than "an optimal code": when several optimal
// length assignments exist, we must pick the one Go picks. Go walks the levels of a boundary
// package-merge (one "lookahead chain" per code length, lazily refilled from the level below),
// and hands the shortest codes to the most frequent symbols, ties going to the higher symbol.
// The routine below follows that same construction.

const NONE = 0x7fffffff; // frequency of an exhausted source; larger than any real sum
const MAX_LIMIT = 16;

export class HuffmanBuilder {
  // Scratch space, reused between calls.
  private order = new Float64Array(287);
  private sortedFreq = new Float64Array(288);
  private sortedSym = new Uint16Array(288);
  private lastFreq = new Float64Array(MAX_LIMIT + 1);
  private nextLeaf = new Float64Array(MAX_LIMIT + 1);
  private nextPair = new Float64Array(MAX_LIMIT + 1);
  private pending = new Int32Array(MAX_LIMIT + 1);
  // leaves[level * STRIDE + j]: leaves to the left of the level-j ancestor of the last node made at `level`.
  private leaves = new Int32Array((MAX_LIMIT + 1) * (MAX_LIMIT + 1));
  private perLength = new Int32Array(MAX_LIMIT + 1);

  /**
   * Fills lengths[0..size) with code lengths (0 for unused symbols) for the frequencies freq[0..size),
   * no length above maxBits (< 16).
   */
  lengths(freq: Int32Array, size: number, maxBits: number, lengths: Uint8Array): void {
    let used = 0;
    const order = this.order;
    for (let s = 0; s < size; s++) {
      lengths[s] = 0;
      // Frequencies stay far below 2^40, so freq * 1024 + symbol sorts by (frequency, symbol) exactly.
      if (freq[s] !== 0) order[used++] = freq[s] * 1024 + s;
    }
    if (used <= 2) {
      // One or two symbols: every used symbol gets a one-bit code.
      for (let k = 0; k < used; k++) lengths[order[k] % 1024] = 1;
      return;
    }
    const sorted = order.subarray(0, used);
    if (used <= 48) {
      // Keys are distinct, so any correct sort gives the same order; insertion sort wins when short.
      for (let a = 1; a < used; a++) {
        const key = sorted[a];
        let b = a - 1;
        while (b >= 0 && sorted[b] > key) {
          sorted[b + 1] = sorted[b];
          b--;
        }
        sorted[b + 1] = key;
      }
    } else sorted.sort();
    const f = this.sortedFreq;
    const sym = this.sortedSym;
    for (let k = 0; k < used; k++) {
      sym[k] = sorted[k] % 1024;
      f[k] = (sorted[k] - sym[k]) / 1024;
    }
    f[used] = NONE;
    f[used + 1] = NONE;

    const top = Math.min(maxBits, used - 1);
    this.countPerLength(used, top);

    // The `perLength[1]` most frequent symbols get 1 bit, the next `perLength[2]` get 2 bits, ...
    let k = used;
    for (let bits = 1; bits <= top; bits++) {
      for (let c = this.perLength[bits]; c > 0; c--) lengths[sym[--k]] = bits;
    }
  }

  /** Computes perLength[1..top]: how many of the `n` sorted symbols get each code length. */
  private countPerLength(n: number, top: number): void {
    const f = this.sortedFreq;
    const last = this.lastFreq;
    const leaf = this.nextLeaf;
    const pair = this.nextPair;
    const pending = this.pending;
    const leaves = this.leaves;
    const W = MAX_LIMIT + 1;
    leaves.fill(0);
    pending.fill(0);
    pair[top + 1] = NONE;

    // Every level starts out as if it had already taken the two rarest symbols.
    for (let lv = 1; lv <= top; lv++) {
      last[lv] = f[1];
      leaf[lv] = f[2];
      pair[lv] = lv === 1 ? NONE : f[0] + f[1];
      leaves[lv * W + lv] = 2;
    }
    // The top level needs 2n - 2 nodes in total; two are already accounted for.
    pending[top] = 2 * n - 4;

    let lv = top;
    for (;;) {
      if (leaf[lv] === NONE && pair[lv] === NONE) {
        // This level has nothing left to offer; never come back down to it.
        pending[lv] = 0;
        pair[lv + 1] = NONE;
        lv++;
        continue;
      }
      const before = last[lv];
      if (leaf[lv] < pair[lv]) {
        const taken = leaves[lv * W + lv] + 1;
        leaves[lv * W + lv] = taken;
        last[lv] = leaf[lv];
        leaf[lv] = f[taken];
      } else {
        // Take the package of the two last nodes of the level below and ask that level for two more.
        last[lv] = pair[lv];
        leaves.copyWithin(lv * W, (lv - 1) * W, (lv - 1) * W + lv);
        pending[lv - 1] = 2;
      }
      if (--pending[lv] === 0) {
        if (lv === top) break;
        pair[lv + 1] = before + last[lv];
        lv++;
      } else {
        while (pending[lv - 1] > 0) lv--;
      }
    }

    if (leaves[top * W + top] !== n) throw new Error("gzip: Huffman construction lost symbols");
    const counts = this.perLength;
    for (let level = top, bits = 1; level > 0; level--, bits++) {
      counts[bits] = leaves[top * W + level] - leaves[top * W + level - 1];
    }
  }
}

const REVERSED_BYTE = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let r = 0;
  for (let b = 0; b < 8; b++) r |= ((i >> b) & 1) << (7 - b);
  REVERSED_BYTE[i] = r;
}
const lengthCount = new Uint16Array(16);
const nextCode = new Uint16Array(16);

/** Canonical codes for the given lengths, bit-reversed so they can be emitted LSB first. */
export function canonicalCodes(lengths: Uint8Array, size: number, codes: Uint16Array): void {
  const count = lengthCount;
  count.fill(0);
  for (let s = 0; s < size; s++) count[lengths[s]]++;
  count[0] = 0;
  const next = nextCode;
  let code = 0;
  for (let bits = 1; bits < 16; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  for (let s = 0; s < size; s++) {
    const len = lengths[s];
    if (len === 0) continue;
    const c = next[len]++;
    codes[s] = ((REVERSED_BYTE[c & 0xff] << 8) | REVERSED_BYTE[c >>> 8]) >>> (16 - len);
  }
}
