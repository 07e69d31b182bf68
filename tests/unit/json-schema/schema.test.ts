// The published JSON Schemas, checked with a standard validator (ajv, draft-07) against the
// conformance corpus: every config Butane accepts without warnings must validate, and wrong
// configs must not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { butaneJsonSchema, schemaSpecs } from "../../../lib/json-schema";

const CASES = "tests/conformance/cases";
const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(variant: string, version: string) {
  const key = `${variant}-${version}`;
  let v = validators.get(key);
  if (!v) {
    const schema = butaneJsonSchema(variant, version);
    assert.ok(schema, `no schema for ${key}`);
    v = ajv.compile(schema);
    validators.set(key, v);
  }
  return v;
}
/** Butane reads YAML 1.1 through go-yaml (0644 is octal). */
const readYaml = (text: string) => binaryAsText(parse(text, { version: "1.1" }));
/** A !!binary scalar is a string to Butane (its bytes), as to a YAML language server. */
function binaryAsText(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString("latin1");
  if (Array.isArray(v)) return v.map(binaryAsText);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, binaryAsText(x)]));
  return v;
}

test("every spec has a draft-07 schema with descriptions", () => {
  for (const { variant, version } of schemaSpecs()) {
    const s = butaneJsonSchema(variant, version)!;
    assert.equal(s.$schema, "http://json-schema.org/draft-07/schema#");
    assert.match(JSON.stringify(s), /"description":"Absolute path of the file on the machine\."/);
    validatorFor(variant, version);
  }
});

test("every warning-free corpus input validates against its schema", () => {
  let checked = 0;
  const failures: string[] = [];
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name);
    if (readFileSync(join(dir, "expected.rc"), "utf8").trim() !== "0") continue;
    if (readFileSync(join(dir, "expected.report"), "utf8").trim() !== "") continue;
    let doc: any;
    try {
      doc = readYaml(readFileSync(join(dir, "input.bu"), "utf8"));
    } catch {
      continue; // YAML the JS reader does not take (go-yaml quirks); not a schema question
    }
    if (!doc || typeof doc !== "object" || !butaneJsonSchema(doc.variant, doc.version)) continue;
    const validate = validatorFor(doc.variant, doc.version);
    if (!validate(doc)) failures.push(`${name}: ${ajv.errorsText(validate.errors)}`);
    checked++;
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 150, `only ${checked} cases checked`);
});

const wrong: Array<[string, string]> = [
  ["unknown top-level key", "variant: flatcar\nversion: 1.1.0\nstorge: {}\n"],
  ["unknown nested key", "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      contens: {inline: x}\n"],
  ["mode as a string", "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      mode: rw-r--r--\n"],
  ["path as a mapping", "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: {a: b}\n"],
  ["enabled as a string", "variant: flatcar\nversion: 1.1.0\nsystemd:\n  units:\n    - name: a.service\n      enabled: maybe\n"],
  ["users as a mapping", "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    core: {}\n"],
  ["inline and local together", "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      contents:\n        inline: x\n        local: y\n"],
  ["inline and source together", "variant: flatcar\nversion: 1.1.0\nignition:\n  config:\n    merge:\n      - source: https://e.x/a\n        inline: x\n"],
  ["wrong version", "variant: flatcar\nversion: 1.0.0\n"],
  ["missing version", "variant: flatcar\n"],
  ["key of a newer spec", "variant: flatcar\nversion: 1.0.0\nsystemd:\n  quadlets: []\n"],
];
for (const [what, text] of wrong) {
  test(`rejects: ${what}`, () => {
    const validate = validatorFor("flatcar", "1.1.0");
    const v = what === "key of a newer spec" ? validatorFor("flatcar", "1.0.0") : validate;
    assert.equal(v(readYaml(text)), false);
  });
}

test("accepts a typical flatcar config", () => {
  const text =
    "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n      ssh_authorized_keys: [ssh-ed25519 AAAA]\nstorage:\n  files:\n    - path: /etc/hostname\n      mode: 0644\n      contents:\n        inline: node1\n";
  assert.equal(validatorFor("flatcar", "1.1.0")(readYaml(text)), true);
});
