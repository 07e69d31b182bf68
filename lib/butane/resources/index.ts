// Butane's sugar around file contents and local files, called by the base translators
// (../base/translate.ts): data URLs for inline/local resources, *_local fields, trees,
// with_mount_unit and quadlets.
//
// API (each takes the SpecContext; per-object steps record into the FieldCopier, like Butane's
// custom translators, with paths relative to the object)
//   resourceSugar(ctx, from, c)   translateResource from `if from.Local != nil` on (v0_1: FileContents)
//   sshKeysLocal(ctx, from, c)    PasswdUser.ssh_authorized_keys_local (v0_5+)
//   contentsLocal(ctx, from, c)   Unit/Dropin.contents_local (v0_5+)
//   addMountUnits(ctx, config, ret, ts) → { value, ts }   c.addMountUnits (v0_2+)
//   trees(ctx, config, ret) / quadlets(ctx, config, ret) → { ts, report }   processTrees / processQuadlets
import { type StructType, zeroValue } from "../../go/gotype";
import { type SpecContext, baseAtLeast } from "../context";
import type { FieldCopier } from "../translate/translator";
import { mergeTranslatedConfigs } from "../translate/merge";
import type { TReport } from "../translate/report";
import { TranslationSet } from "../translate/set";
import { applyContentsLocal, applySshKeysLocal } from "./localfields";
import { generateMountUnits } from "./mountunits";
import { nodeTypesOf } from "./nodes";
import { processQuadlets } from "./quadlets";
import { type ResourceSugarOptions, applyFileContentsSugarV0_1, applyResourceSugar } from "./resource";
import { processTrees } from "./trees";

type Obj = Record<string, unknown>;

const zeroOf = (t: StructType): Obj => zeroValue(t) as Obj;

export { escapeDataUrl, makeDataUrl } from "./dataurl";
export { unitNamePathEscape, renderMountUnit } from "./mountunits";

const sugarOptionsOf = new WeakMap<SpecContext, ResourceSugarOptions>();

/** The sugar's options from the run's context, made once per run (resources are many). */
function sugarOptions(ctx: SpecContext): ResourceSugarOptions {
  let o = sugarOptionsOf.get(ctx);
  if (o === undefined) {
    o = { filesDir: ctx.options.filesDir, noAutoCompression: ctx.options.noResourceAutoCompression === true, memo: ctx.options.memo?.dataUrls };
    sugarOptionsOf.set(ctx, o);
  }
  return o;
}

/** addMountUnits: generated units become a parent config merged under the translated one. */
export function addMountUnits(ctx: SpecContext, config: Obj, ret: Obj, ts: TranslationSet): { value: Obj; ts: TranslationSet } {
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

export function resourceSugar(ctx: SpecContext, from: Obj, c: FieldCopier<SpecContext>): void {
  if (baseAtLeast(ctx, "v0_2")) {
    applyResourceSugar(from, c.to, sugarOptions(ctx), c); // straight into the copier's set and report
    return;
  }
  const r = applyFileContentsSugarV0_1(from, c.to);
  c.ts.merge(r.ts);
  c.report.merge(r.report);
}

export function sshKeysLocal(ctx: SpecContext, from: Obj, c: FieldCopier<SpecContext>): void {
  applySshKeysLocal(from, c.to, ctx.options.filesDir, c); // straight into the copier's set and report
}

export function contentsLocal(ctx: SpecContext, from: Obj, c: FieldCopier<SpecContext>): void {
  applyContentsLocal(from, c.to, ctx.options.filesDir, c); // straight into the copier's set and report
}

export const trees = (ctx: SpecContext, config: Obj, ret: Obj): { ts: TranslationSet; report: TReport } =>
  processTrees(config, ret, nodeTypesOf(ctx.ignType), sugarOptions(ctx));

export const quadlets = (ctx: SpecContext, config: Obj, ret: Obj): { ts: TranslationSet; report: TReport } =>
  processQuadlets(config, ret, nodeTypesOf(ctx.ignType), sugarOptions(ctx));
