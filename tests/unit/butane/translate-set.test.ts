import { test } from "node:test";
import assert from "node:assert/strict";
import { TranslationSet, allPaths, mapReportPaths, snake, camel } from "../../../lib/butane/translate";
import { struct, ptr, slice, str, int } from "../../../lib/go/gotype";

const from = (ts: TranslationSet, ...to: (string | number)[]) => ts.lookup(to)?.from;

test("snake and camel follow config/util", () => {
  assert.equal(snake("sizeMiB"), "size_mib");
  assert.equal(snake("httpHeaders"), "http_headers");
  assert.equal(snake("typeGuid"), "type_guid");
  assert.equal(camel("size_mib"), "sizeMiB");
  assert.equal(camel("start_mib"), "startMiB");
  assert.equal(camel("ssh_authorized_keys"), "sshAuthorizedKeys");
  assert.equal(camel("wipe_partition_entry"), "wipePartitionEntry");
});

test("add keys by json path; later additions replace", () => {
  const ts = new TranslationSet();
  ts.add(["a"], ["x", 0]);
  ts.add(["b"], ["x", 0]);
  assert.deepEqual(from(ts, "x", 0), ["b"]);
  assert.equal(ts.size, 1);
});

test("mergeP2 prefixes each side; prefix and descend", () => {
  const inner = new TranslationSet();
  inner.add(["home_dir"], ["homeDir"]);
  const ts = new TranslationSet();
  ts.mergeP2(["passwd", "users", 0], ["passwd", "users", 0], inner);
  assert.deepEqual(from(ts, "passwd", "users", 0, "homeDir"), ["passwd", "users", 0, "home_dir"]);
  const d = ts.descend(["passwd", "users"]);
  assert.deepEqual(d.lookup([0, "homeDir"])?.from, ["passwd", "users", 0, "home_dir"]);
  assert.equal(ts.prefix("root").lookup(["root", "passwd", "users", 0, "homeDir"])?.from[0], "root");
});

test("map re-targets translations through json→json mappings", () => {
  const ts = new TranslationSet();
  ts.add(["storage", "filesystems", 0], ["systemd", "units", 0]);
  const m = new TranslationSet();
  m.add(["systemd", "units", 0], ["systemd", "units", 3]);
  const out = ts.map(m);
  assert.equal(out.lookup(["systemd", "units", 0]), undefined);
  assert.deepEqual(out.lookup(["systemd", "units", 3])?.from, ["storage", "filesystems", 0]);
});

test("addFromCommonSource maps every sub-path, zero fields included", () => {
  const Unit = struct("types.Unit", [
    { key: "contents", type: ptr(str) },
    { key: "dropins", type: slice(struct("types.Dropin", [{ key: "name", type: str }])) },
    { key: "name", type: str },
  ]);
  const ts = new TranslationSet();
  ts.addFromCommonSource(["storage", "filesystems", 1, "with_mount_unit"], ["systemd", "units", 2], Unit, {
    contents: "x",
    dropins: [{ name: "a" }],
    name: "n",
  });
  for (const p of [[], ["contents"], ["dropins"], ["dropins", 0], ["dropins", 0, "name"], ["name"]]) {
    assert.deepEqual(from(ts, "systemd", "units", 2, ...p), ["storage", "filesystems", 1, "with_mount_unit"], p.join("."));
  }
  assert.equal(allPaths(Unit, { contents: undefined, dropins: [], name: "" }, false).length, 0);
  assert.equal(allPaths(int, 3, true).length, 0);
});

test("mapReportPaths: exact translation, else snake_case keys; yaml entries untouched", () => {
  const ts = new TranslationSet();
  ts.add(["storage", "files", 0, "contents", "inline"], ["storage", "files", 0, "contents", "source"]);
  const out = mapReportPaths(
    [
      { level: "error", message: "m1", path: ["storage", "files", 0, "contents", "source"], json: true },
      { level: "error", message: "m2", path: ["storage", "disks", 0, "partitions", 1, "sizeMiB"], json: true },
      { level: "warning", message: "m3", path: ["passwd", "users", 0, "homeDir"] },
    ],
    ts,
  );
  assert.deepEqual(out[0].path, ["storage", "files", 0, "contents", "inline"]);
  assert.deepEqual(out[1].path, ["storage", "disks", 0, "partitions", 1, "size_mib"]);
  assert.deepEqual(out[2].path, ["passwd", "users", 0, "homeDir"]);
  assert.equal("json" in out[0], false);
});

test("many recorded operations of every kind replay in order (later additions replace), fixed translations included", async () => {
  const { fixedTranslation } = await import("../../../lib/butane/translate");
  const fixed = fixedTranslation(["inline"], ["source"]);
  const child = new TranslationSet();
  child.addFixed(fixed);
  child.add(["c"], [1]);
  const ts = new TranslationSet();
  ts.add(["a"], ["x", 0]); // replaced by the merge below
  ts.add(["b"], ["x", 1]); // replaced by the merge below
  ts.mergeP("x", child); // three operations in: the list grows past its two kept in place
  ts.add(["d"], ["x", 2]);
  ts.add(["e"], ["x", 0]);
  ts.addFixed(fixed);
  ts.addFixed(fixed);
  assert.deepEqual(from(ts, "x", 0), ["e"]);
  assert.deepEqual(from(ts, "x", 1), ["x", "c"]);
  assert.deepEqual(from(ts, "x", 2), ["d"]);
  assert.deepEqual(from(ts, "x", "source"), ["x", "inline"]);
  assert.deepEqual(from(ts, "source"), ["inline"]);
  assert.equal(ts.size, 5);
  assert.ok(Object.isFrozen(fixed.t.from), "a fixed translation's paths cannot be changed by a reader");
});

test("mergeLinkedAndAdd: the child's translations under the prefixes, then the prefixes' own, only when the child holds any", async () => {
  const { link, rootLink } = await import("../../../lib/go/path");
  const from = link(rootLink("files"), 0);
  const to = link(rootLink("files"), 0);
  const empty = new TranslationSet();
  const ts = new TranslationSet();
  ts.mergeLinkedAndAdd(from, to, empty);
  assert.equal(ts.size, 0, "an empty child adds nothing, not even the object's own translation");
  const child = new TranslationSet();
  child.add(["path"], ["path"]);
  child.add(["x"], []); // a child entry at the object's own path is replaced by the mark, set after it
  ts.mergeLinkedAndAdd(from, to, child);
  const expected = new TranslationSet();
  expected.mergeLinked(from, to, child);
  expected.addLinked(from, to);
  assert.equal(ts.toString(), expected.toString());
  assert.deepEqual(ts.lookup(["files", 0])?.from, ["files", 0]);
  assert.deepEqual(ts.lookup(["files", 0, "path"])?.from, ["files", 0, "path"]);
  // Nested: the marked merge replayed inside another merge, and flattened inside a prefixed copy.
  const outer = new TranslationSet();
  outer.mergeP2("storage", "storage", ts);
  assert.deepEqual(outer.lookup(["storage", "files", 0])?.from, ["storage", "files", 0]);
  assert.equal(outer.size, 2);
});
