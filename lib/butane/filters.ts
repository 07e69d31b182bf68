// Field filters (config/util/filter.go): Ignition fields a spec refuses, by dotted json path
// ("storage.luks.clevis"). A filtered field that is not empty gets an error at its json path;
// filtered fields are not descended into.
//
// API
//   verifyFilters(type, value, filters, ignoreZero?) → TReport (json-space entries)
import type { GoType } from "../go/gotype";
import type { PathPart } from "../go/path";
import { TReport } from "./translate";

export type FilterMap = Readonly<Record<string, string>>;

export function verifyFilters(type: GoType, value: unknown, filters: FilterMap, ignoreZero: readonly string[] = []): TReport {
  const r = new TReport();
  const ign = new Set(ignoreZero);
  const lookup = (filter: string) => filters[filter.replace(/^\./, "")];

  const isEmpty = (t: GoType, v: unknown, filter: string): boolean => {
    switch (t.kind) {
      case "string":
        return v === "" || v === undefined;
      case "int":
        return v === 0 || v === 0n || v === undefined;
      case "bool":
        return v !== true;
      case "struct": {
        const o = (v as Record<string, unknown>) ?? {};
        return t.fields.every((f) => isEmpty(f.type, o[f.key], `${filter}.${f.key}`));
      }
      case "slice":
        return ((v as unknown[]) ?? []).length === 0;
      case "ptr":
        if (v === undefined || v === null) return true;
        if (t.elem.kind !== "struct" && t.elem.kind !== "slice" && t.elem.kind !== "ptr" && t.elem.kind !== "map") {
          if (isEmpty(t.elem, v, filter) && ign.has(filter.replace(/^\./, ""))) return true;
        }
        return false;
      case "map":
        return true;
    }
  };

  // Filter names and their lookups depend only on the field chain, so they are built once per
  // chain, not once per element; the path is a stack, copied only when an entry is added.
  const children = new Map<string, string[]>();
  const looked = new Map<string, string | undefined>();
  const lookupOnce = (filter: string): string | undefined => {
    if (looked.has(filter)) return looked.get(filter);
    const err = lookup(filter);
    looked.set(filter, err);
    return err;
  };
  // Subtrees that no filter names (the field itself or anything under it) need no walk.
  const filterNames = Object.keys(filters);
  const reaches = new Map<string, boolean>();
  const anyFilterWithin = (filter: string): boolean => {
    let yes = reaches.get(filter);
    if (yes === undefined) {
      const bare = filter.replace(/^\./, "");
      yes = bare === "" ? filterNames.length > 0 : filterNames.some((k) => k === bare || k.startsWith(bare + "."));
      reaches.set(filter, yes);
    }
    return yes;
  };
  const path: PathPart[] = [];
  const verify = (t: GoType, v: unknown, filter: string): void => {
    const err = lookupOnce(filter);
    if (err !== undefined) {
      if (!isEmpty(t, v, filter)) r.add("error", path, err, true);
      return;
    }
    if (!anyFilterWithin(filter)) return;
    switch (t.kind) {
      case "struct": {
        const o = (v as Record<string, unknown>) ?? {};
        let names = children.get(filter);
        if (!names) children.set(filter, (names = t.fields.map((f) => `${filter}.${f.key}`)));
        const fields = t.fields;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i];
          path.push(f.key);
          verify(f.type, o[f.key], names[i]);
          path.pop();
        }
        return;
      }
      case "slice": {
        const arr = (v as unknown[]) ?? [];
        for (let i = 0; i < arr.length; i++) {
          path.push(i);
          verify(t.elem, arr[i], filter);
          path.pop();
        }
        return;
      }
      case "ptr":
        if (v !== undefined && v !== null) verify(t.elem, v, filter);
        return;
      default:
        return;
    }
  };
  verify(type, value, "");
  return r;
}
