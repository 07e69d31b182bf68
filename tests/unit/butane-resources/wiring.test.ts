// The resources sugar as wired into the Butane pipeline (transpile end to end).
import { test } from "node:test";
import assert from "node:assert/strict";
import { transpile } from "../../../lib/index";
import { memFilesDir } from "./memfs";

const fd = memFilesDir("files", {
  "motd": "hello\n",
  "keys.pub": "ssh-ed25519 AAAA one\r\nssh-ed25519 BBBB two\n",
  "unit.service": "[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n",
  "site/index.html": "<h1>hi</h1>\n",
});

const run = (text: string) => transpile(text, { filesDir: fd });
const lines = (r: ReturnType<typeof run>) => r.report.map((e) => `${e.level} ${e.path.join(".")} ${e.line}:${e.column} ${e.message}`);

test("flatcar 1.1.0: local contents, keys, unit contents_local, tree and mount unit", () => {
  const r = run(`variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_keys: [ssh-ed25519 ZZZZ inline]
      ssh_authorized_keys_local: [keys.pub]
storage:
  filesystems:
    - device: /dev/sdb
      format: ext4
      path: /var/data
      with_mount_unit: true
  files:
    - path: /etc/motd
      contents:
        local: /motd
  trees:
    - local: site
      path: /srv/www
systemd:
  units:
    - name: app.service
      enabled: true
      contents_local: unit.service
`);
  assert.deepEqual(r.report, []);
  assert.equal(r.error, undefined);
  const ign = JSON.parse(r.output!);
  assert.deepEqual(ign.passwd.users[0].sshAuthorizedKeys, ["ssh-ed25519 ZZZZ inline", "ssh-ed25519 AAAA one", "ssh-ed25519 BBBB two"]);
  assert.deepEqual(ign.storage.files, [
    { path: "/etc/motd", contents: { compression: "", source: "data:,hello%0A" } },
    { path: "/srv/www/index.html", contents: { compression: "", source: "data:;base64,PGgxPmhpPC9oMT4K" }, mode: 420 },
  ]);
  assert.deepEqual(ign.systemd.units.map((u: { name: string }) => u.name), ["var-data.mount", "app.service"]);
  assert.ok(ign.systemd.units[1].contents.startsWith("[Service]"));
});

test("errors are reported at the Butane paths with positions", () => {
  const r = run(`variant: fcos
version: 1.5.0
passwd:
  users:
    - name: core
      ssh_authorized_keys_local: [../escape.pub]
storage:
  files:
    - path: /etc/absent
      contents:
        local: absent
  trees:
    - local: motd
`);
  assert.equal(r.error, "source config is invalid");
  assert.deepEqual(lines(r), [
    "error passwd.users.0.ssh_authorized_keys_local.0 6:35 local file path traverses outside the files directory",
    "error storage.files.0.contents.local 11:16 open files/absent: no such file or directory",
    "error storage.trees.0 13:7 root of tree must be a directory",
  ]);
});

test("fcos 1.0.0 inline is escaped without a compression field", () => {
  const r = run(`variant: fcos
version: 1.0.0
storage:
  files:
    - path: /etc/x
      contents:
        inline: ${"a".repeat(80)}
`);
  assert.equal(JSON.parse(r.output!).storage.files[0].contents.source, "data:," + "a".repeat(80));
  assert.ok(!r.output!.includes("compression"));
});

test("quadlets in flatcar 1.2.0-experimental", () => {
  const r = run(`variant: flatcar
version: 1.2.0-experimental
systemd:
  quadlets:
    - name: web.container
      rootful: true
      contents: "[Container]\\nImage=nginx\\n"
    - name: job@a.container
`);
  assert.deepEqual(r.report, []);
  const s = JSON.parse(r.output!).storage;
  assert.deepEqual(s.files.map((f: { path: string }) => f.path), ["/etc/containers/systemd/web.container"]);
  assert.deepEqual(s.links, [{ path: "/etc/containers/systemd/users/job@a.container", target: "job@.container" }]);
});
