import { test } from "node:test";
import assert from "node:assert/strict";
import { Translator, type CustomTranslator } from "../../../lib/butane/translate";
import { buildSchema } from "../../../lib/butane/schema/define";
import { struct, ptr, slice, str, int, bool } from "../../../lib/go/gotype";

const schema = buildSchema("v0_9", {
  named: {},
  structs: {
    Config: { storage: "Storage" },
    Storage: { disks: "[]Disk", filesystems: "[]Filesystem" },
    Disk: { device: "string", partitions: "[]Partition", wipe_table: "*bool" },
    Partition: { label: "*string", number: "int", size_mib: "*int" },
    Filesystem: { device: "string", path: "*string", with_mount_unit: "*bool skip" },
  },
});
const T = (n: string) => schema.types.get(n) as ReturnType<typeof struct>;

const Partition = struct("types.Partition", [
  { key: "label", type: ptr(str) },
  { key: "number", type: int },
  { key: "sizeMiB", type: ptr(int) },
]);
const Disk = struct("types.Disk", [
  { key: "device", type: str },
  { key: "partitions", type: slice(Partition) },
  { key: "wipeTable", type: ptr(bool) },
]);
const Filesystem = struct("types.Filesystem", [
  { key: "device", type: str },
  { key: "path", type: ptr(str) },
]);
const Storage = struct("types.Storage", [
  { key: "disks", type: slice(Disk) },
  { key: "filesystems", type: slice(Filesystem) },
]);

test("schema names types Go-style and marks auto_skip fields", () => {
  assert.equal(T("Disk").name, "v0_9.Disk");
  const f = T("Filesystem").fields.find((x) => x.key === "with_mount_unit") as { autoSkip?: boolean };
  assert.equal(f.autoSkip, true);
});

test("generic translation copies fields by camelCase key and records translations", () => {
  const tr = new Translator({});
  const from = {
    disks: [{ device: "/dev/vdb", partitions: [{ label: "data", number: 1, size_mib: 100 }], wipe_table: true }],
    filesystems: [{ device: "/dev/vdb1", path: undefined, with_mount_unit: true }],
  };
  const r = tr.translate(T("Storage"), from, Storage);
  const v = r.value as any;
  assert.deepEqual(v.disks[0], {
    device: "/dev/vdb",
    partitions: [{ label: "data", number: 1, sizeMiB: 100 }],
    wipeTable: true,
  });
  assert.deepEqual(v.filesystems[0], { device: "/dev/vdb1", path: undefined });
  assert.deepEqual(r.ts.lookup(["disks", 0, "partitions", 0, "sizeMiB"])?.from, ["disks", 0, "partitions", 0, "size_mib"]);
  assert.deepEqual(r.ts.lookup(["disks", 0])?.from, ["disks", 0]);
  assert.deepEqual(r.ts.lookup(["disks"])?.from, ["disks"]);
  // nil pointers record nothing, zero scalars do
  assert.equal(r.ts.lookup(["filesystems", 0, "path"]), undefined);
  assert.ok(r.ts.lookup(["filesystems", 0, "device"]));
});

test("custom translators run for their struct pair and are rebased onto the current path", () => {
  const custom: CustomTranslator = (tr, from, fromType, toType) => {
    const c = tr.fields(fromType, from, toType).copy("label").copy("number").copy("size_mib");
    c.to.label = "renamed";
    c.report.warn(["label"], "renamed it");
    return c.result();
  };
  const tr = new Translator({}, new Map([["Partition>Partition", custom]]));
  const r = tr.translate(T("Disk"), { device: "d", partitions: [{ label: "x", number: 0, size_mib: undefined }] }, Disk);
  assert.equal((r.value as any).partitions[0].label, "renamed");
  assert.deepEqual(r.report.entries, [{ level: "warning", path: ["partitions", 0, "label"], message: "renamed it" }]);
  assert.deepEqual(r.ts.lookup(["partitions", 0])?.from, ["partitions", 0]);
  assert.deepEqual(r.ts.lookup(["partitions", 0, "label"])?.from, ["partitions", 0, "label"]);
});

test("a field without an Ignition counterpart is a bug, not silently dropped", () => {
  const tr = new Translator({});
  const Narrow = struct("types.Disk", [{ key: "device", type: str }]);
  assert.throws(() => tr.translate(T("Disk"), { device: "d", partitions: [], wipe_table: undefined }, Narrow));
});
