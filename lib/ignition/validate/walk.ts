// The visitors Ignition runs with vcontext's validate.Validate walk (../../go/walk.ts): the
// types' Validate methods, ValidateDups and ValidateUnusedKeys.
import type { GoType, StructType } from "../../go/gotype";
import type { Path } from "../../go/path";
import { type Visitor, walk } from "../../go/walk";
import { Report } from "../../go/report";
import { E } from "../errors";
import type { IgnitionVersion, Obj, Validator } from "../versions/rules";
import { shortName } from "../types/table";
import { type JsonNode, nodeAt } from "./gojson";
import { pathString } from "../../go/path";

/** validate.Validate(cfg, "json"): every Validate method the version's types define. */
export function runValidators(ver: IgnitionVersion, t: GoType, v: unknown, c: Path = []): Report {
  const r = new Report();
  walk(t, v, c, validatorVisitor(ver, r), leavesValidated(ver, t));
  return r;
}

/** ValidateDups (duplicate keys within merged slice fields) and runValidators, in one walk; each report in walk order. */
export function runDupsAndValidators(ver: IgnitionVersion, t: GoType, v: unknown): { dups: Report; config: Report } {
  const dups = new Report();
  const config = new Report();
  const plans = visitPlans(ver);
  walk(
    t,
    v,
    [],
    (t, v, c) => {
      let plan = plans.get(t);
      if (plan === undefined || plan.fieldCount !== fieldCount(t)) plan = planVisit(ver, t, plans);
      if (plan.dupLists !== undefined) checkDups(plan.dupLists, v as Record<string, unknown>, c, dups);
      // The live stack is safe to hand over: validators see it read-only, and Report copies paths.
      if (plan.validate !== undefined) plan.validate(v as Obj, c, config, ver);
    },
    leavesValidated(ver, t),
  );
  return { dups, config };
}

/** What visiting a value of one type does in one version, decided once per type. */
interface VisitPlan {
  /** A struct's field count when planned: a struct still being assembled is planned again. */
  fieldCount: number;
  validate: Validator | undefined;
  /** A struct's slice fields checked for duplicates (undefined: none, or not a struct). */
  dupLists: DupList[] | undefined;
}

interface DupList {
  key: string;
  /** Fields merged into one list (MergedKeys) share a name, and so their duplicate set. */
  listName: string;
  /** The item's Key() (a string item is its own key). */
  keyOf: (item: unknown) => string;
}

const NONE: readonly string[] = [];
const NO_MERGES: Readonly<Record<string, string>> = {};

const fieldCount = (t: GoType): number => (t.kind === "struct" ? t.fields.length : 0);

const plansByVersion = new WeakMap<IgnitionVersion, WeakMap<GoType, VisitPlan>>();

function visitPlans(ver: IgnitionVersion): WeakMap<GoType, VisitPlan> {
  let plans = plansByVersion.get(ver);
  if (plans === undefined) plansByVersion.set(ver, (plans = new WeakMap()));
  return plans;
}

function planVisit(ver: IgnitionVersion, t: GoType, plans: WeakMap<GoType, VisitPlan>): VisitPlan {
  const name = shortName(t);
  let dupLists: DupList[] | undefined;
  if (t.kind === "struct") {
    const ignored = ver.ignoreDups[name!] ?? NONE;
    const merged = ver.mergedKeys[name!] ?? NO_MERGES;
    for (const f of t.fields) {
      if (f.type.kind !== "slice" || ignored.includes(f.key)) continue;
      const elem = f.type.elem;
      (dupLists ??= []).push({ key: f.key, listName: merged[f.key] ?? f.key, keyOf: (item) => keyOf(ver, elem, item) });
    }
  }
  const plan: VisitPlan = { fieldCount: fieldCount(t), validate: name !== undefined ? ver.validators[name] : undefined, dupLists };
  plans.set(t, plan);
  return plan;
}

/** ValidateDups on one struct: each listed slice's items by Key(), first occurrence wins. */
function checkDups(lists: DupList[], o: Record<string, unknown>, c: Path, r: Report): void {
  let seenByList: Map<string, Set<string>> | undefined; // made on the first non-empty slice
  for (const list of lists) {
    const items = (o[list.key] as unknown[]) ?? [];
    if (items.length === 0) continue;
    seenByList ??= new Map();
    let seen = seenByList.get(list.listName);
    if (!seen) seenByList.set(list.listName, (seen = new Set()));
    for (let i = 0; i < items.length; i++) {
      if (!(i in items)) continue; // forEach skipped holes
      const key = list.keyOf(items[i]);
      if (seen.has(key)) r.error([...c, list.key, i], E.duplicate);
      seen.add(key);
    }
  }
}

const leafKinds = new Set<GoType["kind"]>(["string", "int", "bool", "map"]);
const leavesMemo = new WeakMap<GoType, Map<IgnitionVersion, boolean>>();

/**
 * Whether any scalar or map type under `root` has a Validate method in this version. When none
 * has, both visitors above do nothing on leaves, so the walk may skip them (same entries, same order).
 */
function leavesValidated(ver: IgnitionVersion, root: GoType): boolean {
  let byVer = leavesMemo.get(root);
  if (!byVer) leavesMemo.set(root, (byVer = new Map()));
  let found = byVer.get(ver);
  if (found === undefined) {
    found = false;
    const seen = new Set<GoType>();
    const search = (t: GoType): void => {
      if (found || seen.has(t)) return;
      seen.add(t);
      if (leafKinds.has(t.kind)) {
        const name = shortName(t);
        if (name !== undefined && ver.validators[name]) found = true;
      }
      if (t.kind === "ptr" || t.kind === "slice" || t.kind === "map") search(t.elem);
      else if (t.kind === "struct") for (const f of t.fields) search(f.type);
    };
    search(root);
    byVer.set(ver, found);
  }
  return found;
}

function validatorVisitor(ver: IgnitionVersion, r: Report): Visitor {
  return (t, v, c) => {
    const name = shortName(t);
    const fn = name !== undefined ? ver.validators[name] : undefined;
    // The live stack is safe to hand over: validators see it read-only, and Report copies paths.
    if (fn) fn(v as Obj, c, r, ver);
  };
}


function keyOf(ver: IgnitionVersion, t: GoType, v: unknown): string {
  if (t.kind === "string") return v as string;
  const name = shortName(t);
  const fn = name !== undefined ? ver.keys[name] : undefined;
  if (!fn) throw new Error(`ignition: no Key() for ${name ?? t.kind}`);
  return fn(v as Obj);
}

/** ValidateUnusedKeys against the JSON document the value was decoded from. */
export function runUnusedKeys(t: GoType, v: unknown, root: JsonNode): Report {
  const r = new Report();
  walk(t, v, [], (t, _v, c) => {
    if (t.kind !== "struct") return;
    const node = nodeAt(root, [...c]);
    if (!node) return;
    if (node.t !== "object") {
      r.warn(
        c,
        `context tree does not match content tree at ${pathString(c)}. Line and column reporting may be inconsistent. Unused keys may not be reported`,
      );
      return;
    }
    const known = new Set((t as StructType).fields.map((f) => f.key));
    const seen = new Set<string>();
    for (const [k] of node.entries) {
      if (known.has(k) || seen.has(k)) continue;
      seen.add(k);
      r.warn([...c, k], `unused key ${k}`);
    }
  });
  return r;
}
