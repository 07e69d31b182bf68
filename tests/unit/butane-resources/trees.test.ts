import { test } from "node:test";
import assert from "node:assert/strict";
import { zeroValue } from "../../../lib/go/gotype";
import { processTrees } from "../../../lib/butane/resources/trees";
import { ErrFileType, ErrNodeExists, ErrNoFilesDir, ErrTreeNotDirectory, ErrFilesDirEscape } from "../../../lib/butane/errors";
import { configT, nodeTypes } from "./igntypes";
import { memFilesDir } from "./memfs";

type Obj = Record<string, unknown>;
const fd = memFilesDir("files", {
  "rootfs/etc/app/README": "upper\n",
  "rootfs/etc/app/_notes": "under\n",
  "rootfs/etc/app/current": { link: "conf.d" },
  "rootfs/etc/app/conf.d/10.conf": "x\n",
  "rootfs/etc/app.conf": { link: "/etc/app/app.conf" },
  "rootfs/opt/bin/app": { mode: 0o744, data: "#!/bin/sh\n" },
  "rootfs/opt/lib/app": { mode: 0o600, data: "lib\n" },
  "plain.txt": "not a dir",
});
const storage = (ret: Obj) => ret.storage as { files: Obj[]; directories: Obj[]; links: Obj[] };

test("walk order, files and symlinks, modes from the executable bits", () => {
  const ret = zeroValue(configT) as Obj;
  const r = processTrees({ storage: { trees: [{ local: "rootfs" }] } }, ret, nodeTypes, { filesDir: fd });
  assert.deepEqual(r.report.entries, []);
  const s = storage(ret);
  assert.deepEqual(
    s.files.map((f) => [f.path, f.mode]),
    [
      ["/etc/app/README", 0o644],
      ["/etc/app/_notes", 0o644],
      ["/etc/app/conf.d/10.conf", 0o644],
      ["/opt/bin/app", 0o755],
      ["/opt/lib/app", 0o644],
    ],
  );
  assert.deepEqual(s.links.map((l) => [l.path, l.target]), [["/etc/app/current", "conf.d"], ["/etc/app.conf", "/etc/app/app.conf"]]);
  assert.deepEqual(s.directories, []);
  assert.deepEqual((s.files[0].contents as Obj).compression, "");
  const tr = r.ts.lookup(["storage", "files", 3, "mode"]);
  assert.deepEqual(tr?.from, ["storage", "trees", 0]);
});

test("dir_mode, owners and file_mode; the root folder itself gets an entry", () => {
  const ret = zeroValue(configT) as Obj;
  processTrees(
    { storage: { trees: [{ local: "rootfs/opt", path: "/srv", dir_mode: 0o700, file_mode: 0o600, user: { name: "core" } }] } },
    ret,
    nodeTypes,
    { filesDir: fd },
  );
  const s = storage(ret);
  assert.deepEqual(s.directories.map((d) => [d.path, d.mode, (d.user as Obj).name]), [
    ["/srv", 0o700, "core"],
    ["/srv/bin", 0o700, "core"],
    ["/srv/lib", 0o700, "core"],
  ]);
  assert.deepEqual(s.files.map((f) => [f.path, f.mode]), [["/srv/bin/app", 0o600], ["/srv/lib/app", 0o600]]);
});

test("an explicit file without contents is filled and keeps its mode; with contents it conflicts", () => {
  const ret = zeroValue(configT) as Obj;
  const s = storage(ret);
  s.files.push({ ...(zeroValue(nodeTypes.file) as Obj), path: "/opt/bin/app", mode: 0o700 });
  s.files.push({
    ...(zeroValue(nodeTypes.file) as Obj),
    path: "/opt/lib/app",
    contents: { compression: undefined, source: "data:,x" },
  });
  s.directories.push({ ...(zeroValue(nodeTypes.directory) as Obj), path: "/etc/app/README" });
  const r = processTrees({ storage: { trees: [{ local: "rootfs" }] } }, ret, nodeTypes, { filesDir: fd });
  assert.deepEqual(r.report.entries.map((e) => [e.path.join("."), e.message]), [
    ["storage.trees.0", ErrNodeExists],
    ["storage.trees.0", ErrNodeExists],
  ]);
  assert.equal(s.files[0].mode, 0o700);
  assert.equal((s.files[0].contents as Obj).source, "data:,%23!%2Fbin%2Fsh%0A");
});

test("tree errors: no files dir, escape, missing, not a directory", () => {
  const ret = zeroValue(configT) as Obj;
  const trees = [{ local: "../x" }, { local: "absent" }, { local: "plain.txt" }];
  const r = processTrees({ storage: { trees } }, ret, nodeTypes, { filesDir: fd });
  assert.deepEqual(r.report.entries.map((e) => e.message), [
    ErrFilesDirEscape,
    "stat files/absent: no such file or directory",
    ErrTreeNotDirectory,
  ]);
  const r2 = processTrees({ storage: { trees } }, zeroValue(configT) as Obj, nodeTypes, {});
  assert.deepEqual(r2.report.entries.map((e) => [e.path.join("."), e.message]), [["storage.trees.0", ErrNoFilesDir]]);
});

test("anything but files, folders and symlinks is refused", () => {
  const odd = memFilesDir("files", { "t/ok": "x" });
  const stat = odd.stat.bind(odd);
  odd.stat = (p) => (p === "files/t/ok" ? { kind: "other", mode: 0o644 } : stat(p));
  const r = processTrees({ storage: { trees: [{ local: "t" }] } }, zeroValue(configT) as Obj, nodeTypes, { filesDir: odd });
  assert.deepEqual(r.report.entries.map((e) => e.message), [ErrFileType]);
});

test("folder entries are walked in UTF-8 byte order whatever order the files dir lists them", () => {
  const base = memFilesDir("files", { "t/b": "b", "t/B": "B", "t/\u{1F600}": "e", "t/\uFF21": "w", "t/a.conf": "x", "t/a/x": "y" });
  const readDir = base.readDir.bind(base);
  base.readDir = (p) => {
    const r = readDir(p);
    return Array.isArray(r) ? [...r].reverse() : r;
  };
  const ret = zeroValue(configT) as Obj;
  processTrees({ storage: { trees: [{ local: "t" }] } }, ret, nodeTypes, { filesDir: base });
  assert.deepEqual(storage(ret).files.map((f) => f.path), ["/B", "/a/x", "/a.conf", "/b", "/\uFF21", "/\u{1F600}"]);
});

test("an unreadable folder is reported and skipped; a link over a listed link with a target conflicts", () => {
  const base = memFilesDir("files", { "t/locked/x": "x", "t/l": { link: "x" }, "t/ok": "ok" });
  const readDir = base.readDir.bind(base);
  base.readDir = (p) => (p === "files/t/locked" ? { error: "open files/t/locked: permission denied" } : readDir(p));
  const ret = zeroValue(configT) as Obj;
  storage(ret).links.push({ ...(zeroValue(nodeTypes.link) as Obj), path: "/l", target: "elsewhere" });
  const r = processTrees({ storage: { trees: [{ local: "t", user: { name: "core" } }] } }, ret, nodeTypes, { filesDir: base });
  assert.deepEqual(r.report.entries.map((e) => e.message), [ErrNodeExists, "open files/t/locked: permission denied"]);
  assert.deepEqual(storage(ret).directories.map((d) => d.path), ["/"]);
  assert.deepEqual(storage(ret).files.map((f) => f.path), ["/ok"]);
  assert.equal(storage(ret).links[0].target, "elsewhere");
});
