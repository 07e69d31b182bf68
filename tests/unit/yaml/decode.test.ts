import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeDocument } from "../../../lib/yaml";
import { root } from "./types";

function value(text: string): Record<string, any> {
  const d = decodeDocument(text, root);
  if (!d.ok) assert.fail(d.fatal);
  return d.value as Record<string, any>;
}
const fatal = (text: string) => {
  const d = decodeDocument(text, root);
  assert.ok(!d.ok, "expected a fatal error");
  return d.fatal;
};

test("every field is present with its zero value", () => {
  assert.deepEqual(value("version: 1.0.0\n"), {
    version: "1.0.0",
    variant: "",
    count: 0,
    flag: false,
    items: [],
    sub: { name: "", mode: undefined, on: undefined, tags: [] },
    psub: undefined,
    labels: {},
    strs: [],
    ints: [],
    pstrs: [],
  });
});

test("bools: YAML 1.2 words and YAML 1.1 words in any listed case, even quoted", () => {
  for (const [src, want] of [
    ["true", true],
    ["False", false],
    ["yes", true],
    ["Y", true],
    ["on", true],
    ["ON", true],
    ["No", false],
    ["n", false],
    ["off", false],
    ["'yes'", true],
    ['"off"', false],
  ] as const) {
    assert.equal(value(`flag: ${src}\n`).flag, want, src);
  }
});

test("bools: a quoted true, numbers and other words are type errors", () => {
  assert.equal(fatal('flag: "true"\n'), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `true` into bool");
  assert.equal(fatal("flag: 1\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!int `1` into bool");
  assert.equal(fatal("flag: yEs\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `yEs` into bool");
});

test("ints: octal, hex, binary, separators, signs", () => {
  const ints = value("ints: [0644, 0o600, 0x1ed, 0X1ED, 0b110100000, 420, 08, 0o7_5_5, 1_000, -0644, +5, -0x10, 0]\n").ints;
  assert.deepEqual(ints, [420, 384, 493, 493, 416, 420, 8, 493, 1000, -420, 5, -16, 0]);
});

test("ints: floats are truncated toward zero", () => {
  assert.deepEqual(value("ints: [420.9, 1e3, -2.7, .5, 09.5]\n").ints, [420, 1000, -2, 0, 9]);
});

test("ints: the int64 range is kept exactly, as bigint beyond 2^53", () => {
  const v = value("ints: [9007199254740993, 9223372036854775807, -9223372036854775808, 9007199254740991]\n").ints;
  assert.deepEqual(v, [9007199254740993n, 9223372036854775807n, -9223372036854775808n, 9007199254740991]);
});

test("ints: 2^63 and beyond are errors; quoted numbers are strings", () => {
  assert.equal(
    fatal("count: 9223372036854775808\n"),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!int `9223372...` into int",
  );
  assert.equal(
    fatal("count: 18446744073709551616\n"),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!float `1844674...` into int",
  );
  assert.equal(fatal('count: "0644"\n'), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `0644` into int");
  assert.equal(fatal("count: 1e400\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `1e400` into int");
  assert.equal(
    fatal("count: 2001-12-14\n"),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!timestamp `2001-12-14` into int",
  );
});

test("strings take any scalar's source text", () => {
  assert.deepEqual(value("strs: [1.10, 0644, yes, true, ~x, 2001-12-14, 1e3, 'q', \"a\\tb\"]\n").strs, [
    "1.10",
    "0644",
    "yes",
    "true",
    "~x",
    "2001-12-14",
    "1e3",
    "q",
    "a\tb",
  ]);
});

test("block scalars, folding and CRLF line ends", () => {
  const v = value("strs:\r\n  - |\r\n    one\r\n    two\r\n  - >\r\n    folded\r\n    text\r\n  - \"a\r\n    b\"\r\n");
  assert.deepEqual(v.strs, ["one\ntwo\n", "folded text\n", "a b"]);
});

test("explicit tags: !!binary is decoded, !!int on a quoted scalar resolves, a misfit fails", () => {
  const v = value('strs: [!!binary aGVsbG8=, !!str 12]\ncount: !!int "0644"\n');
  assert.deepEqual(v.strs, ["hello", "12"]);
  assert.equal(v.count, 420);
  assert.equal(fatal("count: !!int abc\n"), "yaml: cannot decode !!str `abc` as a !!int");
  assert.equal(fatal("strs: [!!binary a=]\n"), "yaml: !!binary value contains invalid base64 data");
});

test("nulls: pointers stay nil, strings empty, null list items are dropped", () => {
  const v = value("sub:\n  name: ~\n  mode: null\n  on:\nstrs: [a, ~, null, b]\nitems:\n  -\n  - name: x\npstrs: [a, ~]\n");
  assert.deepEqual(v.sub, { name: "", mode: undefined, on: undefined, tags: [] });
  assert.deepEqual(v.strs, ["a", "b"]);
  assert.deepEqual(v.items.map((i: { name: string }) => i.name), ["x"]);
  // a slice of pointers keeps its nil items
  assert.deepEqual(v.pstrs, ["a", undefined]);
});

test("pointers are set by any non-null value", () => {
  const v = value("psub: {name: p, mode: 0755, on: off}\n");
  assert.deepEqual(v.psub, { name: "p", mode: 493, on: false, tags: [] });
});

test("merge keys: the mapping's own keys win, merged keys fill in, sequences merge in order", () => {
  const v = value(
    "x: &base {name: base, mode: 0640, tags: [t]}\nitems:\n  - <<: *base\n    name: own\n  - <<: [{mode: 1}, *base]\n",
  );
  assert.deepEqual(v.items[0], { name: "own", mode: 416, on: undefined, tags: ["t"] });
  assert.deepEqual(v.items[1], { name: "base", mode: 1, on: undefined, tags: ["t"] });
  const m = value("labels:\n  <<: {a: x, b: y}\n  b: own\n").labels;
  assert.deepEqual({ ...m }, { a: "x", b: "own" });
  assert.equal(fatal("sub:\n  <<: 5\n"), "yaml: map merge requires map or sequence of maps as the value");
});

test("aliases decode their anchor's value", () => {
  const v = value("sub: &s {name: a, tags: [x, y]}\npsub: *s\nstrs: &l [p, q]\n");
  assert.deepEqual(v.psub, { name: "a", mode: undefined, on: undefined, tags: ["x", "y"] });
  assert.deepEqual(v.strs, ["p", "q"]);
});

test("maps take string values by key", () => {
  const v = value('labels: {a: b, "c d": 1, e: ~}\n');
  assert.deepEqual({ ...v.labels }, { a: "b", "c d": "1", e: "" });
});

test("only the first document is decoded; an empty stream is EOF", () => {
  assert.equal(value("count: 1\n---\ncount: 2\n").count, 1);
  assert.equal(fatal(""), "EOF");
});
