import { test } from "node:test";
import assert from "node:assert/strict";
import { type GoType, type StructType, goTypeName as goName } from "../../../lib/go/gotype";
import { ignitionSpec, ignitionVersions } from "../../../lib/ignition/index";

const typeOf = (version: string, name: string) => ignitionSpec(version)!.types.get(name) as StructType | undefined;
const keys = (version: string, name: string) => typeOf(version, name)?.fields.map((f) => f.key);
const field = (version: string, struct: string, key: string) => typeOf(version, struct)?.fields.find((f) => f.key === key);

test("every version has a types.Config", () => {
  assert.deepEqual(ignitionVersions(), ["3.0.0", "3.1.0", "3.2.0", "3.3.0", "3.4.0", "3.5.0", "3.6.0", "3.7.0-experimental"]);
  for (const v of ignitionVersions()) assert.equal(ignitionSpec(v)!.type.name, "types.Config");
  assert.equal(ignitionSpec("3.8.0"), undefined);
});

test("embedded structs are flattened in Go field order", () => {
  assert.deepEqual(keys("3.4.0", "File"), ["group", "overwrite", "path", "user", "append", "contents", "mode"]);
  assert.deepEqual(keys("3.4.0", "Link"), ["group", "overwrite", "path", "user", "hard", "target"]);
});

test("fields appear in the version that introduced them", () => {
  const has = (v: string, s: string, k: string) => field(v, s, k) !== undefined;
  assert.ok(!has("3.0.0", "Ignition", "proxy") && has("3.1.0", "Ignition", "proxy"));
  assert.ok(!has("3.0.0", "Filesystem", "mountOptions") && has("3.1.0", "Filesystem", "mountOptions"));
  assert.ok(!has("3.1.0", "Storage", "luks") && has("3.2.0", "Storage", "luks"));
  assert.ok(!has("3.1.0", "Partition", "resize") && has("3.2.0", "Partition", "resize"));
  assert.ok(!has("3.2.0", "Config", "kernelArguments") && has("3.3.0", "Config", "kernelArguments"));
  assert.ok(!has("3.3.0", "Luks", "discard") && has("3.4.0", "Luks", "discard"));
  assert.ok(!has("3.3.0", "Tang", "advertisement") && has("3.4.0", "Tang", "advertisement"));
  assert.ok(!has("3.4.0", "Luks", "cex") && has("3.5.0", "Luks", "cex"));
  assert.deepEqual(keys("3.5.0", "Luks"), ["cex", "clevis", "device", "discard", "keyFile", "label", "name", "openOptions", "options", "uuid", "wipeVolume"]);
});

test("types that change shape between versions", () => {
  const name = (t: GoType | undefined) => (t ? goName(t) : "absent");
  assert.equal(name(field("3.0.0", "File", "contents")?.type), "types.FileContents");
  assert.equal(name(field("3.1.0", "File", "contents")?.type), "types.Resource");
  assert.equal(name(field("3.2.0", "Luks", "clevis")?.type), "*types.Clevis");
  assert.equal(name(field("3.3.0", "Luks", "clevis")?.type), "types.Clevis");
  assert.equal(name(field("3.2.0", "Link", "target")?.type), "string");
  assert.equal(name(field("3.3.0", "Link", "target")?.type), "*string");
  assert.equal(name(field("3.2.0", "Raid", "level")?.type), "string");
  assert.equal(name(field("3.3.0", "Raid", "level")?.type), "*string");
  assert.equal(name(field("3.1.0", "Resource", "httpHeaders")?.type), "types.HTTPHeaders");
  assert.equal(field("3.3.0", "Ignition", "version")?.omitempty, true);
  assert.equal(field("3.4.0", "Ignition", "version")?.omitempty, undefined);
  assert.equal(typeOf("3.0.0", "Resource"), undefined);
  assert.equal(typeOf("3.1.0", "CaReference"), undefined);
});
