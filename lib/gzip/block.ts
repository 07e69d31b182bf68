// Writes one DEFLATE block of LZ77 tokens, choosing stored, fixed or dynamic Huffman coding by the
// same size estimates as Go's compress/flate (including its quirks, e.g. a dummy distance code
// counted when a block has no matches), so that every block choice, and so the output, matches.

import { BitSink } from "./bits";
import { canonicalCodes, HuffmanBuilder } from "./huffman";
import {
  CODE_LENGTH_ORDER,
  DIST_BASE,
  DIST_CODE_OF,
  DIST_EXTRA_BITS,
  FIXED_DIST_LENGTHS,
  FIXED_LITERAL_LENGTHS,
  LENGTH_BASE,
  LENGTH_CODE_OF,
  LENGTH_EXTRA_BITS,
} from "./tables";

/** [code, fewest, most] of the code-length repeat codes. */
const REPEAT_PREVIOUS: readonly (readonly [number, number, number])[] = [[16, 3, 6]];
const REPEAT_ZERO: readonly (readonly [number, number, number])[] = [
  [18, 11, 138],
  [17, 3, 10],
];

/** A token below MATCH_FLAG is a literal byte; otherwise bits 16..23 hold length-3, bits 0..15 distance-1. */
export const MATCH_FLAG = 0x40000000;

// Module-local aliases of the tables for the hot loops: some loaders (CommonJS interop in test
// runners) turn each use of an imported binding into a getter call.
const lengthCodeOf = LENGTH_CODE_OF;
const distCodeOf = DIST_CODE_OF;
const lengthBase = LENGTH_BASE;
const lengthExtraBits = LENGTH_EXTRA_BITS;
const distBase = DIST_BASE;
const distExtraBits = DIST_EXTRA_BITS;

const LITERAL_SYMBOLS = 286;
const DIST_SYMBOLS = 30;
const END_OF_BLOCK = 256;
const MAX_STORED = 65535;

const FIXED_LITERAL_CODES = new Uint16Array(288);
const FIXED_DIST_CODES = new Uint16Array(DIST_SYMBOLS);
canonicalCodes(FIXED_LITERAL_LENGTHS, 288, FIXED_LITERAL_CODES);
canonicalCodes(FIXED_DIST_LENGTHS, DIST_SYMBOLS, FIXED_DIST_CODES);

export class BlockWriter {
  private readonly huff = new HuffmanBuilder();
  private readonly litFreq = new Int32Array(LITERAL_SYMBOLS);
  private readonly distFreq = new Int32Array(DIST_SYMBOLS);
  private readonly litLen = new Uint8Array(LITERAL_SYMBOLS);
  private readonly distLen = new Uint8Array(DIST_SYMBOLS);
  private readonly litCode = new Uint16Array(LITERAL_SYMBOLS);
  private readonly distCode = new Uint16Array(DIST_SYMBOLS);
  // Run-length coded sequence of code lengths for the dynamic header (symbol, extra-bits value).
  private readonly clSym = new Uint8Array(LITERAL_SYMBOLS + DIST_SYMBOLS);
  private readonly clExtra = new Uint8Array(LITERAL_SYMBOLS + DIST_SYMBOLS);
  private clCount = 0;
  private readonly clSeq = new Uint8Array(LITERAL_SYMBOLS + DIST_SYMBOLS);
  private readonly clFreq = new Int32Array(19);
  private readonly clLen = new Uint8Array(19);
  private readonly clCode = new Uint16Array(19);
  /** The symbols the current block uses (distance code d as LITERAL_SYMBOLS + d), as first seen. */
  private readonly used = new Uint16Array(LITERAL_SYMBOLS + DIST_SYMBOLS);
  private usedCount = 0;
  private readonly sortedUsed = new Uint16Array(LITERAL_SYMBOLS + DIST_SYMBOLS);

  /** Where blocks go; set before each stream. */
  out: BitSink = new BitSink(0);

