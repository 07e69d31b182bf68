// gzip at Go's compress/gzip BestCompression, byte for byte: Butane compares the length of the
// gzip+base64 data URL against the other encodings, so the exact bytes decide which one it emits.

import { BitSink } from "./bits";
import { crc32 } from "../go/crc32";
import { deflateBest } from "./deflate";
export { releaseDeflateTables } from "./deflate";

// ID1 ID2, CM=deflate, no flags, MTIME=0, XFL=2 (best compression), OS=255 (unknown).
const HEADER = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff];

/** gzip-compresses `data` exactly as Go's gzip.NewWriterLevel(w, gzip.BestCompression) with one Write. */
/** One sink for every call (the result is copied out): most inputs are small files. */
const sink = new BitSink(1 << 12);

export function gzipBest(data: Uint8Array): Uint8Array {
  const out = sink;
  out.reset();
  out.reserve(HEADER.length);
  for (const b of HEADER) out.put(b, 8);
  deflateBest(data, out);
  // Go closes the stream with an empty final stored block.
  out.reserve(8);
  out.put(1, 3);
  out.align();
  out.put(0, 16);
  out.put(0xffff, 16);
  const crc = crc32(data);
  const size = data.length >>> 0;
  out.reserve(8);
  out.put(crc & 0xffff, 16);
  out.put(crc >>> 16, 16);
  out.put(size & 0xffff, 16);
  out.put(size >>> 16, 16);
  const bytes = out.bytes().slice();
  if (out.buf.length > 1 << 20) out.buf = new Uint8Array(1 << 12); // let a large file's buffer go
  return bytes;
}

/** Inputs up to this size fit one deflate block (Go starts a new one only after far more tokens). */
const BOUND_MAX_INPUT = 4096;

/**
 * A length gzipBest(data) never goes below, computed without compressing (0 when unknown): lets
 * Butane's encoding choice skip compressing small contents that could not win anyway.
 *
 * For one data block of n bytes with L distinct byte values (each value's first occurrence has
 * to be a literal: a match only copies earlier bytes), the block takes at least
 *   stored  3 + 32 + 8n bits (header, LEN/NLEN, the bytes; alignment not counted)
 *   fixed   3 + 8L + 7 bits (every literal code is 8 or 9 bits, end-of-block 7)
 *   dynamic 3 + 14 + 12 + m·log2(m) bits with m = L + 1 symbols (end-of-block included) each
 *           used at least once: the counts and 4 code-length codes, then Kraft's inequality
 *           (a prefix code for m symbols averages at least log2(m) bits); the code lengths
 *           themselves are not counted.
 * Around it: 10 header bytes, the final empty stored block (3 bits, alignment, 4 bytes) and the
 * 8-byte trailer.
 */
export function gzipLengthLowerBound(data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 23;
  if (n > BOUND_MAX_INPUT) return 0;
  const seen = distinctSeen;
  seen.fill(0);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (seen[data[i]] === 0) {
      seen[data[i]] = 1;
      distinct++;
    }
  }
  const m = distinct + 1;
  const stored = 35 + 8 * n;
  const fixed = 10 + 8 * distinct;
  const dynamic = 29 + Math.floor(m * Math.log2(m));
  const blockBits = Math.min(stored, fixed, dynamic);
  return 10 + Math.ceil((blockBits + 3) / 8) + 4 + 8;
}

const distinctSeen = new Uint8Array(256);
