// util.Translate (config/util/translate.go) for every spec, OpenShift included, and the specs
// built from the version table (config/<variant>/v*/translate.go's ToIgn3_*Bytes).
//
// API
//   runPipeline(pipeline, value) → SpecResult
//     Butane validation → translation → field filters → ValidateDups + Ignition validation
//     (json paths mapped back to yaml through the translation set) → pipeline.emit.
//   tableSpec(entry, layer) → Spec   a fcos/flatcar/r4e/fiot spec: base + the variant's layer
//   baseSchema(pkg) → Schema         base v0_1 … v0_8_exp, built once
import type { GoType, StructType } from "../go/gotype";
import type { Path } from "../go/path";
import type { Entry } from "../go/report";
import { ignitionSpec, marshalJson, validateDupsAndConfig } from "../ignition";
import { translateBase } from "./base/translate";
import { baseValidators } from "./base/validate";
import type { SpecContext, TranslateOptions } from "./context";
import * as E from "./errors";
import { type FilterMap, verifyFilters } from "./filters";
import { baseDefs } from "./schema/base";
import { type Schema, buildSchema, layerSchema } from "./schema/define";
import type { LayerDefs } from "./schema/variants";
import { type TEntry, type TranslatedConfig, TReport, mapReportPaths, plainEntries } from "./translate";
import { type Validator, validateValue } from "./validate";
import type { SpecEntry } from "./versions";

export type { TranslateOptions } from "./context";

type Obj = Record<string, unknown>;

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
  translate(value: Obj, options: TranslateOptions): SpecResult;
}

/** The steps of util.Translate that differ between specs. */
export interface TranslatePipeline {
  /** Butane validation of the decoded value (yaml-space report). */
  validate(value: Obj): TReport;
  /** ToIgn*Unvalidated (OpenShift: ToMachineConfig*Unvalidated). */
  translate(value: Obj): TranslatedConfig;
  /** Field filters over the translated value (`type` is its Go type). */
  filters?: { type: GoType; map: FilterMap; ignoreZero?: readonly string[] };
  ignitionVersion: string;
  /** Where the Ignition config sits in the translated value (OpenShift: spec.config). */
  ignitionAt?: Path;
  /** Serialization of the checked value. */
  emit(value: Obj): { output: string; ignition: unknown };
}

/** util.Translate, then the spec's serialization: the report leaves in yaml space. */
export function runPipeline(p: TranslatePipeline, value: Obj): SpecResult {
  const r = new TReport();
  const done = (error: string): SpecResult => ({ report: plainEntries(r.entries), error });

  r.merge(p.validate(value));
  if (r.fatal) return done(E.ErrInvalidSourceConfig);

  const t = p.translate(value);
  r.merge(mapReportPaths(t.report.entries, t.ts));
  if (r.fatal) return done(E.ErrInvalidSourceConfig);

  if (p.filters) {
    const f = verifyFilters(p.filters.type, t.value, p.filters.map, p.filters.ignoreZero);
    r.merge(mapReportPaths(f.entries, t.ts));
    if (r.fatal) return done(E.ErrInvalidSourceConfig);
  }

  const at = p.ignitionAt ?? [];
  let config: unknown = t.value;
  for (const k of at) config = (config as Obj)[k as string];
  const asJson = (es: Entry[]): TEntry[] => es.map((e) => ({ ...e, path: [...at, ...e.path], json: true }));
  const checked = validateDupsAndConfig(p.ignitionVersion, config);
  r.merge(mapReportPaths(asJson(checked.dups), t.ts));
  r.merge(mapReportPaths(asJson(checked.config), t.ts));
  if (r.fatal) return done(E.ErrInvalidGeneratedConfig);

  return { ...p.emit(t.value), report: plainEntries(r.entries) };
}

/** What a variant adds to the base spec (config/<variant>/v*). */
export interface VariantLayer {
  /** Schema additions of the variant's Go package (e.g. fcos v1_3's boot_device). */
  schema?(pkg: string): LayerDefs | undefined;
  /** Field filters of ToIgn3_*Unvalidated (features the variant does not support). */
  filters?(version: string): FilterMap | undefined;
  /** The variant's tail of ToIgn3_*Unvalidated after the base translation. */
  translate?(ctx: SpecContext, config: Obj, base: TranslatedConfig): TranslatedConfig;
  /** Validators by bare struct name, added to (or replacing) the base ones. */
  validators?(ctx: SpecContext): Record<string, Validator<SpecContext>>;
}

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

export function ignitionType(version: string): StructType {
  const ign = ignitionSpec(version);
  if (!ign) throw new Error(`no Ignition types for ${version}`);
  return ign.type;
}

export function tableSpec(e: SpecEntry, layer: VariantLayer): Spec {
  const schema = layerSchema(e.pkg, baseSchema(e.base), layer.schema?.(e.pkg) ?? {});
  const filters = layer.filters?.(e.version);
  return {
    variant: e.variant,
    version: e.version,
    ignitionVersion: e.ignition,
    experimental: e.version.includes("-"),
    type: schema.root,
    translate(value, options) {
      const ignType = ignitionType(e.ignition);
      const ctx: SpecContext = {
        variant: e.variant,
        version: e.version,
        base: e.base,
        ignitionVersion: e.ignition,
        schema,
        ignType,
        options,
      };
      const validators = baseValidators(ctx);
      for (const [n, v] of Object.entries(layer.validators?.(ctx) ?? {})) validators.set(n, v);
      return runPipeline(
        {
          validate: (v) => validateValue(schema.root, v, validators, ctx),
          translate: (v) => {
            const base = translateBase(ctx, v);
            return layer.translate ? layer.translate(ctx, v, base) : base;
          },
          filters: filters && { type: ignType, map: filters },
          ignitionVersion: e.ignition,
          emit: (config) => ({ output: marshalJson(ignType, config, options.pretty ?? false), ignition: config }),
        },
        value,
      );
    },
  };
}
