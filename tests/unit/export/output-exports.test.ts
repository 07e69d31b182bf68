import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { outputExports } from "../../../components/export/output-exports";
import { byteLength, escapedDataUrlLength, textSizes } from "../../../lib/export";

const sizesByEncoding = (s: string) => ({ bytes: byteLength(s), escapedDataUrl: escapedDataUrlLength(s) });

test("textSizes counts what encoding the text would give (multi-byte, astral, lone surrogates)", () => {
  const texts = ["", "plain ascii-_.!~*'() and %20", "héllo € 𝄞", "lone \ud800 high", "lone \udc00 low", "end \ud83d", "\ud83d\ude00\ud83d", "a\u2028b\u0000"];
  for (const t of texts) assert.deepEqual(textSizes(t), sizesByEncoding(t), JSON.stringify(t));
});

test("the compact form's sizes, derived from the pretty form's, equal counting the compact form", () => {
  let compared = 0;
  const cases = "tests/conformance/cases";
  for (const name of readdirSync(cases)) {
    const pretty = join(cases, name, "expected.pretty.json");
    if (!existsSync(pretty)) continue;
    const text = readFileSync(pretty, "utf8").replace(/\n$/, "");
    const e = outputExports(text);
    assert.deepEqual(e.pretty, sizesByEncoding(text), name);
    if (e.compact === undefined) continue;
    assert.deepEqual(e.compactSizes, sizesByEncoding(e.compact), name);
    compared++;
  }
  assert.ok(compared > 100, `compared ${compared}`);
  const odd = '{\n  "k": "a \\"quoted\\" \\\\ text \u00e9\ud83d\ude00",\n  "l": [\n    1\n  ]\n}';
  assert.deepEqual(outputExports(odd).compactSizes, sizesByEncoding('{"k":"a \\"quoted\\" \\\\ text \u00e9\ud83d\ude00","l":[1]}'));
});
