// The light spec list (what the page shows before the engine loads) is the registry's own list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SPEC_LIST, allSpecs, getSpec } from "../../../lib";

test("the spec list and the registry hold the same specs, in the same order", () => {
  assert.deepEqual(
    allSpecs().map((s) => ({ variant: s.variant, version: s.version, experimental: s.experimental })),
    SPEC_LIST.map(({ variant, version, experimental }) => ({ variant, version, experimental })),
  );
  for (const s of SPEC_LIST) assert.ok(getSpec(s.variant, s.version), `${s.variant} ${s.version}`);
  assert.equal(SPEC_LIST.length, 33);
});

test("the spec list puts Flatcar first and names the products", () => {
  assert.equal(SPEC_LIST[0].label, "Flatcar 1.0.0");
  assert.deepEqual([...new Set(SPEC_LIST.map((s) => s.variant))], ["flatcar", "fcos", "openshift", "r4e", "fiot"]);
  const labels = SPEC_LIST.map((s) => s.label);
  for (const l of ["Flatcar 1.1.0", "Fedora CoreOS 1.6.0", "OpenShift 4.20.0", "RHEL for Edge 1.1.0", "Fedora IoT 1.0.0"]) {
    assert.ok(labels.includes(l), l);
  }
  assert.deepEqual(
    SPEC_LIST.filter((s) => s.experimental).map((s) => s.label),
    ["Flatcar 1.2.0-experimental", "Fedora CoreOS 1.8.0-experimental", "OpenShift 4.23.0-experimental", "RHEL for Edge 1.2.0-experimental", "Fedora IoT 1.1.0-experimental"],
  );
});
