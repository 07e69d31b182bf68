import { test } from "node:test";
import assert from "node:assert/strict";
import { has, listLength, parseButane, parseGoInt, readBool, readInt, readString, readStrings, setIn } from "../../../lib/doc";
import { ok } from "./helpers";

function doc(text: string) {
  const p = parseButane(text);
  if (!p.ok) assert.fail(p.syntax.message);
  return p.doc;
}

test("integers are read as go-yaml reads them", () => {
  assert.equal(parseGoInt("0644"), 0o644);
  assert.equal(parseGoInt("0o644"), 0o644);
  assert.equal(parseGoInt("0x1A4"), 0o644);
  assert.equal(parseGoInt("0b110100100"), 0o644);
  assert.equal(parseGoInt("420"), 420);
  assert.equal(parseGoInt("-12"), -12);
  assert.equal(parseGoInt("1_000"), 1000);
  assert.equal(parseGoInt("08"), 8);
  assert.equal(parseGoInt("420.9"), 420);
  assert.equal(parseGoInt("0"), 0);
  assert.equal(parseGoInt("abc"), undefined);
  assert.equal(parseGoInt(""), undefined);
});

test("typed readers: strings keep their source text, booleans take YAML 1.1 words", () => {
  const d = doc(`a: 1.10\nb: "123"\nc: ~\nd: Off\ne: yes\nf: 1\nmode: 0644\nl: [x, 'y', ~, z]\nblock: |\n  hi\n`);
  assert.equal(readString(d, ["a"]), "1.10");
  assert.equal(readString(d, ["b"]), "123");
  assert.equal(readString(d, ["c"]), undefined);
  assert.equal(readString(d, ["missing"]), undefined);
  assert.equal(readBool(d, ["d"]), false);
  assert.equal(readBool(d, ["e"]), true);
  assert.equal(readBool(d, ["f"]), undefined);
  assert.equal(readInt(d, ["mode"]), 0o644);
  assert.equal(readString(d, ["mode"]), "0644");
  assert.deepEqual(readStrings(d, ["l"]), ["x", "y", "z"]);
  assert.equal(listLength(d, ["l"]), 4);
  assert.equal(readString(d, ["block"]), "hi\n");
  assert.equal(has(d, ["c"]), false);
  assert.equal(has(d, ["a"]), true);
});

test("aliases and merge keys are followed when reading", () => {
  const d = doc(`base: &b\n  shell: /bin/bash\n  groups: [wheel]\nusers:\n  - <<: *b\n    name: a\n  - *b\n`);
  assert.equal(readString(d, ["users", 0, "shell"]), "/bin/bash");
  assert.equal(readString(d, ["users", 0, "name"]), "a");
  assert.deepEqual(readStrings(d, ["users", 1, "groups"]), ["wheel"]);
});

test("syntax errors come back with a line and column", () => {
  const p = parseButane("a: 1\nb: [2\n");
  assert.equal(p.ok, false);
  if (!p.ok) {
    assert.equal(typeof p.syntax.line, "number");
    assert.ok(p.syntax.message.length > 0);
  }
  assert.equal(parseButane("").ok, true);
  assert.equal(parseButane("# only a comment\n").ok, true);
});

test("CRLF documents get CRLF lines", () => {
  assert.equal(ok(setIn("a: 1\r\nb:\r\n  c: 2\r\n", ["b", "d"], 3)), "a: 1\r\nb:\r\n  c: 2\r\n  d: 3\r\n");
});
