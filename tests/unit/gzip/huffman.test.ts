import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalCodes, HuffmanBuilder } from "../../../lib/gzip/huffman";

function lengthsFor(freqs: number[], maxBits: number): number[] {
  const out = new Uint8Array(freqs.length);
  new HuffmanBuilder().lengths(Int32Array.from(freqs), freqs.length, maxBits, out);
  return [...out];
}

const kraft = (lengths: number[]) => lengths.reduce((sum, l) => (l ? sum + 2 ** -l : sum), 0);

test("one or two used symbols get one-bit codes", () => {
  assert.deepEqual(lengthsFor([0, 5, 0], 15), [0, 1, 0]);
  assert.deepEqual(lengthsFor([3, 0, 9], 15), [1, 0, 1]);
});

test("equal frequencies: the shorter codes go to the higher symbols, as in Go", () => {
  assert.deepEqual(lengthsFor([1, 1, 1], 15), [2, 2, 1]);
  assert.deepEqual(lengthsFor([4, 4, 4, 4, 4], 15), [3, 3, 2, 2, 2]);
});

test("codes are complete and respect the length limit when it binds", () => {
  const fib = [1, 1];
  while (fib.length < 30) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
  for (const limit of [7, 15]) {
    const lengths = lengthsFor(fib, limit);
    assert.equal(Math.max(...lengths), limit);
    assert.equal(kraft(lengths), 1);
  }
  // Unconstrained, a Fibonacci distribution gives a maximally deep tree.
  assert.equal(Math.max(...lengthsFor(fib.slice(0, 12), 15)), 11);
});

test("optimal code for a textbook distribution", () => {
  const freqs = [45, 13, 12, 16, 9, 5];
  const lengths = lengthsFor(freqs, 15);
  assert.equal(freqs.reduce((s, f, i) => s + f * lengths[i], 0), 224);
  assert.equal(kraft(lengths), 1);
});

test("canonical codes are prefix-free and bit-reversed", () => {
  // RFC 1951 3.2.2 example: lengths (3,3,3,3,3,2,4,4) give codes 010,011,100,101,110,00,1110,1111.
  const lengths = Uint8Array.of(3, 3, 3, 3, 3, 2, 4, 4);
  const codes = new Uint16Array(8);
  canonicalCodes(lengths, 8, codes);
  const msbFirst = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111];
  const reverse = (v: number, n: number) => parseInt(v.toString(2).padStart(n, "0").split("").reverse().join(""), 2);
  assert.deepEqual([...codes], msbFirst.map((c, i) => reverse(c, lengths[i])));
});