  /**
   * Emits a non-final block for tokens[0..count). `raw` is the input the tokens cover, or null when
   * the encoder no longer holds it (then a stored block is not an option).
   */
  writeBlock(tokens: Uint32Array, count: number, raw: Uint8Array | null): void {
    const litFreq = this.litFreq;
    const distFreq = this.distFreq;
    // Symbols are listed as they are first seen, so that small blocks (the common case: Butane
    // compresses every small file) cost in proportion to the symbols they use, not the alphabet.
    const used = this.used;
    for (let i = 0; i < this.usedCount; i++) {
      const u = used[i];
      if (u < LITERAL_SYMBOLS) litFreq[u] = 0;
      else distFreq[u - LITERAL_SYMBOLS] = 0;
    }
    let k = 0;
    for (let i = 0; i < count; i++) {
      const t = tokens[i];
      if (t < MATCH_FLAG) {
        if (litFreq[t]++ === 0) used[k++] = t;
      } else {
        const lc = 257 + lengthCodeOf[(t >>> 16) & 0xff];
        if (litFreq[lc]++ === 0) used[k++] = lc;
        const dc = distCodeOf[t & 0xffff];
        if (distFreq[dc]++ === 0) used[k++] = LITERAL_SYMBOLS + dc;
      }
    }
    if (litFreq[END_OF_BLOCK]++ === 0) used[k++] = END_OF_BLOCK;
    let numLit = END_OF_BLOCK + 1;
    let numDist = 0;
    for (let i = 0; i < k; i++) {
      const u = used[i];
      if (u >= LITERAL_SYMBOLS) numDist = Math.max(numDist, u - LITERAL_SYMBOLS + 1);
      else numLit = Math.max(numLit, u + 1);
    }
    if (numDist === 0) {
      // A dynamic header needs at least one distance code; Go counts it as used once in every estimate.
      distFreq[0] = 1;
      used[k++] = LITERAL_SYMBOLS;
      numDist = 1;
    }
    this.usedCount = k;
    let extraBits = 0;
    let fixedBits = 3;
    for (let i = 0; i < k; i++) {
      const u = used[i];
      if (u < LITERAL_SYMBOLS) {
        fixedBits += litFreq[u] * FIXED_LITERAL_LENGTHS[u];
        if (u >= 257 + 8) extraBits += litFreq[u] * lengthExtraBits[u - 257];
      } else {
        const d = u - LITERAL_SYMBOLS;
        fixedBits += distFreq[d] * FIXED_DIST_LENGTHS[d];
        if (d >= 4) extraBits += distFreq[d] * distExtraBits[d];
      }
    }
    fixedBits += extraBits;

    // Small blocks: when even a lower bound of the dynamic size cannot beat the fixed code, the
    // choice is already made and building the Huffman codes would be wasted work.
    if (this.dynamicLowerBound(numLit, k) + extraBits >= fixedBits) {
      if (raw !== null && raw.length <= MAX_STORED && (raw.length + 5) * 8 < fixedBits) {
        this.writeStored(raw, false);
        return;
      }
      const out = this.out;
      out.reserve((fixedBits >> 3) + 16);
      out.put(2, 3);
      this.writeTokens(tokens, count, FIXED_LITERAL_CODES, FIXED_LITERAL_LENGTHS, FIXED_DIST_CODES, FIXED_DIST_LENGTHS);
      return;
    }

    this.huff.lengths(litFreq, LITERAL_SYMBOLS, 15, this.litLen);
    this.huff.lengths(distFreq, DIST_SYMBOLS, 15, this.distLen);
    this.runLengthCodeLengths(numLit, numDist);
    const clFreq = this.clFreq;
    this.huff.lengths(clFreq, 19, 7, this.clLen);
    let numCl = 19;
    while (numCl > 4 && clFreq[CODE_LENGTH_ORDER[numCl - 1]] === 0) numCl--;
    const dynamicBits =
      3 + 5 + 5 + 4 + 3 * numCl +
      weighted(clFreq, this.clLen) + clFreq[16] * 2 + clFreq[17] * 3 + clFreq[18] * 7 +
      weighted(litFreq, this.litLen) + weighted(distFreq, this.distLen) + extraBits;

    const useDynamic = dynamicBits < fixedBits;
    const codedBits = useDynamic ? dynamicBits : fixedBits;
    if (raw !== null && raw.length <= MAX_STORED && (raw.length + 5) * 8 < codedBits) {
      this.writeStored(raw, false);
      return;
    }

    const out = this.out;
    out.reserve((codedBits >> 3) + 16);
    if (useDynamic) {
      canonicalCodes(this.litLen, LITERAL_SYMBOLS, this.litCode);
      canonicalCodes(this.distLen, DIST_SYMBOLS, this.distCode);
      this.writeDynamicHeader(numLit, numDist, numCl);
      this.writeTokens(tokens, count, this.litCode, this.litLen, this.distCode, this.distLen);
    } else {
      out.put(2, 3);
      this.writeTokens(tokens, count, FIXED_LITERAL_CODES, FIXED_LITERAL_LENGTHS, FIXED_DIST_CODES, FIXED_DIST_LENGTHS);
    }
  }

