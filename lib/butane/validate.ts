// Butane's own validation: vcontext validate.Validate(cfg, "yaml"). Walks the decoded value in
// Go field order and calls the validator registered for each struct type (by bare Go name,
// e.g. "File", "BootDevice", "Config") before descending into its fields, slices and pointers.
//
// API
//   validateValue(type, value, validators, ctx) → TReport   (paths in yaml space)
//   type Validator = (value, path, ctx) => TReport | TEntry[] | void
import type { GoType } from "../engine/gotype";
import type { Path } from "../engine/path";
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

function walk<C>(type: GoType, v: unknown, path: Path, validators: Validators<C>, ctx: C, r: TReport): void {
  switch (type.kind) {
    case "struct": {
      const o = (v as Record<string, unknown>) ?? {};
      const fn = validators.get(bareName(type.name));
      if (fn) {
        const out = fn(o, path, ctx);
        if (out) r.merge(out);
      }
      for (const f of type.fields) walk(f.type, o[f.key], [...path, f.key], validators, ctx, r);
      return;
    }
    case "slice":
      ((v as unknown[]) ?? []).forEach((x, i) => walk(type.elem, x, [...path, i], validators, ctx, r));
      return;
    case "ptr":
      if (v !== undefined && v !== null) walk(type.elem, v, path, validators, ctx, r);
      return;
    default:
      return;
  }
}
