import { test } from "node:test";
import assert from "node:assert/strict";
import { TranslationSet, mergeTranslatedConfigs } from "../../../lib/butane/translate";
import { struct, ptr, slice, str, bool } from "../../../lib/go/gotype";

const Unit = struct("types.Unit", [
  { key: "contents", type: ptr(str) },
  { key: "enabled", type: ptr(bool) },
  { key: "name", type: str },
]);
const Systemd = struct("types.Systemd", [{ key: "units", type: slice(Unit) }]);
const Config = struct("types.Config", [{ key: "systemd", type: Systemd }]);

test("mount-unit style merge: same-name units merge, child wins, child translations preferred", () => {
  const parent = { systemd: { units: [{ contents: "generated", enabled: true, name: "var.mount" }] } };
  const pts = new TranslationSet();
  pts.addFromCommonSource(["storage", "filesystems", 0, "with_mount_unit"], ["systemd", "units", 0], Unit, parent.systemd.units[0]);
  const child = {
    systemd: {
      units: [
        { contents: undefined, enabled: false, name: "var.mount" },
        { contents: "x", enabled: undefined, name: "other.service" },
      ],
    },
  };
  const cts = new TranslationSet();
  cts.add(["systemd", "units", 0, "enabled"], ["systemd", "units", 0, "enabled"]);
  cts.add(["systemd", "units", 0, "name"], ["systemd", "units", 0, "name"]);
  cts.add(["systemd", "units", 1, "name"], ["systemd", "units", 1, "name"]);
  cts.add(["systemd", "units", 1, "contents"], ["systemd", "units", 1, "contents"]);
  const { value, ts } = mergeTranslatedConfigs(Config, parent, pts, child, cts);
  assert.deepEqual((value as any).systemd.units, [
    { contents: "generated", enabled: false, name: "var.mount" },
    { contents: "x", enabled: undefined, name: "other.service" },
  ]);
  assert.deepEqual(ts.lookup(["systemd", "units", 0, "contents"])?.from, ["storage", "filesystems", 0, "with_mount_unit"]);
  assert.deepEqual(ts.lookup(["systemd", "units", 0, "enabled"])?.from, ["systemd", "units", 0, "enabled"]);
  assert.deepEqual(ts.lookup(["systemd", "units", 1, "contents"])?.from, ["systemd", "units", 1, "contents"]);
});
