// commonEnds: the common head and tail of two texts, as a character-by-character scan finds
// them, on texts of every size around the block sizes it compares at once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { commonEnds } from "../../../lib/doc/text";

function byCharacters(a: string, b: string) {
  const max = Math.min(a.length, b.length);
  let from = 0;
  while (from < max && a[from] === b[from]) from++;
  let tail = 0;
  while (tail < max - from && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { from, oldTo: a.length - tail, newTo: b.length - tail };
}

let seed = 7;
const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);

test("agrees with a character scan on insertions, deletions and replacements anywhere", () => {
  for (const size of [0, 1, 2, 3, 100, 65535, 65536, 65537, 200_003]) {
    const base = Array.from({ length: size }, () => "ab\n -:xé"[random(8)]).join("");
    for (let k = 0; k < 12; k++) {
      const at = random(size + 1);
      const cut = random(Math.min(5, size - at) + 1);
      const inserted = ["", "x", "\n  ", "ab", "é"][random(5)];
      const next = base.slice(0, at) + inserted + base.slice(at + cut);
      assert.deepEqual(commonEnds(base, next), byCharacters(base, next), `size ${size}, at ${at}`);
      assert.deepEqual(commonEnds(next, base), byCharacters(next, base), `size ${size}, at ${at} (reversed)`);
    }
  }
});

test("equal texts, a prefix of the other, and repeated characters", () => {
  assert.deepEqual(commonEnds("abc", "abc"), { from: 3, oldTo: 3, newTo: 3 });
  assert.deepEqual(commonEnds("abc", "abcd"), { from: 3, oldTo: 3, newTo: 4 });
  assert.deepEqual(commonEnds("aaaa", "aaaaaa"), byCharacters("aaaa", "aaaaaa"));
  assert.deepEqual(commonEnds("", "x"), { from: 0, oldTo: 0, newTo: 1 });
});
