import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeDocument, readHeader } from "../../../lib/yaml";
import { root } from "./types";

test("deep flow nesting up to go-yaml's limit is read; one more level is refused", () => {
  const ok = "x: " + "[".repeat(10000) + "]".repeat(10000) + "\n";
  assert.deepEqual(readHeader(ok), { variant: "", version: "" });
  assert.equal(decodeDocument(ok, root).ok, true);
  const deep = "x: " + "[".repeat(10001) + "]".repeat(10001) + "\n";
  assert.deepEqual(readHeader(deep), {
    fatal: "Error unmarshaling yaml: yaml: exceeded max depth of 10000",
  });
});

test("deep block nesting is read without exhausting the stack", () => {
  const lines = Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "k" + i + ":");
  const d = decodeDocument(lines.join("\n") + " v\n", root);
  assert.ok(d.ok);
  assert.equal(d.unused.length, 1);
});

test("alias expansion beyond go-yaml's ratio is refused", () => {
  const many = Array.from({ length: 200 }, (_, i) => "s" + i).join(", ");
  const bomb = `a: &a [${many}]\nb: &b {name: n, tags: *a}\nitems: [${Array(100).fill("*b").join(", ")}]\n`;
  assert.deepEqual(decodeDocument(bomb, root), { ok: false, fatal: "yaml: document contains excessive aliasing" });
  // the same shape with less expansion is fine
  const few = Array.from({ length: 50 }, (_, i) => "s" + i).join(", ");
  const fine = `a: &a [${few}]\nb: &b {name: n, tags: *a}\nitems: [${Array(100).fill("*b").join(", ")}]\n`;
  assert.equal(decodeDocument(fine, root).ok, true);
});

test("an anchor whose value contains itself fails instead of recursing", () => {
  assert.deepEqual(decodeDocument("sub: &s {name: n, <<: *s}\n", root), {
    ok: false,
    fatal: "yaml: anchor 's' value contains itself",
  });
});

test("a large document is read in reasonable time", () => {
  const items = Array.from({ length: 20000 }, (_, i) => `  - name: item${i}\n    mode: 0644\n    tags: [a, "b"]\n`);
  const text = "version: 1.0.0\nitems:\n" + items.join("");
  const t0 = Date.now();
  const d = decodeDocument(text, root);
  assert.ok(d.ok);
  assert.equal((d.value.items as unknown[]).length, 20000);
  assert.ok(Date.now() - t0 < 20000);
});

test("garbage never throws", () => {
  for (const text of ["\u0000", "{", "]", "&", "!<", "%TAG", "- - - -", "? ? ?", '"\\', "'", "|0", ">\t\n\tx", "*", "@", "`"]) {
    const h = readHeader(text);
    assert.ok(typeof h === "object");
    const d = decodeDocument(text, root);
    assert.ok(typeof d === "object");
  }
});
