// vcontext's validate.Validate walk (github.com/coreos/vcontext/validate), used by Butane's own
// validation and by Ignition's: pre-order (a value's own check, then its struct fields in Go
// order, slice elements by index, pointers followed when set; maps are leaves).
//
// API
//   walk(type, value, path, visit, leaves = true)   leaves: false skips scalar and map fields
//                                                   and slices of them (struct-only visitors)
import type { GoType } from "./gotype";
import type { Path, PathPart } from "./path";

/**
 * Called for every value on the walk. `c` is the walk's own path stack: it changes as the walk
 * goes on, so a visitor that keeps it must copy it (`[...c]`).
 */
export type Visitor = (t: GoType, v: unknown, c: Path) => void;

export function walk(t: GoType, v: unknown, c: Path, visit: Visitor, leaves = true): void {
  walkStack(t, v, [...c], visit, leaves);
}

/** Kinds with nothing below them for a walk that visits only structs. */
const isLeaf = (t: GoType): boolean => t.kind === "string" || t.kind === "int" || t.kind === "bool" || t.kind === "map";

function walkStack(t: GoType, v: unknown, c: PathPart[], visit: Visitor, leaves: boolean): void {
  if (t.kind === "ptr") {
    if (v !== undefined && v !== null) walkStack(t.elem, v, c, visit, leaves);
    return;
  }
  visit(t, v, c);
  if (t.kind === "struct") {
    const o = (v as Record<string, unknown> | undefined) ?? {};
    for (const f of t.fields) {
      const ft = f.type;
      if (!leaves && isLeaf(ft)) continue;
      const fv = o[f.key];
      // A nil pointer is not visited at all: no need to extend the path for it.
      if (ft.kind === "ptr" && (fv === undefined || fv === null)) continue;
      c.push(f.key);
      walkStack(ft, fv, c, visit, leaves);
      c.pop();
    }
  } else if (t.kind === "slice") {
    if (!leaves && isLeaf(t.elem)) return;
    const arr = (v as unknown[] | undefined) ?? [];
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue; // forEach skips holes
      c.push(i);
      walkStack(t.elem, arr[i], c, visit, leaves);
      c.pop();
    }
  }
}
