import assert from "node:assert/strict";
import { test } from "node:test";
import { readHeader } from "../../../lib/yaml";

const fatal = (text: string) => {
  const h = readHeader(text);
  assert.ok("fatal" in h, "expected a fatal error");
  return h.fatal;
};

test("reads variant and version", () => {
  assert.deepEqual(readHeader("variant: flatcar\nversion: 1.1.0\nstorage: {}\n"), {
    variant: "flatcar",
    version: "1.1.0",
  });
});

test("a missing key reads as the empty string; an empty or comment-only file too", () => {
  assert.deepEqual(readHeader("version: 1.1.0\n"), { variant: "", version: "1.1.0" });
  assert.deepEqual(readHeader(""), { variant: "", version: "" });
  assert.deepEqual(readHeader("# nothing\n"), { variant: "", version: "" });
});

test("scalars keep their source text: 1.1 stays 1.1, !!str and quotes are plain strings", () => {
  assert.deepEqual(readHeader("variant: !!str fcos\nversion: 1.10\n"), { variant: "fcos", version: "1.10" });
  assert.deepEqual(readHeader("variant: 'fcos'\nversion: \"1.5.0\"\n"), { variant: "fcos", version: "1.5.0" });
});

test("a byte-order mark is stripped and %YAML 1.1 accepted", () => {
  assert.deepEqual(readHeader("\ufeffvariant: fcos\nversion: 1.0.0\n"), { variant: "fcos", version: "1.0.0" });
  assert.deepEqual(readHeader("%YAML 1.1\n---\nvariant: fcos\nversion: 1.0.0\n"), {
    variant: "fcos",
    version: "1.0.0",
  });
});

test("only the first document is read; later ones are not checked", () => {
  assert.deepEqual(readHeader("variant: a\nversion: 1.0.0\n---\nvariant: b\n---\n: : [\n"), {
    variant: "a",
    version: "1.0.0",
  });
});

test("syntax errors carry go-yaml's texts and line numbers", () => {
  assert.equal(
    fatal("variant: flatcar\nversion: 1.1.0\nstorage:\n  files: [ {path: /etc/a, mode: 0644}\nsystemd:\n  units: []\n"),
    "Error unmarshaling yaml: yaml: line 3: did not find expected ',' or ']'",
  );
  assert.equal(
    fatal("variant: flatcar\nversion: 1.1.0\nsystemd:\n  units:\n    - name: docker.service\n\tenabled: true\n"),
    "Error unmarshaling yaml: yaml: line 5: found a tab character that violates indentation",
  );
  assert.equal(fatal("x: \"abc\n"), "Error unmarshaling yaml: yaml: line 2: found unexpected end of stream");
  // a problem on the first line prints no line number
  assert.equal(fatal("a: b: c\n"), "Error unmarshaling yaml: yaml: mapping values are not allowed in this context");
  assert.equal(
    fatal("x: 1\n  y: 2\n"),
    "Error unmarshaling yaml: yaml: line 2: mapping values are not allowed in this context",
  );
  assert.equal(fatal("x: [a, b\ny: 1\n"), "Error unmarshaling yaml: yaml: line 1: did not find expected ',' or ']'");
});

test("%YAML 1.2, unknown anchors and control characters fail", () => {
  assert.equal(
    fatal("%YAML 1.2\n---\nvariant: flatcar\n"),
    "Error unmarshaling yaml: yaml: found incompatible YAML document",
  );
  assert.equal(
    fatal("variant: flatcar\ngroups: *admins\n"),
    "Error unmarshaling yaml: yaml: unknown anchor 'admins' referenced",
  );
  assert.equal(fatal("variant: fl\u0007atcar\n"), "Error unmarshaling yaml: yaml: control characters are not allowed");
});

test("top-level duplicate keys and non-string variants are type errors", () => {
  assert.equal(
    fatal("variant: a\nversion: 1.0.0\nvariant: b\n"),
    'Error unmarshaling yaml: yaml: unmarshal errors:\n  line 3: mapping key "variant" already defined at line 1',
  );
  assert.equal(
    fatal("variant:\n  - flatcar\nversion: 1.0.0\n"),
    "Error unmarshaling yaml: yaml: unmarshal errors:\n  line 2: cannot unmarshal !!seq into string",
  );
  assert.equal(
    fatal("- a\n"),
    "Error unmarshaling yaml: yaml: unmarshal errors:\n  line 1: cannot unmarshal !!seq into config.commonFields",
  );
});

test("nested duplicate keys do not fail the first pass", () => {
  assert.deepEqual(readHeader("variant: a\nversion: 1.0.0\nstorage: {x: 1, x: 2}\n"), {
    variant: "a",
    version: "1.0.0",
  });
});
