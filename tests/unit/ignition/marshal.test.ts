import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ignitionSpec, marshalJson, parseConfig } from "../../../lib/ignition/index";
import { quoteJson } from "../../../lib/ignition/marshal";
import { config } from "./helpers";

const cases = "tests/conformance/cases";

for (const name of ["real-nginx-quickstart", "file-inline-special-chars", "disk-luks-fcos16-cex", "ign-proxy-full", "pw-every-user-field", "file-inline-fcos-1-0-no-compress"]) {
  test(`marshal reproduces ${name} byte for byte (compact and pretty)`, () => {
    const compact = readFileSync(`${cases}/${name}/expected.json`, "utf8").replace(/\n$/, "");
    const pretty = readFileSync(`${cases}/${name}/expected.pretty.json`, "utf8").replace(/\n$/, "");
    const parsed = parseConfig(compact);
    assert.ok(parsed.version && parsed.value, JSON.stringify(parsed.report));
    const type = ignitionSpec(parsed.version)!.type;
    assert.equal(marshalJson(type, parsed.value, false), compact);
    assert.equal(marshalJson(type, parsed.value, true), pretty);
  });
}

test("Go string escaping: HTML-safe, U+2028/2029, control bytes, lone surrogates", () => {
  assert.equal(quoteJson("<a href='x'>&</a>"), '"\\u003ca href=\'x\'\\u003e\\u0026\\u003c/a\\u003e"');
  assert.equal(quoteJson("a\u2028b\u2029c"), '"a\\u2028b\\u2029c"');
  assert.equal(quoteJson("\x00\x1f\x7f\t\n\r\"\\"), '"\\u0000\\u001f\x7f\\t\\n\\r\\"\\\\"');
  assert.equal(quoteJson("\ud800x"), '"\\ufffdx"');
  assert.equal(quoteJson("é😀"), '"é😀"');
});

test("omitempty drops zero structs (clarketm/json), keeps non-omitempty fields, prints bigints exactly", () => {
  const v = config("3.4.0", {
    storage: { files: [{ path: "/a", mode: 420, user: {}, contents: { verification: {} } }] },
    passwd: { users: [{ name: "core", uid: 9007199254740993 }] },
  });
  // JSON.stringify loses precision above 2^53: set the exact value the decoder would give.
  ((v.passwd as { users: { uid: unknown }[] }).users[0]).uid = 9007199254740993n;
  const out = marshalJson(ignitionSpec("3.4.0")!.type, v, false);
  assert.equal(
    out,
    '{"ignition":{"version":"3.4.0"},"passwd":{"users":[{"name":"core","uid":9007199254740993}]},"storage":{"files":[{"path":"/a","mode":420}]}}',
  );
});

test("ignition.version is omitempty before 3.4.0 only", () => {
  const old = config("3.3.0", {});
  (old.ignition as { version: string }).version = "";
  assert.equal(marshalJson(ignitionSpec("3.3.0")!.type, old, false), '{"ignition":{}}');
  const v34 = config("3.4.0", {});
  (v34.ignition as { version: string }).version = "";
  assert.equal(marshalJson(ignitionSpec("3.4.0")!.type, v34, false), '{"ignition":{"version":""}}');
});

test("pretty output keeps empty objects and arrays on one line", () => {
  const v = config("3.4.0", { kernelArguments: { shouldExist: ["a"] } });
  assert.equal(
    marshalJson(ignitionSpec("3.4.0")!.type, v, true),
    '{\n  "ignition": {\n    "version": "3.4.0"\n  },\n  "kernelArguments": {\n    "shouldExist": [\n      "a"\n    ]\n  }\n}',
  );
});

test("quoteJson escapes as Go's encoding/json with HTML escaping, whatever the string", () => {
  // JSON.stringify, then Go's differences: \u0008 and \u000c spelled out, <>& and U+2028/9 escaped,
  // lone surrogates (invalid UTF-8 in Go) as \ufffd.
  const goLike = (s: string) =>
    JSON.stringify(s)
      .replace(/\\b/g, "\\u0008")
      .replace(/\\f/g, "\\u000c")
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029")
      .replace(/\\ud[89a-f][0-9a-f]{2}/g, "\\ufffd");
  const alphabet = ["a", " ", '"', "\\", "<", ">", "&", "\n", "\t", "\b", "\f", "\u0001", "\u007f", "é", "\u2028", "\u2029", "😀", "\ud800", "\udc00", "z"];
  let seed = 3;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % n;
  for (let i = 0; i < 2000; i++) {
    const s = Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join("");
    assert.equal(quoteJson(s), goLike(s), JSON.stringify(s));
  }
});

test("pretty output copies strings whole: JSON punctuation, quotes and backslashes inside them stay as they are", () => {
  const tricky = ['a "quoted" {word}, [list]: x', "ends in a backslash \\", '\\"', "\\\\", "", "plain", '{"k": [1, 2]}'];
  const v = config("3.4.0", { kernelArguments: { shouldExist: tricky, shouldNotExist: ["\\", '"'] } });
  const type = ignitionSpec("3.4.0")!.type;
  assert.equal(marshalJson(type, v, true), JSON.stringify(JSON.parse(marshalJson(type, v, false)), null, 2));
});

test("a large config (thousands of pieces, joined a chunk at a time) comes out whole and in order", () => {
  const files = Array.from({ length: 3000 }, (_, i) => ({ path: `/f/${i}`, mode: i, contents: { source: `data:,${i}<` } }));
  const out = marshalJson(ignitionSpec("3.4.0")!.type, config("3.4.0", { storage: { files } }), false);
  const expected = files.map((f) => `{"path":"${f.path}","contents":{"source":"data:,${f.mode}\\u003c"},"mode":${f.mode}}`).join(",");
  assert.equal(out, `{"ignition":{"version":"3.4.0"},"storage":{"files":[${expected}]}}`);
});
