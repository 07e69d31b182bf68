// cloud-config → Butane: each supported key, the warnings for the rest, and the Butane that
// comes out transpiles without errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "fflate";
import { transpile } from "../../../lib/index";
import { importCloudConfig, isCloudConfig } from "../../../lib/import/cloud-config";
import { memoryFilesDir } from "../../../lib/import/ignition";
import { decodeDataUrl } from "../../../lib/import/dataurl";

function run(text: string) {
  const r = importCloudConfig(text);
  const t = transpile(r.butane, { filesDir: memoryFilesDir(r.files) });
  assert.equal(t.error, undefined, r.butane + "\n" + JSON.stringify(t.report));
  assert.deepEqual(t.report.filter((e) => e.level === "error"), []);
  const ign = JSON.parse(t.output!) as any;
  const file = (p: string) => ign.storage?.files?.find((f: any) => f.path === p);
  return { r, ign, file };
}
const dataText = (src: string) => new TextDecoder().decode(decodeDataUrl(src));

const gz = Buffer.from(gzipSync(new TextEncoder().encode("zipped\n"))).toString("base64");
const sample = `#cloud-config
hostname: node1
ssh_authorized_keys:
  - ssh-ed25519 AAAAtop
users:
  - name: alice
    groups: [docker, wheel]
    primary_group: alice
    shell: /bin/bash
    passwd: $6$salt$hash
    lock_passwd: true
    ssh_authorized_keys: [ssh-ed25519 AAAAalice]
    sudo: ALL=(ALL) NOPASSWD:ALL
groups:
  - ops
  - admins: [alice]
write_files:
  - path: /etc/app.conf
    permissions: "0640"
    owner: alice:alice
    content: |
      a=1
  - path: /etc/b64
    encoding: b64
    content: aGVsbG8K
  - path: /etc/gz
    encoding: gzip+base64
    content: ${gz}
  - path: /etc/profile.d/x.sh
    append: true
    content: export X=1
  - path: /opt/bin.dat
    encoding: b64
    content: AAEC/w==
timezone: Europe/Berlin
runcmd:
  - echo hi
  - [touch, /tmp/a b]
bootcmd:
  - echo early
packages: [htop]
apt:
  sources: {}
coreos:
  units:
    - name: app.service
      command: start
      content: |
        [Service]
        ExecStart=/usr/bin/true
        [Install]
        WantedBy=multi-user.target
    - name: docker.service
      enable: true
      drop-ins:
        - name: 10-opts.conf
          content: |
            [Service]
            Environment=X=1
  update:
    reboot_strategy: reboot
    group: stable
  etcd2:
    name: x
`;

test("recognises a cloud-config by its first line", () => {
  assert.ok(isCloudConfig("#cloud-config\nhostname: a\n"));
  assert.ok(!isCloudConfig("variant: flatcar\n"));
});

test("every supported key converts and the Butane transpiles", () => {
  const { r, ign, file } = run(sample);
  assert.match(r.butane, /^# Converted from a cloud-config/);
  assert.equal(dataText(file("/etc/hostname").contents.source), "node1\n");
  const users = ign.passwd.users;
  const core = users.find((u: any) => u.name === "core");
  assert.deepEqual(core.sshAuthorizedKeys, ["ssh-ed25519 AAAAtop"]);
  const alice = users.find((u: any) => u.name === "alice");
  assert.equal(alice.passwordHash, "$6$salt$hash");
  assert.equal(alice.shell, "/bin/bash");
  assert.equal(alice.primaryGroup, "alice");
  assert.deepEqual(alice.groups, ["docker", "wheel", "admins"]);
  assert.deepEqual(alice.sshAuthorizedKeys, ["ssh-ed25519 AAAAalice"]);
  assert.deepEqual(ign.passwd.groups.map((g: any) => g.name), ["ops", "admins"]);
  assert.equal(dataText(file("/etc/sudoers.d/alice").contents.source), "alice ALL=(ALL) NOPASSWD:ALL\n");
  assert.equal(file("/etc/app.conf").mode, 0o640);
  assert.deepEqual(file("/etc/app.conf").user, { name: "alice" });
  assert.deepEqual(file("/etc/app.conf").group, { name: "alice" });
  assert.match(r.butane, /inline: \|\n\s+hello\n/);
  assert.match(r.butane, /inline: \|\n\s+zipped\n/);
  assert.ok(file("/etc/profile.d/x.sh").append.length === 1);
  assert.match(r.butane, /local: bin\.dat/);
  assert.deepEqual([...r.files["bin.dat"]], [0, 1, 2, 255]);
  assert.deepEqual(ign.storage.links, [{ path: "/etc/localtime", overwrite: true, target: "/usr/share/zoneinfo/Europe/Berlin" }]);
  const runcmd = dataText(file("/opt/cloud-config/runcmd.sh").contents.source);
  assert.match(runcmd, /echo hi\ntouch '\/tmp\/a b'\n/);
  assert.equal(file("/opt/cloud-config/runcmd.sh").mode, 0o755);
  const unit = ign.systemd.units.find((u: any) => u.name === "cloud-config-runcmd.service");
  assert.equal(unit.enabled, true);
  assert.match(unit.contents, /Type=oneshot/);
  assert.match(unit.contents, /ConditionPathExists=!\/var\/lib\/cloud-config\/runcmd.done/);
  assert.ok(ign.systemd.units.find((u: any) => u.name === "cloud-config-bootcmd.service").enabled);
  const app = ign.systemd.units.find((u: any) => u.name === "app.service");
  assert.equal(app.enabled, true);
  assert.match(app.contents, /ExecStart=\/usr\/bin\/true/);
  const docker = ign.systemd.units.find((u: any) => u.name === "docker.service");
  assert.equal(docker.enabled, true);
  assert.equal(docker.dropins[0].name, "10-opts.conf");
  assert.equal(dataText(file("/etc/flatcar/update.conf").contents.source), "REBOOT_STRATEGY=reboot\nGROUP=stable\n");
});

test("keys without an equivalent are warned about with their line, never dropped silently", () => {
  const { r } = run(sample);
  assert.ok(r.warnings.includes("packages (line 41): no Flatcar equivalent; not converted"), r.warnings.join("\n"));
  assert.ok(r.warnings.includes("apt (line 42): no Flatcar equivalent; not converted"));
  assert.ok(r.warnings.some((w) => /^coreos\.etcd2 \(line \d+\): no Flatcar equivalent/.test(w)));
  assert.equal(r.warnings.length, 3, r.warnings.join("\n"));
  const other = importCloudConfig("#cloud-config\nyum_repos:\n  x: {}\nusers:\n  - default\n  - name: bob\n    lock_passwd: false\n    ssh_import_id: [gh:bob]\n");
  assert.ok(other.warnings.some((w) => w.startsWith("yum_repos (line 2)")));
  assert.ok(other.warnings.some((w) => /default/.test(w)));
  assert.ok(other.warnings.some((w) => /bob: lock_passwd: false/.test(w)));
  assert.ok(other.warnings.some((w) => /bob: ssh_import_id/.test(w)));
});

test("coreos-cloudinit's dashed keys and reboot-strategy", () => {
  const { ign, file } = run("#cloud-config\nusers:\n  - name: u\n    ssh-authorized-keys: [k]\n    primary-group: g\ncoreos:\n  update:\n    reboot-strategy: off\n");
  assert.deepEqual(ign.passwd.users[0].sshAuthorizedKeys, ["k"]);
  assert.equal(dataText(file("/etc/flatcar/update.conf").contents.source), "REBOOT_STRATEGY=off\n");
});
