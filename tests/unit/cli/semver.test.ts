import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalSemver } from "../../../lib/go/semver";

test("plain and pre-release versions read back unchanged", () => {
  assert.equal(canonicalSemver("1.1.0"), "1.1.0");
  assert.equal(canonicalSemver("1.2.0-experimental"), "1.2.0-experimental");
  assert.equal(canonicalSemver("1.5.0+20240101"), "1.5.0+20240101");
});

test("numbers are read as Go's ParseInt reads them", () => {
  assert.equal(canonicalSemver("01.1.0"), "1.1.0");
});

test("malformed versions are refused", () => {
  for (const v of ["", "v1.0.0", "1.0", "1", "1.0.x", "1.0.0-a..b", "1.0.0+a_b", "1.0.0 "]) {
    assert.equal(canonicalSemver(v), undefined, v);
  }
});

test("an empty pre-release or build part is allowed, as go-semver allows it", () => {
  assert.equal(canonicalSemver("1.0.0-"), "1.0.0");
  assert.equal(canonicalSemver("1.0.0+"), "1.0.0");
});
