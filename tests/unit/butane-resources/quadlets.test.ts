import { test } from "node:test";
import assert from "node:assert/strict";
import { zeroValue } from "../../../lib/go/gotype";
import { processQuadlets, quadletPath } from "../../../lib/butane/resources/quadlets";
import { quadletTemplateOf as templateOf } from "../../../lib/butane/base/validate";
import { ErrNodeExists } from "../../../lib/butane/errors";
import { configT, nodeTypes } from "./igntypes";
import { memFilesDir } from "./memfs";

type Obj = Record<string, unknown>;

test("template instances and paths", () => {
  assert.equal(templateOf("foo@100.container"), "foo@.container");
  assert.equal(templateOf("foo@.container"), undefined);
  assert.equal(templateOf("foo.container"), undefined);
  assert.equal(templateOf("a@b"), undefined);
  assert.equal(quadletPath(true, "web.container"), "/etc/containers/systemd/web.container");
  assert.equal(quadletPath(false, "web.container"), "/etc/containers/systemd/users/web.container");
});

test("quadlets become files, drop-ins and template symlinks", () => {
  const ret = zeroValue(configT) as Obj;
  const fd = memFilesDir("files", { "db.volume": "[Volume]\n" });
  const config = {
    systemd: {
      quadlets: [
        { name: "shard@.container", rootful: true, contents: "[Container]\n", dropins: [] },
        { name: "shard@east.container", rootful: true, dropins: [{ name: "extra", contents: "[Container]\nX=1\n" }] },
        { name: "db.volume", contents_local: "db.volume", dropins: [] },
      ],
    },
  };
  const r = processQuadlets(config, ret, nodeTypes, { filesDir: fd });
  assert.deepEqual(r.report.entries, []);
  const s = ret.storage as { files: Obj[]; links: Obj[] };
  assert.deepEqual(s.files.map((f) => [f.path, f.mode, (f.contents as Obj).source]), [
    ["/etc/containers/systemd/shard@.container", 0o644, "data:,%5BContainer%5D%0A"],
    ["/etc/containers/systemd/shard@east.container.d/extra", 0o644, "data:,%5BContainer%5D%0AX%3D1%0A"],
    ["/etc/containers/systemd/users/db.volume", 0o644, "data:,%5BVolume%5D%0A"],
  ]);
  assert.deepEqual(s.links.map((l) => [l.path, l.target]), [["/etc/containers/systemd/shard@east.container", "shard@.container"]]);
  assert.deepEqual(r.ts.lookup(["storage", "files", 2, "contents", "source"])?.from, ["systemd", "quadlets", 2, "contents_local"]);
  assert.deepEqual(r.ts.lookup(["storage", "links", 0, "path"])?.from, ["systemd", "quadlets", 1, "name"]);
});

test("a quadlet over an existing node is refused; missing local files are reported", () => {
  const ret = zeroValue(configT) as Obj;
  (ret.storage as { files: Obj[] }).files.push({ ...(zeroValue(nodeTypes.file) as Obj), path: "/etc/containers/systemd/users/a.pod" });
  const r = processQuadlets(
    { systemd: { quadlets: [{ name: "a.pod", contents: "[Pod]\n" }, { name: "b.pod", contents_local: "nope" }] } },
    ret,
    nodeTypes,
    { filesDir: memFilesDir("files", {}) },
  );
  assert.deepEqual(r.report.entries.map((e) => [e.path.join("."), e.message]), [
    ["systemd.quadlets.0", ErrNodeExists],
    ["systemd.quadlets.1.contents_local", "open files/nope: no such file or directory"],
  ]);
});
