// boot_device and grub rendering against the Ignition types (expected JSON from Butane 0.29.0).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ignitionSpec, marshalJson } from "../../../lib/ignition";
import { renderBootDevice } from "../../../lib/butane/variants/fcos/boot-device";
import { renderGrub } from "../../../lib/butane/variants/fcos/grub";
import { baseSchema } from "../../../lib/butane/pipeline";
import { layerSchema } from "../../../lib/butane/schema/define";
import { fcosLayers } from "../../../lib/butane/schema/variants";
import type { BaseVersion, SpecContext } from "../../../lib/butane/context";

function ctxFor(pkg: string, base: BaseVersion, ignition: string, version: string): SpecContext {
  const ign = ignitionSpec(ignition)!;
  const schema = layerSchema(pkg, baseSchema(base), fcosLayers[pkg]);
  return { variant: "fcos", version, base, ignitionVersion: ignition, schema, ignType: ign.type, options: {} };
}
const storageJson = (ctx: SpecContext, v: Record<string, unknown>) => {
  const full = JSON.parse(marshalJson(ctx.ignType, v, false));
  return JSON.stringify(full.storage);
};

test("tpm2 on aarch64 (fcos 1.4): a luks root on the root partition and its xfs filesystem", () => {
  const ctx = ctxFor("v1_4", "v0_4", "3.3.0", "1.4.0");
  const r = renderBootDevice(ctx, { layout: "aarch64", luks: { tang: [], tpm2: true }, mirror: { devices: [] } })!;
  assert.equal(
    storageJson(ctx, r.value),
    '{"filesystems":[{"device":"/dev/mapper/root","format":"xfs","label":"root","wipeFilesystem":true}],"luks":[{"clevis":{"tpm2":true},"device":"/dev/disk/by-partlabel/root","label":"luks-root","name":"root","wipeVolume":true}]}',
  );
  assert.deepEqual(r.ts.lookup(["storage", "luks", 0, "clevis", "tpm2"])?.from, ["boot_device", "luks", "tpm2"]);
  assert.deepEqual(r.ts.lookup(["storage", "luks", 0, "device"])?.from, ["boot_device", "luks"]);
});

test("a mirror without luks: partitions per disk, ESPs, RAID1 for boot and root", () => {
  const ctx = ctxFor("v1_6", "v0_6", "3.5.0", "1.6.0");
  const r = renderBootDevice(ctx, { luks: { tang: [], cex: {} }, mirror: { devices: ["/dev/vda", "/dev/vdb"] } })!;
  assert.equal(
    storageJson(ctx, r.value),
    '{"disks":[{"device":"/dev/vda","partitions":[{"label":"bios-1","sizeMiB":1,"typeGuid":"21686148-6449-6E6F-744E-656564454649"},{"label":"esp-1","sizeMiB":127,"typeGuid":"C12A7328-F81F-11D2-BA4B-00A0C93EC93B"},{"label":"boot-1","sizeMiB":384},{"label":"root-1"}],"wipeTable":true},{"device":"/dev/vdb","partitions":[{"label":"bios-2","sizeMiB":1,"typeGuid":"21686148-6449-6E6F-744E-656564454649"},{"label":"esp-2","sizeMiB":127,"typeGuid":"C12A7328-F81F-11D2-BA4B-00A0C93EC93B"},{"label":"boot-2","sizeMiB":384},{"label":"root-2"}],"wipeTable":true}],"filesystems":[{"device":"/dev/disk/by-partlabel/esp-1","format":"vfat","label":"esp-1","wipeFilesystem":true},{"device":"/dev/disk/by-partlabel/esp-2","format":"vfat","label":"esp-2","wipeFilesystem":true},{"device":"/dev/md/md-boot","format":"ext4","label":"boot","wipeFilesystem":true},{"device":"/dev/md/md-root","format":"xfs","label":"root","wipeFilesystem":true}],"raid":[{"devices":["/dev/disk/by-partlabel/boot-1","/dev/disk/by-partlabel/boot-2"],"level":"raid1","name":"md-boot","options":["--metadata=1.0"]},{"devices":["/dev/disk/by-partlabel/root-1","/dev/disk/by-partlabel/root-2"],"level":"raid1","name":"md-root"}]}',
  );
});

test("ppc64le mirror uses PReP and reserved partitions; s390x-eckd luks goes on partition 2 of the DASD", () => {
  const ctx = ctxFor("v1_6", "v0_6", "3.5.0", "1.6.0");
  const ppc = renderBootDevice(ctx, { layout: "ppc64le", luks: { tang: [] }, mirror: { devices: ["/dev/sda", "/dev/sdb"] } })!;
  const disks = (ppc.value.storage as { disks: { partitions: { label: string }[] }[] }).disks;
  assert.deepEqual(disks[1].partitions.map((p) => p.label), ["prep-2", "reserved-2", "boot-2", "root-2"]);
  const eckd = renderBootDevice(ctx, {
    layout: "s390x-eckd",
    luks: { device: "/dev/dasda", tang: [{ url: "http://10.0.0.5:7500", thumbprint: "T" }] },
    mirror: { devices: [] },
  })!;
  assert.equal(
    JSON.stringify(JSON.parse(storageJson(ctx, eckd.value)).luks),
    '[{"clevis":{"tang":[{"thumbprint":"T","url":"http://10.0.0.5:7500"}]},"device":"/dev/dasda2","label":"luks-root","name":"root","wipeVolume":true}]',
  );
});

test("cex replaces clevis and keeps discard", () => {
  const ctx = ctxFor("v1_6", "v0_6", "3.5.0", "1.6.0");
  const r = renderBootDevice(ctx, { layout: "s390x-virt", luks: { tang: [], cex: { enabled: true }, discard: false }, mirror: { devices: [] } })!;
  assert.equal(
    JSON.stringify(JSON.parse(storageJson(ctx, r.value)).luks),
    '[{"cex":{"enabled":true},"device":"/dev/disk/by-partlabel/root","discard":false,"label":"luks-root","name":"root","wipeVolume":true}]',
  );
  assert.deepEqual(r.ts.lookup(["storage", "luks", 0, "cex", "enabled"])?.from, ["boot_device", "luks", "enabled"]);
});

test("grub users become an appended, compressed /boot/grub2/user.cfg on the boot filesystem", () => {
  const ctx = ctxFor("v1_5", "v0_5", "3.4.0", "1.5.0");
  const r = renderGrub(ctx, {
    users: [
      { name: "root", password_hash: "grub.pbkdf2.sha512.10000.5D5E26C2F2A6EF5DD6D3D1A3D0F0D4E8.8F1C0D0E5B3A2C1D4E6F7A8B9C0D1E2F" },
      { name: "operator", password_hash: "grub.pbkdf2.sha512.10000.11223344556677889900AABBCCDDEEFF.FFEEDDCCBBAA00998877665544332211" },
    ],
  })!;
  const storage = JSON.parse(storageJson(ctx, r.value));
  assert.deepEqual(storage.filesystems, [{ device: "/dev/disk/by-label/boot", format: "ext4", path: "/boot" }]);
  assert.equal(storage.files[0].path, "/boot/grub2/user.cfg");
  assert.equal(storage.files[0].append[0].compression, "gzip");
  assert.ok(storage.files[0].append[0].source.startsWith("data:;base64,H4sI"));
  assert.equal(renderGrub(ctx, { users: [] }), undefined);
});
