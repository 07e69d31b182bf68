// The spec registry (config/config.go) and util.Translate for every spec.
//
// API
//   getSpec(variant, version) → Spec | undefined;  allSpecs() → Spec[]
//   spec.translate(value, options) → { output?, ignition?, report, error? }
//     Butane validation → translation → field filters → ValidateDups → Ignition validation
//     (json paths mapped back to yaml through the translation set) → marshalJson.
//   registerSpec(spec)   for variants built elsewhere; from a plugin module use hooks.registerLateSpec
//                        (this module imports the plugins before its registry exists).
//   runPipeline(pipeline, value)  util.Translate for such variants (see TranslatePipeline).
// Adding a version of fcos/flatcar/r4e/fiot: one line in versions.ts (+ schema steps, see there).
import type { Entry } from "../engine/report";
import type { StructType } from "../engine/gotype";
import { ignitionSpec, marshalJson, validateDupsAndConfig } from "../ignition";
import { translateBase } from "./base/translate";
import { baseValidators } from "./base/validate";
import { BASE_ORDER, type SpecContext, type TranslateOptions } from "./context";
import * as E from "./errors";
import { type FilterMap, verifyFilters } from "./filters";
import { type TranslatedConfig, setSpecRegistrar } from "./hooks";
import { filtersFor, layerTranslate, layerValidators } from "./layers";
import "./plugins";
import { baseDefs } from "./schema/base";
import { type Schema, buildSchema, layerSchema } from "./schema/define";
import { fcosLayers } from "./schema/variants";
import { type TEntry, TReport, mapReportPaths, plainEntries } from "./translate";
import { type Validators, validateValue } from "./validate";
import { SPEC_TABLE, type SpecEntry } from "./versions";

export type { TranslateOptions } from "./context";

export interface SpecResult {
  output?: string;
  ignition?: unknown;
  report: Entry[];
  error?: string;
}

export interface Spec {
  variant: string;
  version: string;
  ignitionVersion: string;
  experimental: boolean;
  type: StructType;
  translate(value: Record<string, unknown>, options: TranslateOptions): SpecResult;
}

/** The pieces util.Translate needs from a spec. */
export interface TranslatePipeline {
  /** Butane validation of the decoded value (yaml-space report). */
  validate(value: Record<string, unknown>): TReport;
  /** ToIgn*Unvalidated. */
  translate(value: Record<string, unknown>): TranslatedConfig;
  filters?: FilterMap;
  ignitionVersion: string;
  ignType: StructType;
}

/** util.Translate: returns the final config and the report (yaml paths), or the error text. */
export function runPipeline(
  p: TranslatePipeline,
  value: Record<string, unknown>,
): { config?: Record<string, unknown>; report: TEntry[]; error?: string } {
  const r = new TReport();
  r.merge(p.validate(value));
  if (r.fatal) return { report: r.entries, error: E.ErrInvalidSourceConfig };

  const t = p.translate(value);
  r.merge(mapReportPaths(t.report.entries, t.ts));
  if (r.fatal) return { report: r.entries, error: E.ErrInvalidSourceConfig };

  if (p.filters) {
    const f = verifyFilters(p.ignType, t.value, p.filters);
    r.merge(mapReportPaths(f.entries, t.ts));
    if (r.fatal) return { report: r.entries, error: E.ErrInvalidSourceConfig };
  }

  const asJson = (es: Entry[]): TEntry[] => es.map((e) => ({ ...e, json: true }));
  const checked = validateDupsAndConfig(p.ignitionVersion, t.value);
  r.merge(mapReportPaths(asJson(checked.dups), t.ts));
  r.merge(mapReportPaths(asJson(checked.config), t.ts));
  if (r.fatal) return { report: r.entries, error: E.ErrInvalidGeneratedConfig };
  return { config: t.value, report: r.entries };
}

const registry = new Map<string, Spec | (() => Spec)>();
const key = (variant: string, version: string) => `${variant}\u0000${version}`;

export function registerSpec(spec: Spec | { variant: string; version: string; make: () => Spec }): void {
  registry.set(key(spec.variant, spec.version), "make" in spec ? spec.make : spec);
}

export function getSpec(variant: string, version: string): Spec | undefined {
  const k = key(variant, version);
  const s = registry.get(k);
  if (typeof s === "function") {
    const built = s();
    registry.set(k, built);
    return built;
  }
  return s;
}

export function allSpecs(): Spec[] {
  return [...registry.keys()].map((k) => {
    const [variant, version] = k.split("\u0000");
    return getSpec(variant, version)!;
  });
}

// ---- base schemas and the table-driven specs ----

const baseSchemas = new Map<string, Schema>();
export function baseSchema(pkg: string): Schema {
  let s = baseSchemas.get(pkg);
  if (!s) {
    const defs = baseDefs[pkg];
    if (!defs) throw new Error(`no base schema ${pkg}`);
    s = buildSchema(pkg, defs);
    baseSchemas.set(pkg, s);
  }
  return s;
}

function specSchema(e: SpecEntry): Schema {
  const base = baseSchema(e.base);
  const layer = e.variant === "fcos" ? fcosLayers[e.pkg] : undefined;
  return layerSchema(e.pkg, base, layer ?? {});
}

function makeSpec(e: SpecEntry): Spec {
  const schema = specSchema(e);
  const ctxFor = (options: TranslateOptions): SpecContext => {
    const ign = ignitionSpec(e.ignition);
    if (!ign) throw new Error(`no Ignition types for ${e.ignition}`);
    return {
      variant: e.variant,
      version: e.version,
      base: e.base,
      ignitionVersion: e.ignition,
      schema,
      ignType: ign.type,
      options,
    };
  };
  return {
    variant: e.variant,
    version: e.version,
    ignitionVersion: e.ignition,
    experimental: e.version.includes("-"),
    type: schema.root,
    translate(value, options) {
      const ctx = ctxFor(options);
      const validators: Validators<SpecContext> = baseValidators(ctx);
      for (const [n, v] of Object.entries(layerValidators(ctx))) validators.set(n, v);
      const res = runPipeline(
        {
          validate: (v) => validateValue(schema.root, v, validators, ctx),
          translate: (v) => layerTranslate(ctx, v, translateBase(ctx, v)),
          filters: filtersFor(e.variant, e.version),
          ignitionVersion: e.ignition,
          ignType: ctx.ignType,
        },
        value,
      );
      const report = plainEntries(res.report);
      if (res.error !== undefined || !res.config) return { report, error: res.error };
      const output = marshalJson(ctx.ignType, res.config, options.pretty ?? false);
      return { output, ignition: res.config, report };
    },
  };
}

for (const e of SPEC_TABLE) registerSpec({ variant: e.variant, version: e.version, make: () => makeSpec(e) });
// specs built by variant modules (openshift), queued in ./hooks until the registry exists
setSpecRegistrar(registerSpec);

export { BASE_ORDER };
