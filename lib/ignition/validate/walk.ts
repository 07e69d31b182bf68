// The visitors Ignition runs with vcontext's validate.Validate walk (../../go/walk.ts): the
// types' Validate methods, ValidateDups and ValidateUnusedKeys.
import type { GoType, StructType } from "../../go/gotype";
import type { Path } from "../../go/path";
import { type Visitor, walk } from "../../go/walk";
import { Report } from "../../go/report";
import { E } from "../errors";
import type { IgnitionVersion, Obj } from "../versions/rules";
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
  const visitDups = dupsVisitor(ver, dups);
  const visitConfig = validatorVisitor(ver, config);
  walk(
    t,
    v,
    [],
    (t, v, c) => {
      visitDups(t, v, c);
      visitConfig(t, v, c);
    },
    leavesValidated(ver, t),
  );
  return { dups, config };
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

const NONE: readonly string[] = [];
const NO_MERGES: Readonly<Record<string, string>> = {};

function dupsVisitor(ver: IgnitionVersion, r: Report): Visitor {
  return (t, v, c) => {
    if (t.kind !== "struct") return;
    const name = shortName(t)!;
    const ignored = ver.ignoreDups[name] ?? NONE;
    const merged = ver.mergedKeys[name] ?? NO_MERGES;
    let lists: Map<string, Set<string>> | undefined; // made on the first non-empty slice
    const o = v as Record<string, unknown>;
    for (const f of t.fields) {
      if (f.type.kind !== "slice" || ignored.includes(f.key)) continue;
      const items = (o[f.key] as unknown[]) ?? [];
      if (items.length === 0) continue;
      const listName = merged[f.key] ?? f.key;
      lists ??= new Map();
      let seen = lists.get(listName);
      if (!seen) lists.set(listName, (seen = new Set()));
      const elem = f.type.elem;
      for (let i = 0; i < items.length; i++) {
        if (!(i in items)) continue; // forEach skipped holes
        const key = keyOf(ver, elem, items[i]);
        if (seen.has(key)) r.error([...c, f.key, i], E.duplicate);
        seen.add(key);
      }
    }
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
