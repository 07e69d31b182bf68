// Butane's sugar around file contents and local files, plugged into the framework's hooks
// (../hooks.ts): data URLs for inline/local resources, *_local fields, trees, with_mount_unit
// and quadlets.
import { type StructType, zeroValue } from "../../engine/gotype";
import { validateIgnitionConfig } from "../../ignition";
import { type SpecContext, baseAtLeast } from "../context";
import { registerHooks } from "../hooks";
import { mergeTranslatedConfigs } from "../translate/merge";
import { TReport } from "../translate/report";
import { TranslationSet } from "../translate/set";
import { applyContentsLocal, applySshKeysLocal } from "./localfields";
import { generateMountUnits } from "./mountunits";
import { nodeTypesOf } from "./nodes";
import { processQuadlets } from "./quadlets";
import { applyFileContentsSugarV0_1, applyResourceSugar } from "./resource";
import { processTrees } from "./trees";

type Obj = Record<string, unknown>;

const zeroOf = (t: StructType): Obj => zeroValue(t) as Obj;

export { escapeDataUrl, makeDataUrl } from "./dataurl";
export { unitNamePathEscape, renderMountUnit } from "./mountunits";

const sugarOptions = (ctx: SpecContext) => ({
  filesDir: ctx.options.filesDir,
  noAutoCompression: ctx.options.noResourceAutoCompression === true,
});

/** addMountUnits: generated units become a parent config merged under the translated one. */
function addMountUnits(ctx: SpecContext, config: Obj, ret: Obj, ts: TranslationSet): { value: Obj; ts: TranslationSet } {
  const filesystems = ((config.storage as Obj | undefined)?.filesystems as unknown[] | undefined) ?? [];
  if (filesystems.length === 0) return { value: ret, ts };
  const type: StructType = ctx.ignType;
  const systemdType = type.fields.find((f) => f.key === "systemd")?.type as StructType;
  const unitType = (systemdType.fields.find((f) => f.key === "units")?.type as { elem: StructType }).elem;
  const rendered = zeroOf(type);
  const units: Obj[] = [];
  const renderedTs = new TranslationSet();
  renderedTs.add(["storage", "filesystems"], ["systemd"]);
  renderedTs.add(["storage", "filesystems"], ["systemd", "units"]);
  for (const u of generateMountUnits(config, ctx.base)) {
    const unit = { ...zeroOf(unitType), name: u.name, enabled: true, contents: u.contents };
    const unitPath = ["systemd", "units", units.length];
    units.push(unit);
    renderedTs.addFromCommonSource(["storage", "filesystems", u.index, "with_mount_unit"], unitPath, unitType, unit);
  }
  (rendered.systemd as Obj).units = units;
  return mergeTranslatedConfigs(type, rendered, renderedTs, ret, ts);
}

registerHooks({
  resourceSugar(ctx, from, c) {
    const r = baseAtLeast(ctx, "v0_2") ? applyResourceSugar(from, c.to, sugarOptions(ctx)) : applyFileContentsSugarV0_1(from, c.to);
    c.ts.merge(r.ts);
    c.report.merge(r.report);
  },
  sshKeysLocal(ctx, from, c) {
    const r = applySshKeysLocal(from, c.to, ctx.options.filesDir);
    c.ts.merge(r.ts);
    c.report.merge(r.report);
  },
  contentsLocal(ctx, _kind, from, c) {
    const r = applyContentsLocal(from, c.to, ctx.options.filesDir);
    c.ts.merge(r.ts);
    c.report.merge(r.report);
  },
  mountUnits: addMountUnits,
  trees: (ctx, config, ret) => processTrees(config, ret, nodeTypesOf(ctx.ignType), sugarOptions(ctx)),
  quadlets: (ctx, config, ret) => processQuadlets(config, ret, nodeTypesOf(ctx.ignType), sugarOptions(ctx)),
  // Inline merge/replace configs are checked against the spec's own Ignition types; their
  // entries keep the inner config's json paths (never mapped through translations).
  validateInlineIgnitionConfig(ctx, at, raw) {
    const v = validateIgnitionConfig(ctx.ignitionVersion, at, raw);
    const report = new TReport();
    for (const e of v.entries) report.add(e.level, e.path, e.message);
    return { report, error: v.error };
  },
});
