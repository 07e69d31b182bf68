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
import { type Field, type GoType, type StructType, isZero, zeroFields, zeroShell, zeroValue } from "../../go/gotype";
import { type Path, type PathLink, link, linkedPath, rootLink } from "../../go/path";
import type { Level } from "../../go/report";
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

const fieldMaps = new WeakMap<StructType, Map<string, Field>>();

/** The struct's fields by key (the first of equal keys, as a search in field order finds). */
function fieldMap(t: StructType): Map<string, Field> {
  let m = fieldMaps.get(t);
  if (!m) {
    m = new Map();
    for (const f of t.fields) if (!m.has(f.key)) m.set(f.key, f);
    fieldMaps.set(t, m);
  }
  return m;
}

export function fieldOf(t: StructType, key: string): Field {
  const f = fieldMap(t).get(key);
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
    const value = this.walk(fromType, from, toType, null, null, ts, report);
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

  private plans = new Map<StructType, Map<StructType, StructPlan<C>>>();

  /** What walk needs for a (Butane struct, Ignition struct) pair, computed once per pair. */
  private plan(fromType: StructType, toType: StructType): StructPlan<C> {
    let byTo = this.plans.get(fromType);
    if (!byTo) this.plans.set(fromType, (byTo = new Map()));
    let p = byTo.get(toType);
    if (!p) {
      const fields: PlanField[] = [];
      for (const f of fromType.fields) {
        if (isAutoSkip(f)) continue;
        const key = camel(f.key);
        fields.push({ from: f, key, to: fieldMap(toType).get(key) });
      }
      const assigned = new Set(fields.map((f) => f.key));
      p = {
        custom: this.customs.get(customKey(fromType.name, toType.name)),
        sameName: bareName(fromType.name) === bareName(toType.name),
        fields,
        zeroed: zeroFields(toType).filter((f) => !assigned.has(f.key)),
      };
      byTo.set(toType, p);
    }
    return p;
  }

  // Paths are linked (see PathLink): most of them only ever serve translations nobody reads.
  walk(
    fromType: GoType,
    v: unknown,
    toType: GoType,
    from: PathLink | null,
    to: PathLink | null,
    ts: TranslationSet,
    report: ReportSink,
  ): unknown {
    const plan = fromType.kind === "struct" && toType.kind === "struct" ? this.plan(fromType, toType) : undefined;
    if (plan?.custom) {
      const r = plan.custom(this, v as Record<string, unknown>, fromType as StructType, toType as StructType);
      ts.mergeLinkedAndAdd(from, to, r.ts); // and the object's own translation, when it has any below
      if (r.report.entries.length > 0) {
        // vcontext rebases these onto the yaml path, whatever their tag was
        const fromPath = linkedPath(from);
        for (const e of r.report.entries) report.add(e.level, [...fromPath, ...e.path], e.message);
      }
      return r.value;
    }
    if (fromType.kind !== toType.kind) {
      throw new Error(`Translator not defined for ${describe(fromType)} to ${describe(toType)}`);
    }
    switch (fromType.kind) {
      case "string":
      case "int":
      case "bool":
        ts.addLinked(from, to);
        return v;
      case "ptr":
        if (v === undefined || v === null) return undefined;
        return this.walk(fromType.elem, v, (toType as typeof fromType).elem, from, to, ts, report);
      case "slice": {
        const arr = (v as unknown[] | undefined) ?? [];
        if (arr.length === 0) return [];
        const elem = (toType as typeof fromType).elem;
        const out = new Array(arr.length);
        for (let i = 0; i < arr.length; i++) {
          out[i] = this.walk(fromType.elem, arr[i], elem, link(from, i), link(to, i), ts, report);
        }
        ts.addLinked(from, to);
        return out;
      }
      case "struct": {
        const toStruct = toType as StructType;
        if (!plan!.sameName) {
          throw new Error(`Translator not defined for ${fromType.name} to ${toStruct.name}`);
        }
        const src = (v as Record<string, unknown>) ?? {};
        // Every field the plan copies is assigned below; only the others need their zero value.
        const out = zeroShell(toStruct);
        for (const f of plan!.zeroed) out[f.key] = zeroValue(f.type);
        for (const pf of plan!.fields) {
          const f = pf.from;
          const tf = pf.to;
          if (!tf) throw new Error(`Translator not defined for ${fromType.name} to ${toStruct.name} (field ${f.key})`);
          const fv = src[f.key];
          if ((fv === undefined || fv === null) && f.type.kind === "ptr" && tf.type.kind === "ptr") {
            out[pf.key] = undefined; // a nil pointer stays nil; no paths needed
            continue;
          }
          if (f.type.kind === "slice" && tf.type.kind === "slice" && ((fv ?? []) as unknown[]).length === 0) {
            out[pf.key] = []; // as walk gives an empty slice, without recording anything
            continue;
          }
          out[pf.key] = this.walk(f.type, fv, tf.type, link(from, f.key), link(to, pf.key), ts, report);
        }
        if (!isZero(fromType, v)) ts.addLinked(from, to);
        return out;
      }
      case "map":
        throw new Error(`Translator not defined for ${describe(fromType)} to ${describe(toType)}`);
    }
  }
}

