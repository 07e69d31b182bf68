// The generic Butane → Ignition translator (butane/translate/translate.go).
//
// API
//   const tr = new Translator(context, customs)     customs: CustomTranslators (see below)
//   tr.translate(fromType, from, toType) → { value, ts, report }
//       Copies a Butane value into the Ignition type field by field (yaml key k ↔ json key
//       camel(k)), recording a translation for every scalar, every non-empty slice and every
//       non-zero struct. Fields marked `autoSkip` on the Butane side are left out (they are
//       handled by sugar). When a (Butane struct, Ignition struct) pair has a custom translator
//       (keyed by the bare Go names, e.g. "File>File"), that function runs instead and its
//       translations and report are rebased onto the current paths.
//   tr.prefixed(prefix, fromType, from, toType)     translate.Prefixed
//   tr.fields(fromType, from, toType) → FieldCopier  the body of Butane's hand-written custom
//       translators: copier.copy("home_dir") (json key camel("home_dir") unless given),
//       copier.to / copier.ts / copier.report, copier.result().
// Report paths inside a custom translator are relative to the value it translates.
import { type Field, type GoType, type StructType, isZero, zeroValue } from "../../engine/gotype";
import type { Path } from "../../engine/path";
import { camel } from "./names";
import { TReport } from "./report";
import { TranslationSet } from "./set";

export interface Translated<T = unknown> {
  value: T;
  ts: TranslationSet;
  report: TReport;
}

export type CustomTranslator<C = unknown> = (
  tr: Translator<C>,
  from: Record<string, unknown>,
  fromType: StructType,
  toType: StructType,
) => Translated;

/** Custom translators by "ButaneBareName>IgnitionBareName" (e.g. "Resource>Resource"). */
export type CustomTranslators<C = unknown> = Map<string, CustomTranslator<C>>;

/** "v0_5.File" → "File". */
export const bareName = (name: string): string => name.slice(name.lastIndexOf(".") + 1);

export const customKey = (fromName: string, toName: string): string => `${bareName(fromName)}>${bareName(toName)}`;

/** A Butane-side field that the automatic translation ignores (`butane:"auto_skip"`). */
export const isAutoSkip = (f: Field): boolean => (f as Field & { autoSkip?: boolean }).autoSkip === true;

export function fieldOf(t: StructType, key: string): Field {
  const f = t.fields.find((x) => x.key === key);
  if (!f) throw new Error(`${t.name} has no field ${key}`);
  return f;
}

export class Translator<C = unknown> {
  constructor(
    readonly context: C,
    readonly customs: CustomTranslators<C> = new Map(),
  ) {}

  translate(fromType: GoType, from: unknown, toType: GoType): Translated {
    const ts = new TranslationSet();
    const report = new TReport();
    const value = this.walk(fromType, from, toType, [], [], ts, report);
    return { value, ts, report };
  }

  prefixed(prefix: string | number, fromType: GoType, from: unknown, toType: GoType): Translated {
    const r = this.translate(fromType, from, toType);
    const report = new TReport();
    report.mergePrefixed([prefix], r.report);
    return { value: r.value, ts: r.ts.prefix(prefix), report };
  }

  fields(fromType: StructType, from: Record<string, unknown>, toType: StructType): FieldCopier<C> {
    return new FieldCopier(this, fromType, from, toType);
  }

  private walk(
    fromType: GoType,
    v: unknown,
    toType: GoType,
    fromPath: Path,
    toPath: Path,
    ts: TranslationSet,
    report: TReport,
  ): unknown {
    if (fromType.kind === "struct" && toType.kind === "struct") {
      const fn = this.customs.get(customKey(fromType.name, toType.name));
      if (fn) {
        const r = fn(this, v as Record<string, unknown>, fromType, toType);
        ts.merge(r.ts.prefixPaths(fromPath, toPath));
        if (r.ts.size > 0) ts.add(fromPath, toPath);
        // vcontext rebases these onto the yaml path, whatever their tag was
        for (const e of r.report.entries) report.add(e.level, [...fromPath, ...e.path], e.message);
        return r.value;
      }
    }
    if (fromType.kind !== toType.kind) {
      throw new Error(`Translator not defined for ${describe(fromType)} to ${describe(toType)}`);
    }
    switch (fromType.kind) {
      case "string":
      case "int":
      case "bool":
        ts.add(fromPath, toPath);
        return v;
      case "ptr":
        if (v === undefined || v === null) return undefined;
        return this.walk(fromType.elem, v, (toType as typeof fromType).elem, fromPath, toPath, ts, report);
      case "slice": {
        const arr = (v as unknown[] | undefined) ?? [];
        if (arr.length === 0) return [];
        const elem = (toType as typeof fromType).elem;
        const out = arr.map((x, i) => this.walk(fromType.elem, x, elem, [...fromPath, i], [...toPath, i], ts, report));
        ts.add(fromPath, toPath);
        return out;
      }
      case "struct": {
        const to = toType as StructType;
        if (bareName(fromType.name) !== bareName(to.name)) {
          throw new Error(`Translator not defined for ${fromType.name} to ${to.name}`);
        }
        const src = (v as Record<string, unknown>) ?? {};
        const out = zeroValue(to) as Record<string, unknown>;
        for (const f of fromType.fields) {
          if (isAutoSkip(f)) continue;
          const key = camel(f.key);
          const tf = to.fields.find((x) => x.key === key);
          if (!tf) throw new Error(`Translator not defined for ${fromType.name} to ${to.name} (field ${f.key})`);
          out[key] = this.walk(f.type, src[f.key], tf.type, [...fromPath, f.key], [...toPath, key], ts, report);
        }
        if (!isZero(fromType, v)) ts.add(fromPath, toPath);
        return out;
      }
      case "map":
        throw new Error(`Translator not defined for ${describe(fromType)} to ${describe(toType)}`);
    }
  }
}

function describe(t: GoType): string {
  return t.kind === "struct" ? t.name : t.kind;
}

/** Field-by-field copying for hand-written custom translators (translate.Prefixed / MergeP / MergeP2). */
export class FieldCopier<C = unknown> {
  readonly to: Record<string, unknown>;
  readonly ts = new TranslationSet();
  readonly report = new TReport();

  constructor(
    readonly tr: Translator<C>,
    readonly fromType: StructType,
    readonly from: Record<string, unknown>,
    readonly toType: StructType,
  ) {
    this.to = zeroValue(toType) as Record<string, unknown>;
  }

  /** Translate from[fromKey] into to[toKey]; toKey defaults to camel(fromKey). */
  copy(fromKey: string, toKey: string = camel(fromKey)): this {
    const ff = fieldOf(this.fromType, fromKey);
    const tf = fieldOf(this.toType, toKey);
    const r = this.tr.translate(ff.type, this.from[fromKey], tf.type);
    this.to[toKey] = r.value;
    this.ts.mergeP2(fromKey, toKey, r.ts);
    this.report.mergePrefixed([fromKey], r.report);
    return this;
  }

  /** copy() for each key present in the Butane type (keys absent from this version are skipped). */
  copyAll(keys: readonly (string | [string, string])[]): this {
    for (const k of keys) {
      const [fk, tk] = typeof k === "string" ? [k, camel(k)] : k;
      if (this.fromType.fields.some((f) => f.key === fk)) this.copy(fk, tk);
    }
    return this;
  }

  result(): Translated {
    return { value: this.to, ts: this.ts, report: this.report };
  }
}
