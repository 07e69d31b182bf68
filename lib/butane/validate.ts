// Butane's own validation: vcontext validate.Validate(cfg, "yaml"). Walks the decoded value in
// Go field order and calls the validator registered for each struct type (by bare Go name,
// e.g. "File", "BootDevice", "Config") before descending into its fields, slices and pointers.
//
// API
//   validateValue(type, value, validators, ctx) → TReport   (paths in yaml space)
//   type Validator = (value, path, ctx) => TReport | TEntry[] | void
import type { GoType } from "../go/gotype";
import type { Path, PathPart } from "../go/path";
import { bareName } from "./translate/translator";
import { type TEntry, TReport } from "./translate/report";

export type Validator<C = unknown> = (
  value: Record<string, unknown>,
  path: Path,
  ctx: C,
) => TReport | TEntry[] | void;

export type Validators<C = unknown> = Map<string, Validator<C>>;

export function validateValue<C>(type: GoType, value: unknown, validators: Validators<C>, ctx: C): TReport {
  const r = new TReport();
  walk(type, value, [], validators, ctx, r);
  return r;
}

const bareNames = new WeakMap<GoType, string>();

// `path` is the walk's stack, handed to validators as it is (Path is readonly).
function walk<C>(type: GoType, v: unknown, path: PathPart[], validators: Validators<C>, ctx: C, r: TReport): void {
  switch (type.kind) {
    case "struct": {
      const o = (v as Record<string, unknown>) ?? {};
      let name = bareNames.get(type);
      if (name === undefined) bareNames.set(type, (name = bareName(type.name)));
      const fn = validators.get(name);
      if (fn) {
        const out = fn(o, path, ctx); // read-only for validators; reports copy the paths they keep
        if (out) r.merge(out);
      }
      for (const f of type.fields) {
        const k = f.type.kind;
        if (k === "string" || k === "int" || k === "bool" || k === "map") continue; // nothing below
        path.push(f.key);
        walk(f.type, o[f.key], path, validators, ctx, r);
        path.pop();
      }
      return;
    }
    case "slice": {
      const arr = (v as unknown[]) ?? [];
      for (let i = 0; i < arr.length; i++) {
        if (!(i in arr)) continue; // forEach skips holes
        path.push(i);
        walk(type.elem, arr[i], path, validators, ctx, r);
        path.pop();
      }
      return;
    }
    case "ptr":
      if (v !== undefined && v !== null) walk(type.elem, v, path, validators, ctx, r);
      return;
    default:
      return;
  }
}
