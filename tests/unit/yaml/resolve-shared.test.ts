// One go-yaml scalar resolution serves the reader (decode) and the encoder (OpenShift's
// MachineConfig YAML): what reads back as a non-string is what the encoder quotes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { goYamlEncode } from "../../../lib/yaml/encode";
import { isTimestamp, resolve, resolvesToNonString } from "../../../lib/yaml/resolve";

test("timestamps as time.Parse reads go-yaml's layouts", () => {
  for (const s of ["2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43,5Z", "2001-12-14 21:59:43.1234567891", "2001-2-3T4:5:6+24:00"]) {
    assert.ok(isTimestamp(s), s);
  }
  for (const s of ["2001-13-14", "2001-02-29", "2001-12-14T21:59:43", "2001-12-14 21:59:43Z", "2001-12-14T21:59:43+25:00", "2001-12-14T21:59:43+01:61", "2001-12-14T21:59:43."]) {
    assert.ok(!isTimestamp(s), s);
  }
});

test("reader and encoder agree: a plain scalar that resolves to a non-string gets quoted", () => {
  for (const s of ["true", "~", "", "0x1F", "-0o17", "1_000", "1e3", ".5", ".5_0", "2001-12-14T21:59:43,5Z"]) {
    assert.ok(resolvesToNonString(s), s);
    assert.notEqual(resolve("", s).tag, "!!str", s);
    assert.match(goYamlEncode({ k: s }), /^k: ["']/, s);
  }
  for (const s of ["yes", "<<", "1.2.3", "._5", "2001-12-14T21:59:43+25:00", "abc"]) {
    assert.ok(!resolvesToNonString(s), s);
    assert.equal(resolve("", s).tag, "!!str", s);
  }
});