interface PlanField {
  from: Field;
  key: string;
  to: Field | undefined;
}

interface StructPlan<C> {
  custom: CustomTranslator<C> | undefined;
  sameName: boolean;
  fields: PlanField[];
  /** The Ignition struct's slice, map and struct fields that no plan field assigns. */
  zeroed: readonly Field[];
}

function describe(t: GoType): string {
  return t.kind === "struct" ? t.name : t.kind;
}

/** Where walk adds the report entries of the custom translators it calls. */
export interface ReportSink {
  add(level: Level, path: Path, message: string): void;
}

/** One field a copier copies, resolved once: its keys, types and one-part paths. */
interface CopyStep {
  fromKey: string;
  toKey: string;
  fromType: GoType;
  toType: GoType;
  fromLink: PathLink;
  toLink: PathLink;
}

function copyStep(fromType: StructType, toType: StructType, fromKey: string, toKey: string): CopyStep {
  return { fromKey, toKey, fromType: fieldOf(fromType, fromKey).type, toType: fieldOf(toType, toKey).type, fromLink: rootLink(fromKey), toLink: rootLink(toKey) };
}

type CopyKeys = readonly (string | [string, string])[];

// By key list (custom translators pass constant lists; a list made per call is let go with it),
// then by the pair of struct types.
const copyPlans = new WeakMap<CopyKeys, WeakMap<StructType, WeakMap<StructType, CopyStep[]>>>();

/** copyAll's steps for a key list and a pair of types, resolved once. */
function copySteps(keys: CopyKeys, fromType: StructType, toType: StructType): CopyStep[] {
  let byFrom = copyPlans.get(keys);
  if (byFrom === undefined) copyPlans.set(keys, (byFrom = new WeakMap()));
  let byTo = byFrom.get(fromType);
  if (byTo === undefined) byFrom.set(fromType, (byTo = new WeakMap()));
  let steps = byTo.get(toType);
  if (steps === undefined) {
    steps = [];
    for (const k of keys) {
      const [fromKey, toKey] = typeof k === "string" ? [k, camel(k)] : k;
      if (fieldMap(fromType).has(fromKey)) steps.push(copyStep(fromType, toType, fromKey, toKey));
    }
    byTo.set(toType, steps);
  }
  return steps;
}

/** The report of a copier that reported nothing (read-only: its entries cannot grow). */
const NOTHING_REPORTED = new TReport();
Object.freeze(NOTHING_REPORTED.entries);

/** Field-by-field copying for hand-written custom translators (translate.Prefixed / MergeP / MergeP2). */
export class FieldCopier<C = unknown> implements ReportSink {
  readonly ts = new TranslationSet();
  private ownReport: TReport | undefined;
  /** The value being built: slice, map and struct fields stay undefined until copied or read. */
  private readonly value: Record<string, unknown>;
  private complete = false;

  constructor(
    readonly tr: Translator<C>,
    readonly fromType: StructType,
    readonly from: Record<string, unknown>,
    readonly toType: StructType,
  ) {
    this.value = zeroShell(toType);
  }

  /** The report, made when first asked for (most objects have nothing to report). */
  get report(): TReport {
    return (this.ownReport ??= new TReport());
  }

  /** ReportSink: an entry for the report, which is made only when the first one comes. */
  add(level: Level, path: Path, message: string): void {
    this.report.add(level, path, message);
  }

  /** The value so far, every field set (the fields not copied hold their zero values). */
  get to(): Record<string, unknown> {
    if (!this.complete) {
      for (const f of zeroFields(this.toType)) if (this.value[f.key] === undefined) this.value[f.key] = zeroValue(f.type);
      this.complete = true;
    }
    return this.value;
  }

  /** Translate from[fromKey] into to[toKey]; toKey defaults to camel(fromKey). */
  copy(fromKey: string, toKey: string = camel(fromKey)): this {
    return this.copyField(copyStep(this.fromType, this.toType, fromKey, toKey));
  }

  /** copy() for each key present in the Butane type (keys absent from this version are skipped). */
  copyAll(keys: readonly (string | [string, string])[]): this {
    const steps = copySteps(keys, this.fromType, this.toType);
    for (let i = 0; i < steps.length; i++) this.copyField(steps[i]);
    return this;
  }

  private copyField(step: CopyStep): this {
    // Walking straight into this copier's set and report under [fromKey] / [toKey] records what
    // translate() + mergePrefixed would, without a set and a report per field.
    this.value[step.toKey] = this.tr.walk(step.fromType, this.from[step.fromKey], step.toType, step.fromLink, step.toLink, this.ts, this);
    return this;
  }

  result(): Translated {
    return { value: this.to, ts: this.ts, report: this.ownReport ?? NOTHING_REPORTED };
  }
}
