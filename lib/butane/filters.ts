// Field filters (config/util/filter.go): Ignition fields a spec refuses, by dotted json path
// ("storage.luks.clevis"). A filtered field that is not empty gets an error at its json path;
// filtered fields are not descended into.
//
// API
//   verifyFilters(type, value, filters, ignoreZero?) → TReport (json-space entries)
import type { GoType } from "../engine/gotype";
import type { Path } from "../engine/path";
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

  const verify = (t: GoType, v: unknown, filter: string, p: Path): void => {
    const err = lookup(filter);
    if (err !== undefined) {
      if (!isEmpty(t, v, filter)) r.add("error", p, err, true);
      return;
    }
    switch (t.kind) {
      case "struct": {
        const o = (v as Record<string, unknown>) ?? {};
        for (const f of t.fields) verify(f.type, o[f.key], `${filter}.${f.key}`, [...p, f.key]);
        return;
      }
      case "slice":
        ((v as unknown[]) ?? []).forEach((x, i) => verify(t.elem, x, filter, [...p, i]));
        return;
      case "ptr":
        if (v !== undefined && v !== null) verify(t.elem, v, filter, p);
        return;
      default:
        return;
    }
  };
  verify(type, value, "", []);
  return r;
}
