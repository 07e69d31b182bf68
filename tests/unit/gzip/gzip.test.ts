import { test } from "node:test";
import assert from "node:assert/strict";
import { gunzipSync } from "fflate";
import { gzipBest } from "../../../lib/gzip/index";
import { crc32 } from "../../../lib/go/crc32";
import { makeInput } from "./inputs";

const text = (s: string) => new TextEncoder().encode(s);

function roundTrip(data: Uint8Array, label: string): Uint8Array {
  const gz = gzipBest(data);
  const back = gunzipSync(gz);
  assert.equal(back.length, data.length, label);
  assert.ok(Buffer.from(back).equals(Buffer.from(data)), label);
  return gz;
}

test("round-trips through fflate's gunzip", () => {
  const cases: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["one byte", text("x")],
    ["two bytes", text("xy")],
    ["every byte value", Uint8Array.from({ length: 256 }, (_, i) => i)],
    ["text", text("Hello, Butane! ".repeat(40))],
    ["random", makeInput("random", 5000, 42)],
    ["long run", new Uint8Array(200_000).fill(7)],
    ["runs", makeInput("runs", 150_000, 3)],
    ["64 KiB - 1", makeInput("text", 65535, 1)],
    ["64 KiB", makeInput("lines", 65536, 2)],
    ["64 KiB + 1", makeInput("alphabet4", 65537, 3)],
    ["> 64 KiB random", makeInput("random", 100_000, 4)],
    ["> 1 MB mixed", makeInput("mixed", 1_300_000, 5)],
  ];
  for (const [label, data] of cases) roundTrip(data, label);
  for (let seed = 1; seed <= 40; seed++) {
    const size = (seed * 7919) % 3000;
    roundTrip(makeInput(seed % 2 ? "lines" : "mixed", size, seed), `seed ${seed}`);
  }
});

test("results do not depend on earlier calls (tables are reused between calls)", () => {
  const small = text("ExecStart=/usr/bin/echo hello\n".repeat(20));
  const first = gzipBest(small);
  gzipBest(makeInput("mixed", 300_000, 8));
  gzipBest(makeInput("runs", 5_000, 9));
  assert.deepEqual(gzipBest(small), first);
  const big = makeInput("lines", 120_000, 10);
  const bigFirst = gzipBest(big);
  gzipBest(small);
  assert.deepEqual(gzipBest(big), bigFirst);
});

test("a view into a larger buffer compresses like a copy of its bytes", () => {
  const whole = makeInput("lines", 50_000, 11);
  const view = whole.subarray(1234, 40_000);
  assert.deepEqual(gzipBest(view), gzipBest(view.slice()));
  assert.deepEqual(gunzipSync(gzipBest(view)), view.slice());
});

test("header is Go's: no name, mtime 0, XFL 2, OS 255", () => {
  const gz = gzipBest(text("abc"));
  assert.deepEqual([...gz.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
});

test("stream ends with an empty final stored block, CRC-32 and size", () => {
  const data = text("the quick brown fox jumps over the lazy dog\n".repeat(5));
  const gz = gzipBest(data);
  const view = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  assert.equal(view.getUint32(gz.length - 8, true), crc32(data));
  assert.equal(view.getUint32(gz.length - 4, true), data.length);
  assert.deepEqual([...gz.subarray(gz.length - 12, gz.length - 8)], [0, 0, 0xff, 0xff]);
  // The empty input is just that closing block: BFINAL=1, BTYPE=00, LEN=0, NLEN=0xffff.
  assert.deepEqual([...gzipBest(new Uint8Array(0))].slice(10, 15), [1, 0, 0, 0xff, 0xff]);
});

test("crc32 matches the standard check value", () => {
  assert.equal(crc32(text("123456789")), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
  // Long enough to use the 8-bytes-at-a-time path plus a tail.
  assert.equal(crc32(text("123456789".repeat(3))), crc32Slow(text("123456789".repeat(3))));
});

test("incompressible data is stored, not expanded by Huffman coding", () => {
  const data = makeInput("random", 60_000, 9);
  const gz = gzipBest(data);
  // Stored blocks cost 5 bytes each; header, trailer and the closing block 23.
  assert.ok(gz.length <= data.length + 23 + 5 * 4, `got ${gz.length}`);
});

test("repetitive data compresses with long matches", () => {
  assert.ok(gzipBest(new Uint8Array(1_000_000)).length < 1200);
});

test("1 MB of text compresses in reasonable time", () => {
  const data = makeInput("text", 1 << 20, 77);
  gzipBest(data.subarray(0, 100_000)); // warm up
  const start = performance.now();
  gzipBest(data);
  const ms = performance.now() - start;
  // Generous: guards against pathological slowdowns, not machine load (bench/gzip.ts measures speed).
  assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
});

function crc32Slow(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
