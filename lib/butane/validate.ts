// Butane's own validation: vcontext validate.Validate(cfg, "yaml"). The walk (../go/walk.ts)
// goes through the decoded value in Go field order; each struct type's validator (by bare Go
// name, e.g. "File", "BootDevice", "Config") runs before its fields, slices and pointers.
//
// API
//   validateValue(type, value, validators, ctx) → TReport   (paths in yaml space)
//   type Validator = (value, path, ctx) => TReport | TEntry[] | void
import type { GoType } from "../go/gotype";
import type { Path } from "../go/path";
import { walk } from "../go/walk";
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
  // validators read the walk's path stack as it is; reports copy the paths they keep
  walk(
    type,
    value,
    [],
    (t, v, path) => {
      if (t.kind !== "struct") return;
      let name = bareNames.get(t);
      if (name === undefined) bareNames.set(t, (name = bareName(t.name)));
      const fn = validators.get(name);
      if (!fn) return;
      const out = fn((v as Record<string, unknown> | undefined) ?? {}, path, ctx);
      if (out) r.merge(out);
    },
    false,
  );
  return r;
}

const bareNames = new WeakMap<GoType, string>();
