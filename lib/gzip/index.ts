// gzip at Go's compress/gzip BestCompression, byte for byte: Butane compares the length of the
// gzip+base64 data URL against the other encodings, so the exact bytes decide which one it emits.

import { BitSink } from "./bits";
import { crc32 } from "../go/crc32";
import { deflateBest } from "./deflate";

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