  /**
   * A lower bound of a dynamic block's size without its extra bits, from the k used symbols alone:
   * the header with at least 4 code-length codes; the coded symbols, at least their entropy (Kraft)
   * and at least one bit each; the run-length coded code lengths, where every maximal run of zero
   * or of non-zero lengths (a length is non-zero exactly when its symbol is used) costs at least
   * min(run, 4) bits: one bit per plainly sent length, or a repeat code of one bit plus 2, 3 or 7 extra.
   */
  private dynamicLowerBound(numLit: number, k: number): number {
    // Positions in the sequence of numLit literal/length lengths followed by the distance lengths.
    const sorted = this.sortedUsed;
    for (let i = 0; i < k; i++) {
      // Insertion sort: k is small for the small blocks this is for, and never above 316.
      const u = this.used[i];
      const v = u < LITERAL_SYMBOLS ? u : numLit + (u - LITERAL_SYMBOLS);
      let j = i;
      while (j > 0 && sorted[j - 1] > v) {
        sorted[j] = sorted[j - 1];
        j--;
      }
      sorted[j] = v;
    }
    let runs = 0;
    let expected = 0; // where the next run of zeros would start
    for (let i = 0; i < k; ) {
      const start = sorted[i];
      runs += Math.min(start - expected, 4); // the zeros before this run of used symbols
      let end = start + 1;
      while (++i < k && sorted[i] === end) end++;
      runs += Math.min(end - start, 4);
      expected = end;
    }
    // Every used position is below numLit + numDist and the last one is used, so nothing trails.
    let litTotal = 0;
    let distTotal = 0;
    for (let i = 0; i < k; i++) {
      const u = this.used[i];
      if (u < LITERAL_SYMBOLS) litTotal += this.litFreq[u];
      else distTotal += this.distFreq[u - LITERAL_SYMBOLS];
    }
    let litEntropy = 0;
    let distEntropy = 0;
    for (let i = 0; i < k; i++) {
      const u = this.used[i];
      if (u < LITERAL_SYMBOLS) litEntropy += this.litFreq[u] * Math.log2(litTotal / this.litFreq[u]);
      else distEntropy += this.distFreq[u - LITERAL_SYMBOLS] * Math.log2(distTotal / this.distFreq[u - LITERAL_SYMBOLS]);
    }
    return 3 + 5 + 5 + 4 + 3 * 4 + runs + symbolBitsLowerBound(litTotal, litEntropy) + symbolBitsLowerBound(distTotal, distEntropy);
  }

  /** A stored block: 3 header bits, padding to a byte, LEN, NLEN, then the bytes themselves. */
  writeStored(raw: Uint8Array, final: boolean): void {
    const out = this.out;
    out.reserve(8);
    out.put(final ? 1 : 0, 3);
    out.align();
    out.put(raw.length, 16);
    out.put(~raw.length & 0xffff, 16);
    out.putBytes(raw, 0, raw.length);
  }

