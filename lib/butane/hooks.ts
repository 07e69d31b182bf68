// Extension points of the Butane framework, filled by the resources and variants helpers
// (each registers from its own module, imported for side effects by ./plugins.ts).
//
//   registerHooks({ resourceSugar, sshKeysLocal, contentsLocal, mountUnits, trees, quadlets,
//                   validateInlineIgnitionConfig, fcosBootDevice, fcosGrub })
//
// Every hook receives the SpecContext (ctx.base tells the base schema, ctx.options the files dir).
// Paths in reports returned from the per-object hooks are relative to that object (yaml space),
// exactly like Butane's custom translators; Config-level hooks use root paths.
import type { Path } from "../engine/path";
import type { SpecContext } from "./context";
import type { FieldCopier, TranslationSet, TReport } from "./translate";

type Obj = Record<string, unknown>;

/** A translated Ignition config with its translations and report. */
export interface TranslatedConfig {
  value: Obj;
  ts: TranslationSet;
  report: TReport;
}

export interface ButaneHooks {
  /**
   * Resource (v0_2+) / FileContents (v0_1) translation, after source, compression, verification
   * and http_headers were copied into c.to: handle `local` then `inline` (data URLs,
   * compression) — translateResource in base/v0_N/translate.go from `if from.Local != nil` on.
   * Record translations in c.ts (e.g. c.ts.add(["inline"], ["source"])) and errors in c.report.
   */
  resourceSugar?: (ctx: SpecContext, from: Obj, c: FieldCopier<SpecContext>) => void;
  /** PasswdUser (v0_5+): ssh_authorized_keys_local, after the other fields were copied. */
  sshKeysLocal?: (ctx: SpecContext, from: Obj, c: FieldCopier<SpecContext>) => void;
  /** Unit and Dropin (v0_5+): contents_local, after the other fields were copied. */
  contentsLocal?: (ctx: SpecContext, kind: "Unit" | "Dropin", from: Obj, c: FieldCopier<SpecContext>) => void;
  /** c.addMountUnits (v0_2+): returns the merged config and translation set. */
  mountUnits?: (ctx: SpecContext, config: Obj, ret: Obj, ts: TranslationSet) => { value: Obj; ts: TranslationSet };
  /** c.processTrees (v0_2+): adds nodes to ret in place; returns its translations and report. */
  trees?: (ctx: SpecContext, config: Obj, ret: Obj) => { ts: TranslationSet; report: TReport };
  /** c.processQuadlets (v0_8_exp): like trees. */
  quadlets?: (ctx: SpecContext, config: Obj, ret: Obj) => { ts: TranslationSet; report: TReport };
  /**
   * ValidateIgnitionConfig for an inline merge/replace config (Resource.Validate under
   * $.ignition.config). `at` is the resource's path. Returns its report (paths as Butane
   * would report them) and, when parsing failed, the error text to add at at+"inline".
   */
  validateInlineIgnitionConfig?: (ctx: SpecContext, at: Path, raw: string) => { report: TReport; error?: string };
  /** fcos v1_3+: processBootDevice. Mutates ret/ts in place (or returns replacements). */
  fcosBootDevice?: (
    ctx: SpecContext,
    config: Obj,
    ret: Obj,
    ts: TranslationSet,
  ) => { report: TReport; value?: Obj; ts?: TranslationSet };
  /** fcos v1_5+: handleUserGrubCfg followed by merging into ret (MergeTranslatedConfigs). */
  fcosGrub?: (
    ctx: SpecContext,
    config: Obj,
    ret: Obj,
    ts: TranslationSet,
  ) => { report: TReport; value: Obj; ts: TranslationSet };
}

export const hooks: ButaneHooks = {};

export function registerHooks(h: ButaneHooks): void {
  Object.assign(hooks, h);
}

import type { Validator } from "./validate";

/** Extra Butane validators per variant, by bare struct name ("BootDevice", "GrubUser"); they run
 *  in the walk like the base ones (a validator for "Config" replaces none: base has none). */
const variantValidators = new Map<string, Record<string, Validator<SpecContext>>>();

export function registerValidators(variant: string, validators: Record<string, Validator<SpecContext>>): void {
  variantValidators.set(variant, { ...(variantValidators.get(variant) ?? {}), ...validators });
}

export function validatorsFor(variant: string): Record<string, Validator<SpecContext>> {
  return variantValidators.get(variant) ?? {};
}

/**
 * Specs that a variant module builds itself (openshift). Such a module cannot call specs.ts's
 * registerSpec while it is being imported (specs.ts imports the plugins before its registry
 * exists), so it queues them here; specs.ts hands over registerSpec once its registry exists.
 */
export interface LateSpec {
  variant: string;
  version: string;
  make: () => import("./specs").Spec;
}
const pendingSpecs: LateSpec[] = [];
let specRegistrar: ((s: LateSpec) => void) | undefined;

export function registerLateSpec(s: LateSpec): void {
  if (specRegistrar) specRegistrar(s);
  else pendingSpecs.push(s);
}

export function setSpecRegistrar(fn: (s: LateSpec) => void): void {
  specRegistrar = fn;
  for (const s of pendingSpecs.splice(0)) fn(s);
}
