import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeDocument, readHeader } from "../../../lib/yaml";
import { root } from "./types";

const fatal = (text: string) => {
  const d = decodeDocument(text, root);
  assert.ok(!d.ok, "expected a fatal error");
  return d.fatal;
};

test("type errors are collected in document order, with Go type names", () => {
  assert.equal(
    fatal("items:\n  - name: a\n    mode: x\n  - name: b\n    on: maybe\nflag: [1]\n"),
    "yaml: unmarshal errors:\n" +
      "  line 3: cannot unmarshal !!str `x` into int\n" +
      "  line 5: cannot unmarshal !!str `maybe` into bool\n" +
      "  line 6: cannot unmarshal !!seq into bool",
  );
  assert.equal(fatal("sub: [a]\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!seq into main.Inner");
  assert.equal(fatal("items: {a: 1}\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!map into []main.Inner");
  assert.equal(fatal("labels: [a]\n"), "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!seq into map[string]string");
});

test("values longer than 10 bytes are cut to their first 7 bytes", () => {
  assert.equal(
    fatal('count: "0123456789"\n'),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `0123456789` into int",
  );
  assert.equal(
    fatal("count: one-thousand\n"),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `one-tho...` into int",
  );
  // bytes, not characters: "é€" is 5 bytes
  assert.equal(
    fatal('count: "é€xxxxxxx"\n'),
    "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `é€xx...` into int",
  );
});

test("nested duplicate keys fail the second pass, quoted like Go's %#v", () => {
  assert.equal(
    fatal("sub:\n  tags: [a]\n  tags: [b]\n"),
    'yaml: unmarshal errors:\n  line 3: mapping key "tags" already defined at line 2',
  );
  assert.equal(
    fatal('labels: {"\\u00a0\\t\\"": 1, "\\u00a0\\t\\"": 2}\n'),
    'yaml: unmarshal errors:\n  line 1: mapping key "\\u00a0\\t\\"" already defined at line 1',
  );
  // a key spelled differently that decodes to the same field name
  assert.equal(
    fatal("sub: {name: 1, !!binary bmFtZQ==: 2}\n"),
    "yaml: unmarshal errors:\n  line 1: field name already set in type main.Inner",
  );
});

test("go-yaml v3 swallows comments after tabs and tab-indented comment lines inside a comment block", () => {
  const ok = decodeDocument("sub: # c\n  tags: [a] # c\n  # a\n\t# tab comment\ncount: 1\n", root);
  assert.ok(ok.ok && ok.value.count === 1);
  assert.deepEqual(readHeader("sub:\t# comment after a tab\n  tags: [a]\n\t# tab comment\ncount: 1\n"), {
    fatal: "Error unmarshaling yaml: yaml: line 3: found character that cannot start any token",
  });
  assert.deepEqual(readHeader("count: 1\n\t# tab comment\nflag: on\n"), {
    fatal: "Error unmarshaling yaml: yaml: line 2: found a tab character that violates indentation",
  });
});

test("a control character fails when the reader reaches its 512-byte chunk", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `  - item number ${i}\n`).join("");
  const text = "version: 1.0.0\nstrs:\n" + lines;
  // a syntax error before the control character's chunk is reached wins...
  const late = "a: b: c\n" + text.slice(0, 700) + "\u0007" + text.slice(700);
  assert.deepEqual(decodeDocument(late, root), { ok: false, fatal: "yaml: mapping values are not allowed in this context" });
  // ...but within the first chunk the reader error comes first
  const early = "a: b: c\n" + text.slice(0, 300) + "\u0007" + text.slice(300);
  assert.deepEqual(decodeDocument(early, root), { ok: false, fatal: "yaml: control characters are not allowed" });
});
