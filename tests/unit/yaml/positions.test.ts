import assert from "node:assert/strict";
import { test } from "node:test";
import { formatEntry } from "../../../lib/go/report";
import type { Path } from "../../../lib/go/path";
import { decodeDocument } from "../../../lib/yaml";
import { root } from "./types";

function decoded(text: string) {
  const d = decodeDocument(text, root);
  if (!d.ok) assert.fail(d.fatal);
  return d;
}
const at = (text: string, path: Path) => decoded(text).tree.locate(path);
const unused = (text: string) => decoded(text).unused.map(formatEntry).sort();

test("locate: a mapping value's position, and the deepest node a path reaches", () => {
  const text = "count: 5\nsub:\n  name: x\n  tags:\n    - a\n    - b\n";
  assert.deepEqual(at(text, []), { line: 1, column: 1 });
  assert.deepEqual(at(text, ["count"]), { line: 1, column: 8 });
  assert.deepEqual(at(text, ["sub"]), { line: 3, column: 3 });
  assert.deepEqual(at(text, ["sub", "tags", 1]), { line: 6, column: 7 });
  // beyond the tree: the deepest node on the way
  assert.deepEqual(at(text, ["sub", "tags", 7]), { line: 5, column: 5 });
  assert.deepEqual(at(text, ["sub", "name", "deeper"]), { line: 3, column: 9 });
  assert.deepEqual(at(text, ["missing", "x"]), { line: 1, column: 1 });
  assert.deepEqual(at(text, ["sub", 0]), { line: 3, column: 3 });
});

test("locate: columns count characters, so an emoji is one column", () => {
  const text = 'sub: {name: "→ ✓ 🚀", tags: [x]}\n';
  assert.deepEqual(at(text, ["sub", "tags"]), { line: 1, column: 28 });
});

test("locate: CRLF line ends count as one line break", () => {
  const text = "count: 1\r\nsub:\r\n  name: x\r\n";
  assert.deepEqual(at(text, ["sub", "name"]), { line: 3, column: 9 });
});

test("locate: an anchored node starts at its anchor; an empty value at the end of its indicator", () => {
  const text = "items:\n  - &a\n    name: x\n  - *a\nsub:\n";
  assert.deepEqual(at(text, ["items", 0]), { line: 2, column: 5 });
  assert.deepEqual(at(text, ["items", 1]), { line: 4, column: 5 });
  assert.deepEqual(at(text, ["sub"]), { line: 5, column: 5 });
});

test("unused keys are reported at the key, on every level, with the key appended to the path", () => {
  assert.deepEqual(unused("count: 1\nextra: 2\nsub:\n  nam: x\nitems:\n  - name: a\n    tag: [b]\n"), [
    "warning at $.extra, line 2 col 1: unused key extra",
    "warning at $.items.0.tag, line 7 col 5: unused key tag",
    "warning at $.sub.nam, line 4 col 3: unused key nam",
  ]);
});

test("unused keys: emoji columns and flow mappings", () => {
  assert.deepEqual(unused('sub: {name: "日本 🚀", xx: 1}\n'), ["warning at $.sub.xx, line 1 col 21: unused key xx"]);
});

test("merge keys are applied and also reported as unused keys", () => {
  assert.deepEqual(unused("x: &b {name: n}\nsub:\n  <<: *b\n"), [
    "warning at $.sub.<<, line 3 col 3: unused key <<",
    "warning at $.x, line 1 col 1: unused key x",
  ]);
});

const mismatch = (path: string) =>
  `context tree does not match content tree at ${path}. Line and column reporting may be inconsistent. Unused keys may not be reported`;

test("a null list item shifts later items; the tree still has it, so a warning appears", () => {
  const d = decoded("items:\n  -\n  - name: a\n    bad: 1\n");
  assert.deepEqual(d.unused.map(formatEntry), [`warning at $.items.0, line 2 col 4: ${mismatch("$.items.0")}`]);
  assert.equal((d.value.items as unknown[]).length, 1);
});

test("a null or scalar section where a struct is expected gets the mismatch warning", () => {
  assert.deepEqual(unused("sub:\npsub: ~\n"), [`warning at $.sub, line 1 col 5: ${mismatch("$.sub")}`]);
  // a nil pointer is not walked
  assert.deepEqual(unused("psub: ~\n"), []);
});

test("an alias used as a struct value is a leaf in the tree: mismatch warning, its keys not checked", () => {
  assert.deepEqual(unused("x: &s {name: n, zz: 1}\nsub: *s\n"), [
    `warning at $.sub, line 2 col 6: ${mismatch("$.sub")}`,
    "warning at $.x, line 1 col 1: unused key x",
  ]);
});
