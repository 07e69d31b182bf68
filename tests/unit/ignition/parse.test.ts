import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConfig, validateIgnitionConfig } from "../../../lib/ignition/index";
import { jsonSyntaxError } from "../../../lib/ignition/validate/gojson";
import { lines } from "./helpers";

const ctx = ["ignition", "config", "merge", 0];
const inline = (version: string, raw: string) => {
  const r = validateIgnitionConfig(version, ctx, raw);
  return { entries: lines(r.entries), error: r.error };
};

test("inline config that is not JSON: Go's syntax error at $, and 'config is not valid'", () => {
  assert.deepEqual(inline("3.4.0", "variant: flatcar\nversion: 1.1.0\n"), {
    entries: ["error $: invalid character 'v' looking for beginning of value"],
    error: "config is not valid",
  });
});

test("inline config errors keep the inner config's json paths", () => {
  const key = "ssh-ed25519 AAAA deploy@ci";
  const raw = JSON.stringify({ ignition: { version: "3.4.0" }, passwd: { users: [{ name: "backup", sshAuthorizedKeys: [key, key] }] } });
  assert.deepEqual(inline("3.4.0", raw), { entries: ["error $.passwd.users.0.sshAuthorizedKeys.1: duplicate entry defined"], error: undefined });
  const nested = '{"ignition": {"version": "3.7.0-experimental"}, "storage": {"files": [{"path": "etc/hostname", "mode": 420, "owner": "root"}]}}';
  assert.deepEqual(inline("3.7.0-experimental", nested).entries, [
    "error $.storage.files.0.path: path not absolute",
    "warning $.storage.files.0.owner: unused key owner",
  ]);
});

test("an inline config of another version is skipped with Butane's warning on the resource", () => {
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"rel"}]}}'), {
    entries: ["warning $.ignition.config.merge.0.version: skipping validation for the merge/replace ignition config due to an unkown version"],
    error: undefined,
  });
  // an unparseable version is validated (and reported) instead
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"x"}}').entries, ["error $.ignition.version: invalid config version (couldn't parse)"]);
});

test("type errors name the Go struct field and type", () => {
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":1}]}}').entries, [
    "error $: json: cannot unmarshal number into Go struct field File.storage.files.path of type string",
  ]);
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a","mode":"0644"}]}}').entries, [
    "error $: json: cannot unmarshal string into Go struct field File.storage.files.mode of type int",
  ]);
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a","mode":4.5}]}}').entries, [
    "error $: json: cannot unmarshal number 4.5 into Go struct field File.storage.files.mode of type int",
  ]);
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.4.0"},"storage":{"files":{}}}').entries, [
    "error $: json: cannot unmarshal object into Go struct field Storage.storage.files of type []types.File",
  ]);
  assert.deepEqual(inline("3.4.0", "[]").entries, ["error $: json: cannot unmarshal array into Go value of type types.Config"]);
});

test("keys match fields case-insensitively, but still count as unused; null sections confuse the key check", () => {
  assert.deepEqual(inline("3.4.0", '{"Ignition":{"version":"3.4.0"}}').entries, ["warning $.Ignition: unused key Ignition"]);
  assert.deepEqual(inline("3.4.0", '{"ignition":{"version":"3.4.0"},"storage":null}').entries, [
    "warning $.storage: context tree does not match content tree at $.storage. Line and column reporting may be inconsistent. Unused keys may not be reported",
  ]);
});

test("parseConfig reads the config's own version", () => {
  const r = parseConfig('{"ignition":{"version":"3.1.0"},"storage":{"files":[{"path":"/a","contents":{"source":"gs://b/o"}}]}}');
  assert.equal(r.version, "3.1.0");
  assert.deepEqual(lines(r.report), ["error $.storage.files.0.contents.source: invalid url scheme"]);
  assert.deepEqual(lines(parseConfig('{"ignition":{"version":"2.3.0"}}').report), ["error $: unsupported config version"]);
  assert.deepEqual(lines(parseConfig("").report), ["error $: not a config (empty)"]);
});

test("JSON syntax errors use Go's scanner texts", () => {
  const cases: [string, string][] = [
    ["", "unexpected end of JSON input"],
    ["{", "unexpected end of JSON input"],
    ["{x", "invalid character 'x' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b"}', "invalid character '\"' after object key:value pair"],
    ["[1 2]", "invalid character '2' after array element"],
    ["01", "invalid character '1' after top-level value"],
    ["-x", "invalid character 'x' in numeric literal"],
    ["1.e", "invalid character 'e' after decimal point in numeric literal"],
    ["1e+", "unexpected end of JSON input"],
    ["tru", "unexpected end of JSON input"],
    ["trUe", "invalid character 'U' in literal true (expecting 'u')"],
    ['"a\tb"', "invalid character '\\t' in string literal"],
    ['"\\q"', "invalid character 'q' in string escape code"],
    ['"\\u12G4"', "invalid character 'G' in \\u hexadecimal character escape"],
    ["\ufeff{}", "invalid character 'ï' looking for beginning of value"],
    ["{}", ""],
  ];
  for (const [src, want] of cases) assert.equal(jsonSyntaxError(src) ?? "", want, src);
});
