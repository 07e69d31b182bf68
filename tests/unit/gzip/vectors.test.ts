// Byte-for-byte comparison with Go's compress/gzip at BestCompression (see vectors.json "about").
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "fflate";
import { gzipBest } from "../../../lib/gzip/index";
import { makeInput, type InputKind } from "./inputs";
import vectors from "./vectors.json";

const fromB64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));
const toB64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

test("small inputs match Go 1.19 byte for byte", () => {
  assert.ok(vectors.small.length >= 10);
  for (const v of vectors.small) {
    assert.equal(toB64(gzipBest(fromB64(v.input))), v.output, v.name);
  }
});

test("generated inputs (window slides, block splits, stored blocks) match Go 1.19", () => {
  for (const v of vectors.generated) {
    const out = gzipBest(makeInput(v.kind as InputKind, v.size, v.seed));
    const label = `${v.kind} ${v.size} seed ${v.seed}`;
    assert.equal(out.length, v.length, label);
    assert.equal(createHash("sha256").update(out).digest("hex"), v.sha256, label);
  }
});

test("many small inputs in a row (Butane compresses every file) match Go 1.19: no state leaks between calls", () => {
  const kinds: InputKind[] = ["random", "text", "runs", "alphabet4", "lines", "mixed", "skewed"];
  const hash = createHash("sha256");
  let length = 0;
  for (let i = 0; i < vectors.sequence.count; i++) {
    const out = gzipBest(makeInput(kinds[i % 7], (i * 37) % 400, i + 1));
    hash.update(out);
    length += out.length;
  }
  assert.equal(length, vectors.sequence.length);
  assert.equal(hash.digest("hex"), vectors.sequence.sha256);
});

test("every gzip data URL recorded from Butane is reproduced exactly", () => {
  assert.ok(vectors.conformance.length >= 90);
  let identical = 0;
  const failures: string[] = [];
  for (const v of vectors.conformance) {
    const expected = fromB64(v.gzip);
    if (toB64(gzipBest(gunzipSync(expected))) === v.gzip) identical++;
    else failures.push(v.case);
  }
  assert.deepEqual(failures, []);
  assert.equal(identical, vectors.conformance.length);
});

test("conformance cases on disk: Butane-written gzip URLs are reproduced exactly", () => {
  const root = join(process.cwd(), "tests/conformance/cases");
  if (!existsSync(root)) return;
  const failures: string[] = [];
  let checked = 0;
  for (const name of readdirSync(root)) {
    const file = join(root, name, "expected.json");
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/data:;base64,(H4sI[A-Za-z0-9+/=]*)/g)) {
      const gz = fromB64(m[1]);
      // OS byte 255 marks Go's writer; other values are user-supplied compressed contents passed through.
      if (gz[9] !== 0xff) continue;
      checked++;
      if (toB64(gzipBest(gunzipSync(gz))) !== m[1]) failures.push(name);
    }
  }
  assert.ok(checked > 0);
  assert.deepEqual(failures, []);
});
