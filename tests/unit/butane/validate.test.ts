import { test } from "node:test";
import assert from "node:assert/strict";
import { baseValidators, checkForDecimalMode } from "../../../lib/butane/base/validate";
import { validateValue } from "../../../lib/butane/validate";
import { buildSchema } from "../../../lib/butane/schema/define";
import { baseDefs } from "../../../lib/butane/schema/base";
import { zeroValue } from "../../../lib/go/gotype";
import { verifyFilters } from "../../../lib/butane/filters";
import type { SpecContext } from "../../../lib/butane/context";
import * as E from "../../../lib/butane/errors";

const ctxFor = (base: SpecContext["base"]) => {
  const schema = buildSchema(base, baseDefs[base]);
  return { ctx: { variant: "flatcar", version: "1.1.0", base, ignitionVersion: "3.4.0", schema, ignType: schema.root, options: {} } as SpecContext, schema };
};

test("decimal-looking modes", () => {
  assert.equal(checkForDecimalMode(644, false), true);
  assert.equal(checkForDecimalMode(0o644, false), false);
  assert.equal(checkForDecimalMode(755, true), true);
  assert.equal(checkForDecimalMode(420, false), false); // 0644 in decimal
  assert.equal(checkForDecimalMode(0, false), false);
  assert.equal(checkForDecimalMode(8888, false), false);
});

test("base validators: mode warning, resource sources, units, mount units", () => {
  const { ctx, schema } = ctxFor("v0_5");
  const cfg = zeroValue(schema.root) as any;
  const file = zeroValue(schema.types.get("File")!) as any;
  file.path = "/a";
  file.mode = 644;
  file.contents.inline = "x";
  file.contents.source = "http://x";
  cfg.storage.files = [file];
  const unit = zeroValue(schema.types.get("Unit")!) as any;
  unit.contents = "";
  unit.contents_local = "u";
  cfg.systemd.units = [unit];
  const fs = zeroValue(schema.types.get("Filesystem")!) as any;
  fs.with_mount_unit = true;
  fs.format = "swap";
  cfg.storage.filesystems = [fs];
  const r = validateValue(schema.root, cfg, baseValidators(ctx), ctx);
  assert.deepEqual(
    r.entries.map((e) => [e.level, e.path.join("."), e.message]),
    [
      ["warning", "storage.files.0.mode", E.ErrDecimalMode],
      ["error", "storage.files.0.contents.source", E.ErrTooManyResourceSources],
      ["error", "systemd.units.0.contents_local", E.ErrTooManySystemdSources],
    ],
  );
});

test("v0_2 mount-unit checks report path before format", () => {
  const { ctx, schema } = ctxFor("v0_2");
  const cfg = zeroValue(schema.root) as any;
  const fs = zeroValue(schema.types.get("Filesystem")!) as any;
  fs.with_mount_unit = true;
  cfg.storage.filesystems = [fs];
  const r = validateValue(schema.root, cfg, baseValidators(ctx), ctx);
  assert.deepEqual(r.entries.map((e) => e.path.at(-1)), ["path", "format"]);
});

test("field filters: non-empty filtered fields error at their json path", () => {
  const { schema } = ctxFor("v0_5");
  // the Butane Luks type stands in for Ignition's: same keys where it matters
  const Storage = schema.types.get("Storage")!;
  const st = zeroValue(Storage) as any;
  const luks = zeroValue(schema.types.get("Luks")!) as any;
  luks.name = "a";
  st.luks = [luks, { ...luks, clevis: { ...luks.clevis, tpm2: true } }];
  const r = verifyFilters(Storage, st, { "luks.clevis": E.ErrClevisSupport });
  assert.deepEqual(r.entries.map((e) => [e.path.join("."), e.json]), [["luks.1.clevis", true]]);
});
