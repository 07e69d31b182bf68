import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compactJson, isJson } from "../../../components/export/compact-json";

const cases = "tests/conformance/cases";

test("compacting the reference's pretty output gives its compact output byte for byte", () => {
  let compared = 0;
  for (const name of readdirSync(cases)) {
    const pretty = join(cases, name, "expected.pretty.json");
    if (!existsSync(pretty)) continue;
    const prettyText = readFileSync(pretty, "utf8").replace(/\n$/, "");
    if (!isJson(prettyText)) continue; // OpenShift MachineConfigs are YAML
    const compact = readFileSync(join(cases, name, "expected.json"), "utf8").replace(/\n$/, "");
    assert.equal(compactJson(prettyText), compact, name);
    compared++;
  }
  assert.ok(compared > 100, `only ${compared} cases compared`);
});

test("white space inside strings and escapes is kept", () => {
  assert.equal(compactJson('{\n  "a": "x  \\" y\\n",\n  "b": [\n    1,\n    2\n  ]\n}'), '{"a":"x  \\" y\\n","b":[1,2]}');
});

test("outputExports: the compact form and the sizes of both forms, as the export bar shows them", async () => {
  const { outputExports } = await import("../../../components/export/output-exports");
  const { toDataUrlEscaped } = await import("../../../lib/export/encodings");
  const pretty = '{\n  "ignition": {\n    "version": "3.4.0"\n  },\n  "x": "é <&>"\n}';
  const e = outputExports(pretty);
  assert.equal(e.compact, '{"ignition":{"version":"3.4.0"},"x":"é <&>"}');
  assert.equal(e.pretty.bytes, new TextEncoder().encode(pretty).length);
  assert.equal(e.compactSizes.bytes, new TextEncoder().encode(e.compact!).length);
  assert.equal(e.compactSizes.escapedDataUrl, toDataUrlEscaped(e.compact!).length);
  assert.equal(e.pretty.escapedDataUrl, toDataUrlEscaped(pretty).length);
  // a MachineConfig (YAML) has no compact form
  const yaml = outputExports("apiVersion: v1\nkind: MachineConfig\n");
  assert.equal(yaml.compact, undefined);
  assert.deepEqual(yaml.compactSizes, yaml.pretty);
});
