// Fixes for Kindling's findings: each one, applied, leaves a config that transpiles and no
// longer has that finding; did-you-mean's keys come from the spec's own type descriptors;
// nothing is reported on the templates and the designer's first document.
import assert from "node:assert/strict";
import { test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { transpile } from "../../../lib";
import { lintButane, type Finding } from "../../../lib/lint";
import { fixFor, renameKey } from "../../../lib/lint/fixes";
import { keysBeside } from "../../../lib/lint/keys";
import { DEFAULT_DOCUMENT } from "../../../components/state/default-document";

const HEAD = "variant: flatcar\nversion: 1.1.0\n";
const lint = (text: string) => lintButane(text, { engineReport: transpile(text).report });

function fixed(body: string, id: string): { text: string; label: string; before: Finding[] } {
  const text = HEAD + body;
  const before = lint(text);
  const f = before.find((x) => x.id === id);
  assert.ok(f, `no ${id} finding in ${JSON.stringify(before)}`);
  const fix = fixFor(text, f);
  assert.ok(fix, `no fix for ${id}`);
  const r = transpile(fix.text);
  assert.equal(r.error, undefined, fix.text);
  assert.deepEqual(lint(fix.text).filter((x) => x.id === id), [], fix.text);
  return { text: fix.text, label: fix.label, before };
}

test("usr-path: moves programs to /opt/bin, unit files to /etc/systemd, the rest to /opt", () => {
  const a = fixed("# mine\nstorage:\n  files:\n    - path: /usr/local/bin/hello\n      mode: 0755\n", "usr-path");
  assert.equal(a.label, "Move to /opt/bin/hello");
  assert.match(a.text, /# mine\nstorage:\n  files:\n    - path: \/opt\/bin\/hello\n      mode: 0755\n/);
  assert.match(fixed("storage:\n  files:\n    - path: /usr/lib/systemd/system/a.service\n", "usr-path").text, /path: \/etc\/systemd\/system\/a\.service/);
  assert.match(fixed("storage:\n  directories:\n    - path: /usr/share/app\n", "usr-path").text, /path: \/opt\/share\/app/);
});

test("unknown-target: the nearest target Flatcar has, in the unit's text", () => {
  const a = fixed("systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Service]\n        ExecStart=/usr/bin/true\n        [Install]\n        WantedBy=multiuser.target\n", "unknown-target");
  assert.equal(a.label, "Use multi-user.target");
  assert.match(a.text, /\[Install\]\n {8}WantedBy=multi-user\.target\n/);
  assert.match(a.before[0].message, /Use multi-user\.target/);
  const b = fixed("systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Install]\n        WantedBy=docker.target\n", "unknown-target");
  assert.match(b.text, /WantedBy=multi-user\.target/, "nothing near: multi-user.target");
});

test("docker-order: After= and Requires=docker.service in [Unit]; podman: the network", () => {
  const a = fixed("systemd:\n  units:\n    - name: web.service\n      contents: |\n        [Unit]\n        Description=web\n        After=network-online.target\n        [Service]\n        ExecStart=/usr/bin/docker run nginx\n", "docker-order");
  assert.equal(a.label, "Order after docker.service");
  assert.match(a.text, /After=network-online\.target docker\.service\n/);
  assert.match(a.text, /Requires=docker\.service\n/);
  const b = fixed("systemd:\n  units:\n    - name: web.service\n      contents: |\n        [Service]\n        ExecStart=/usr/bin/podman run nginx\n", "docker-order");
  assert.match(b.text, /\[Unit\][\s\S]*Wants=network-online\.target[\s\S]*After=network-online\.target/);
});

test("did-you-mean: renames the key, keeping its value and comment", () => {
  const a = fixed("passwd:\n  users:\n    - name: core\n      pasword_hash: $y$x # the hash\n", "did-you-mean");
  assert.equal(a.label, "Rename to password_hash");
  assert.match(a.text, /      password_hash: \$y\$x # the hash\n/);
  const b = fixed("storag:\n  files:\n    - path: /etc/motd\n", "did-you-mean");
  assert.match(b.text, /^storage:$/m);
  assert.equal(renameKey(HEAD + "a: 1\nb: 2\n", ["a"], "b").ok, false, "never onto a key that is there");
});

test("did-you-mean: the candidates are the spec's own keys at that place", () => {
  assert.deepEqual(keysBeside("flatcar", "1.1.0", ["storage", "files", 0, "x"])?.includes("overwrite"), true);
  assert.deepEqual(keysBeside("flatcar", "1.1.0", ["x"])?.sort(), ["ignition", "kernel_arguments", "passwd", "storage", "systemd", "variant", "version"]);
  // boot_device exists in Fedora CoreOS's spec, not Flatcar's
  const fl = lintButane(HEAD + "boot_devic: {}\n", { engineReport: transpile(HEAD + "boot_devic: {}\n").report });
  assert.deepEqual(fl.filter((f) => f.id === "did-you-mean"), []);
  const fcos = "variant: fcos\nversion: 1.5.0\nboot_devic: {}\n";
  assert.match(lintButane(fcos, { engineReport: transpile(fcos).report })[0].message, /did you mean `boot_device`/);
  // a key valid elsewhere in the spec is not suggested where it does not belong
  const misplaced = HEAD + "storage:\n  files:\n    - path: /etc/a\n      nam: x\n";
  assert.deepEqual(lint(misplaced).filter((f) => f.id === "did-you-mean"), [], "name is not a file's key");
  const mode = HEAD + "storage:\n  files:\n    - path: /etc/a\n      moed: 0644\n";
  assert.match(lint(mode)[0].message, /did you mean `mode`/);
});

test("unknown-group and unknown-owner: create the group or user", () => {
  const a = fixed("passwd:\n  users:\n    - name: core\n      groups: [admins]\n", "unknown-group");
  assert.equal(a.label, "Create group admins");
  assert.match(a.text, /groups:\n    - name: admins\n/);
  const b = fixed("storage:\n  directories:\n    - path: /srv/www\n      user:\n        name: www\n", "unknown-owner");
  assert.equal(b.label, "Create user www");
  assert.match(b.text, /users:\n    - name: www\n      no_create_home: true\n/);
  // a finding older than the text (the fix already applied) offers nothing
  assert.equal(fixFor(a.text, a.before.find((f) => f.id === "unknown-group")!), undefined);
  assert.equal(fixFor(b.text, b.before.find((f) => f.id === "unknown-owner")!), undefined);
});

test("unknown-owner: a user's own group is known unless no_user_group or primary_group", () => {
  const own = "passwd:\n  users:\n    - name: app\nstorage:\n  directories:\n    - path: /srv/app\n      user: { name: app }\n      group: { name: app }\n";
  assert.deepEqual(lint(HEAD + own), []);
  const none = own.replace("- name: app\n", "- name: app\n      no_user_group: true\n");
  assert.deepEqual(lint(HEAD + none).map((f) => f.id), ["unknown-owner"]);
  assert.match(fixed(none, "unknown-owner").label, /Create group app/);
});

test("clc-key: locksmith and update become update.conf, networkd .network files; etcd has no fix", () => {
  let text = HEAD + "update:\n  group: beta\nlocksmith:\n  reboot_strategy: reboot\n  window_start: Sun 03:00\n  window_length: 2h\n";
  const labels: string[] = [];
  for (let i = 0; i < 2; i++) {
    const fix = fixFor(text, lint(text).find((f) => f.id === "clc-key")!)!;
    labels.push(fix.label);
    text = fix.text;
  }
  assert.deepEqual(labels, ["Convert to /etc/flatcar/update.conf", "Convert to /etc/flatcar/update.conf"]);
  assert.doesNotMatch(text, /^(update|locksmith):/m);
  assert.match(text, /GROUP=beta\n\s*REBOOT_STRATEGY=reboot\n\s*LOCKSMITHD_REBOOT_WINDOW_START=Sun 03:00\n\s*LOCKSMITHD_REBOOT_WINDOW_LENGTH=2h\n/);
  assert.deepEqual(lint(text), []);
  assert.deepEqual(transpile(text).report, []);
  const n = fixed("networkd:\n  units:\n    - name: 00-eth0.network\n      contents: |\n        [Match]\n        Name=eth0\n        [Network]\n        DHCP=yes\n", "clc-key");
  assert.match(n.text, /path: \/etc\/systemd\/network\/00-eth0\.network[\s\S]*DHCP=yes/);
  const etcd = HEAD + "etcd:\n  name: x\n";
  assert.equal(fixFor(etcd, lint(etcd)[0]), undefined);
});

test("local-missing has no fix (attach the file)", () => {
  const text = HEAD + "storage:\n  files:\n    - path: /opt/a\n      contents:\n        local: a.sh\n";
  const f = lintButane(text, { engineReport: transpile(text).report, hasLocalFile: () => false });
  assert.equal(f[0].id, "local-missing");
  assert.equal(fixFor(text, f[0]), undefined);
});

test("nothing is reported on any template (with its files attached) nor on the first document", () => {
  const ids = readdirSync("templates").filter((d) => existsSync(`templates/${d}/config.bu`));
  assert.ok(ids.length >= 10);
  for (const id of ids) {
    const text = readFileSync(`templates/${id}/config.bu`, "utf8");
    const r = transpile(text);
    assert.deepEqual(lintButane(text, { engineReport: r.report, hasLocalFile: (p) => existsSync(`templates/${id}/files/${p}`) }), [], id);
  }
  assert.deepEqual(lint(DEFAULT_DOCUMENT), []);
});
