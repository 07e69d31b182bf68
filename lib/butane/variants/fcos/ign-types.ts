// Small helpers to build Ignition values of the spec's Ignition version (the engine's value
// representation: every field present, zero values included).
import { type GoType, type StructType, zeroValue } from "../../../go/gotype";

type Obj = Record<string, unknown>;

/** The struct type at a json key path below `root` (slices and pointers looked through). */
export function structAt(root: StructType, ...keys: string[]): StructType {
  let t: GoType = root;
  for (const k of keys) {
    t = unwrap(t);
    if (t.kind !== "struct") throw new Error(`${k}: not a struct`);
    const f = t.fields.find((x) => x.key === k);
    if (!f) throw new Error(`${t.name} has no field ${k}`);
    t = f.type;
  }
  t = unwrap(t);
  if (t.kind !== "struct") throw new Error(`${keys.join(".")}: not a struct`);
  return t;
}

function unwrap(t: GoType): GoType {
  while (t.kind === "ptr" || t.kind === "slice") t = t.elem;
  return t;
}

export const hasField = (t: StructType, key: string): boolean => t.fields.some((f) => f.key === key);

/** A zero value of t with the given fields set (fields t lacks are refused loudly). */
export function make(t: StructType, fields: Obj): Obj {
  const o = zeroValue(t) as Obj;
  for (const [k, v] of Object.entries(fields)) {
    if (!hasField(t, k)) throw new Error(`${t.name} has no field ${k}`);
    o[k] = v;
  }
  return o;
}
