// The YAML front end reuses token objects once the parser has consumed them (and keeps marks as
// numbers): every place where the parser reads a token after consuming it, or later, must have
// taken what it needs first. These cases reach each of them (anchors and tags before a node,
// empty values placed after KEY/VALUE/BLOCK-ENTRY tokens, flow pairs, directives, and the
// context marks of parser errors); the expected positions and messages are those of the engine
// before the reuse, which agreed with go-yaml on the conformance corpus.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Path } from "../../../lib/go/path";
import { decodeDocument, readHeader } from "../../../lib/yaml";
import { root } from "./types";

type Located = [path: Path, line: number, column: number];

const positionCases: [name: string, text: string, located: Located[], unused: string[]][] = [
  [
    "an empty key placed at the end of its KEY token",
    "sub:\n  ?\n  : x\n  name: y\n",
    [[["sub", "name"], 4, 9], [["sub"], 2, 3]],
    ["sub. 2:4 unused key "],
  ],
  [
    "an empty indentless sequence entry",
    "labels:\n  ? a\n  ?\n  : c\nitems:\n-\n- name: a\n",
    [[["items", 0], 6, 2], [["items", 1], 7, 3], [["labels"], 2, 3]],
    ["items.0 6:2 context tree does not match content tree at $.items.0. Line and column reporting may be inconsistent. Unused keys may not be reported"],
  ],
  [
    "anchor then tag before a mapping",
    "sub: &a !!map\n  name: x\nitems:\n  - !!map &b\n    name: y\n",
    [[["sub"], 1, 6], [["items", 0], 4, 5], [["sub", "name"], 2, 9]],
    [],
  ],
  [
    "tag then anchor on scalars",
    "count: !!int &c 5\nsub:\n  name: &n !!str x\n",
    [[["count"], 1, 8], [["sub", "name"], 3, 9]],
    [],
  ],
  [
    "empty values after KEY and VALUE tokens",
    "sub:\n  name:\nitems:\n  -\n  - name: z\nflag:\n",
    [[["sub", "name"], 2, 8], [["items", 0], 4, 4], [["flag"], 6, 6]],
    ["items.0 4:4 context tree does not match content tree at $.items.0. Line and column reporting may be inconsistent. Unused keys may not be reported"],
  ],
  [
    "flow sequence with single-pair mappings and empty values",
    "strs: [a, b]\nitems: [name: x, {name: y}, ? name]\nlabels: {a: , b: c}\n",
    [[["items", 0], 2, 9], [["items", 1], 2, 18], [["items", 2], 2, 29], [["labels"], 3, 9], [["items", 0, "name"], 2, 15]],
    [],
  ],
  [
    "flow sequence pair with an empty value",
    "items: [name: ]\n",
    [[["items", 0], 1, 9], [["items", 0, "name"], 1, 13]],
    [],
  ],
  [
    "%YAML and %TAG directives",
    "%YAML 1.1\n%TAG !e! tag:yaml.org,2002:\n---\ncount: !e!int 7\nsub: {name: !e!str q}\n",
    [[["count"], 4, 8], [["sub", "name"], 5, 13]],
    [],
  ],
  [
    "document end then start",
    "count: 1\n...\n---\ncount: 2\n",
    [[["count"], 1, 8]],
    [],
  ],
  [
    "explicit document with directives only",
    "%YAML 1.1\n---\n",
    [],
    [" 3:1 context tree does not match content tree at $. Line and column reporting may be inconsistent. Unused keys may not be reported"],
  ],
];

for (const [name, text, located, unused] of positionCases) {
  test(`positions after consumed tokens: ${name}`, () => {
    const header = readHeader(text);
    assert.ok(!("fatal" in header), "fatal" in header ? header.fatal : "");
    const d = decodeDocument(text, root);
    if (!d.ok) assert.fail(d.fatal);
    for (const [path, line, column] of located) assert.deepEqual(d.tree.locate(path), { line, column }, JSON.stringify(path));
    assert.deepEqual(
      d.unused.map((e) => `${e.path.join(".")} ${e.line}:${e.column} ${e.message}`),
      unused,
    );
  });
}

const errorCases: [name: string, text: string, error: string][] = [
  ["undefined tag handle after an anchor", "count: 1\nsub: &x !e!foo 1\n", "yaml: line 1: found undefined tag handle"],
  ["undefined tag handle", "count: 1\n\nsub: !e!foo 1\n", "yaml: line 2: found undefined tag handle"],
  ["no node content after anchor and tag", "items:\n  - &a !!str\n  - ]\n", "yaml: line 2: did not find expected node content"],
  ["block mapping: expected key", "sub:\n  name: x\n bad\n  x: 1\n", "yaml: line 4: mapping values are not allowed in this context"],
  ["block sequence: expected '-'", "items:\n  - a\n  b: 1\n", "yaml: line 1: did not find expected '-' indicator"],
  ["flow sequence: expected ',' or ']'", "strs: [a b: c d\n", "yaml: line 1: did not find expected ',' or ']'"],
  ["flow mapping: expected ',' or '}'", "labels: {a: b c: d\n", "yaml: did not find expected ',' or '}'"],
  ["duplicate %TAG", "%TAG !e! x:\n%TAG !e! y:\n---\na: 1\n", "yaml: line 1: found duplicate %TAG directive"],
  ["incompatible %YAML", "%YAML 2.0\n---\na: 1\n", "yaml: found incompatible YAML document"],
  ["flow mapping error on a later line", "count: 1\n\nlabels: {a: b c: d\n", "yaml: line 2: did not find expected ',' or '}'"],
  ["flow sequence error on a later line", "count: 1\n\nstrs: [a b: c d\n", "yaml: line 2: did not find expected ',' or ']'"],
  ["block sequence error on a later line", "count: 1\nitems:\n  - a\n  b: 1\n", "yaml: line 2: did not find expected '-' indicator"],
];

for (const [name, text, error] of errorCases) {
  test(`parser errors keep their marks: ${name}`, () => {
    assert.deepEqual(readHeader(text), { fatal: "Error unmarshaling yaml: " + error });
    assert.deepEqual(decodeDocument(text, root), { ok: false, fatal: error });
  });
}