  /**
   * Run-length codes the literal and distance code lengths as one sequence (RFC 1951 3.2.7), with
   * Go's run splitting: a non-zero length is sent once and then repeated in runs of up to 6 (code 16);
   * zeros go in runs of up to 138 (code 18), then one run of 3..10 (code 17); leftovers are sent plainly.
   */
  private runLengthCodeLengths(numLit: number, numDist: number): void {
    const clFreq = this.clFreq;
    clFreq.fill(0);
    const sym = this.clSym;
    const extra = this.clExtra;
    let n = 0;
    const total = numLit + numDist;
    // The two length tables as one sequence (no closure: this runs once per block).
    const seq = this.clSeq;
    seq.set(this.litLen.subarray(0, numLit), 0);
    seq.set(this.distLen.subarray(0, numDist), numLit);
    let i = 0;
    while (i < total) {
      const len = seq[i];
      let run = 1;
      while (i + run < total && seq[i + run] === len) run++;
      i += run;
      if (len !== 0) {
        sym[n++] = len;
        clFreq[len]++;
        run--;
      }
      // RFC 1951 3.2.7: 16 repeats the previous length 3-6 times, 18 and 17 repeat a zero 11-138
      // and 3-10 times.
      for (const [code, min, max] of len !== 0 ? REPEAT_PREVIOUS : REPEAT_ZERO) {
        while (run >= min) {
          const r = Math.min(run, max);
          sym[n] = code;
          extra[n++] = r - min;
          clFreq[code]++;
          run -= r;
        }
      }
      for (; run > 0; run--) {
        sym[n++] = len;
        clFreq[len]++;
      }
    }
    this.clCount = n;
  }

  private writeDynamicHeader(numLit: number, numDist: number, numCl: number): void {
    const out = this.out;
    const clLen = this.clLen;
    const clCode = this.clCode;
    canonicalCodes(clLen, 19, clCode);
    out.put(4, 3);
    out.put(numLit - 257, 5);
    out.put(numDist - 1, 5);
    out.put(numCl - 4, 4);
    for (let k = 0; k < numCl; k++) out.put(clLen[CODE_LENGTH_ORDER[k]], 3);
    const sym = this.clSym;
    const extra = this.clExtra;
    for (let k = 0; k < this.clCount; k++) {
      const s = sym[k];
      out.put(clCode[s], clLen[s]);
      if (s === 16) out.put(extra[k], 2);
      else if (s === 17) out.put(extra[k], 3);
      else if (s === 18) out.put(extra[k], 7);
    }
  }

  private writeTokens(
    tokens: Uint32Array,
    count: number,
    litCode: Uint16Array,
    litLen: Uint8Array,
    distCode: Uint16Array,
    distLen: Uint8Array,
  ): void {
    // Hot loop: the bit accumulator lives in locals (capacity was reserved by the caller).
    const out = this.out;
    const buf = out.buf;
    let pos = out.pos;
    let acc = out.acc;
    let nbits = out.nbits;
    for (let i = 0; i < count; i++) {
      const t = tokens[i];
      if (t < MATCH_FLAG) {
        acc |= litCode[t] << nbits;
        nbits += litLen[t];
      } else {
        const xlen = (t >>> 16) & 0xff;
        const lc = lengthCodeOf[xlen];
        const sym = 257 + lc;
        // Length code (<= 15 bits) plus its extra bits (<= 5).
        acc |= (litCode[sym] | ((xlen - lengthBase[lc]) << litLen[sym])) << nbits;
        nbits += litLen[sym] + lengthExtraBits[lc];
        while (nbits >= 8) {
          buf[pos++] = acc;
          acc >>>= 8;
          nbits -= 8;
        }
        const xdist = t & 0xffff;
        const dc = distCodeOf[xdist];
        acc |= distCode[dc] << nbits;
        nbits += distLen[dc];
        while (nbits >= 8) {
          buf[pos++] = acc;
          acc >>>= 8;
          nbits -= 8;
        }
        acc |= (xdist - distBase[dc]) << nbits;
        nbits += distExtraBits[dc];
      }
      while (nbits >= 8) {
        buf[pos++] = acc;
        acc >>>= 8;
        nbits -= 8;
      }
    }
    out.pos = pos;
    out.acc = acc;
    out.nbits = nbits;
    out.put(litCode[END_OF_BLOCK], litLen[END_OF_BLOCK]);
  }
}

/** Total bits of any prefix code for these symbols: at least the entropy, and one bit per symbol. */
function symbolBitsLowerBound(total: number, entropy: number): number {
  // A small margin keeps rounding errors from turning the bound into an overestimate.
  return Math.max(total, Math.floor(entropy * (1 - 1e-9) - 1e-6));
}

/** Sum of freq[i] * lengths[i] over the frequency table. */
function weighted(freq: Int32Array, lengths: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < freq.length; i++) total += freq[i] * lengths[i];
  return total;
}
