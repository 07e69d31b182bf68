import { test } from "node:test";
import assert from "node:assert/strict";
import { allSpecs, getSpec } from "../../../lib/butane/specs";
import { decodeDocument } from "../../../lib/yaml";

function run(variant: string, version: string, body: string, pretty = false) {
  const spec = getSpec(variant, version);
  assert.ok(spec, `${variant} ${version}`);
  const text = `variant: ${variant}\nversion: ${version}\n${body}`;
  const d = decodeDocument(text, spec.type);
  assert.ok(d.ok);
  const r = spec.translate(d.value, { pretty });
  return { ...r, lines: r.report.map((e) => `${e.level} $.${e.path.join(".")}: ${e.message}`) };
}

test("registry: every variant/version Butane 0.29.0 registers (openshift aside)", () => {
  const names = allSpecs().map((s) => `${s.variant} ${s.version}`);
  for (const n of ["fcos 1.0.0", "fcos 1.8.0-experimental", "flatcar 1.0.0", "flatcar 1.1.0", "flatcar 1.2.0-experimental", "r4e 1.2.0-experimental", "fiot 1.0.0", "fiot 1.1.0-experimental"]) {
    assert.ok(names.includes(n), n);
  }
  assert.equal(getSpec("flatcar", "1.1.0")?.ignitionVersion, "3.4.0");
  assert.equal(getSpec("flatcar", "1.2.0-experimental")?.experimental, true);
  assert.equal(getSpec("flatcar", "9.9.9"), undefined);
  assert.equal(getSpec("fcos", "1.5.0")?.type.name, "v1_5.Config");
  assert.ok(getSpec("fcos", "1.5.0")?.type.fields.some((f) => f.key === "grub"));
  assert.ok(!getSpec("flatcar", "1.1.0")?.type.fields.some((f) => f.key === "boot_device"));
});

test("flatcar 1.1.0: users and units translate; output is compact Ignition 3.4.0", () => {
  const r = run(
    "flatcar",
    "1.1.0",
    "passwd:\n  users:\n    - name: core\n      home_dir: /home/core\nsystemd:\n  units:\n    - name: a.service\n      enabled: true\n      contents: |\n        [Install]\n        WantedBy=multi-user.target\n",
  );
  assert.equal(r.error, undefined);
  assert.deepEqual(r.lines, []);
  assert.equal(
    r.output,
    '{"ignition":{"version":"3.4.0"},"passwd":{"users":[{"homeDir":"/home/core","name":"core"}]},"systemd":{"units":[{"contents":"[Install]\\nWantedBy=multi-user.target\\n","enabled":true,"name":"a.service"}]}}',
  );
});

test("Ignition errors are mapped back to yaml paths; the error text is Butane's", () => {
  const r = run("flatcar", "1.1.0", "storage:\n  files:\n    - path: relative\n      mode: 644\n");
  assert.equal(r.error, "config generated was invalid");
  assert.ok(r.lines.includes("warning $.storage.files.0.mode: unreasonable mode would be reasonable if specified in octal; remember to add a leading zero"));
  assert.ok(r.lines.includes("error $.storage.files.0.path: path not absolute"));
  assert.equal(r.output, undefined);
});

test("Butane's own errors stop before translation with 'source config is invalid'", () => {
  const r = run("flatcar", "1.0.0", "storage:\n  files:\n    - path: /a\n      contents:\n        inline: x\n        source: https://example.com/x\n");
  assert.equal(r.error, "source config is invalid");
  assert.deepEqual(r.lines, ["error $.storage.files.0.contents.source: only one of the following can be set: inline, local, source"]);
});

test("field filters: flatcar 1.1.0 refuses clevis, 1.2.0-experimental refuses cex", () => {
  const clevis = "storage:\n  luks:\n    - name: data\n      device: /dev/vdb\n      clevis:\n        tpm2: true\n";
  const a = run("flatcar", "1.1.0", clevis);
  assert.equal(a.error, "source config is invalid");
  assert.deepEqual(a.lines, ["error $.storage.luks.0.clevis: clevis is not supported in this spec version"]);
  const b = run("flatcar", "1.2.0-experimental", clevis);
  assert.equal(b.error, undefined);
  const c = run("flatcar", "1.2.0-experimental", "storage:\n  luks:\n    - name: data\n      device: /dev/vdb\n      cex:\n        enabled: true\n");
  assert.deepEqual(c.lines, ["error $.storage.luks.0.cex: cex is not currently supported on the target platform"]);
});

test("fcos 1.3.0+: reserved partition labels without their number warn at the label", () => {
  const r = run("fcos", "1.3.0", "storage:\n  disks:\n    - device: /dev/vdb\n      partitions:\n        - label: boot\n          number: 5\n");
  assert.deepEqual(r.lines, ["warning $.storage.disks.0.partitions.0.label: incorrect partition number; a new partition will be created using reserved label"]);
});

test("fcos 1.6.0+: reuse by label warns on number", () => {
  const r = run("fcos", "1.6.0", "storage:\n  disks:\n    - device: /dev/vdb\n      partitions:\n        - label: data\n");
  assert.ok(r.lines.includes("warning $.storage.disks.0.partitions.0.number: partitions cannot be reused by label; number must be specified except on boot disk (/dev/disk/by-id/coreos-boot-disk) or when wipe_table is true"), r.lines.join("\n"));
});

test("pretty output is indented by two spaces", () => {
  const r = run("flatcar", "1.0.0", "", true);
  assert.equal(r.output, '{\n  "ignition": {\n    "version": "3.3.0"\n  }\n}');
});

test("fcos 1.0.0 (base v0_1): FileContents inline becomes an escaped data URL, no compression field", () => {
  const r = run("fcos", "1.0.0", "storage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: a b\n");
  assert.equal(r.error, undefined);
  assert.equal(r.output, '{"ignition":{"version":"3.0.0"},"storage":{"files":[{"path":"/etc/a","contents":{"source":"data:,a%20b"}}]}}');
});

test("http_headers is the named slice type HTTPHeaders in type errors (base v0_2 and later)", async () => {
  const { transpile } = await import("../../../lib");
  const bu = (variant: string, version: string) =>
    `variant: ${variant}\nversion: ${version}\nstorage:\n  files:\n    - path: /x\n      contents:\n        source: http://h/x\n        http_headers: {name: a}\n`;
  // Recorded from Butane 0.29.0.
  assert.equal(transpile(bu("flatcar", "1.1.0")).error, "yaml: unmarshal errors:\n  line 8: cannot unmarshal !!map into v0_5.HTTPHeaders");
  assert.equal(transpile(bu("fcos", "1.1.0")).error, "yaml: unmarshal errors:\n  line 8: cannot unmarshal !!map into v0_2.HTTPHeaders");
});
