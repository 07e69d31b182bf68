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
  walkerFor(t, leaves)(v, [...c], visit);
}

/** Kinds with nothing below them for a walk that visits only structs. */
const isLeaf = (t: GoType): boolean => t.kind === "string" || t.kind === "int" || t.kind === "bool" || t.kind === "map";

/** The walk of one type's values, with the type's decisions (kinds, fields to follow) made once. */
type Walker = (v: unknown, c: PathPart[], visit: Visitor) => void;

const walkers = [new WeakMap<GoType, Walker>(), new WeakMap<GoType, Walker>()];

function walkerFor(t: GoType, leaves: boolean): Walker {
  const cache = walkers[leaves ? 1 : 0];
  let w = cache.get(t);
  if (w === undefined) {
    // A placeholder first, so that a type reaching itself (through a pointer or slice) resolves lazily.
    let built: Walker | undefined;
    cache.set(t, (v, c, visit) => (built ??= cache.get(t)!)(v, c, visit));
    built = buildWalker(t, leaves);
    cache.set(t, built);
    w = built;
  }
  return w;
}

interface FieldStep {
  key: string;
  /** A pointer field: a nil value is not visited at all (nor the path extended for it). */
  ptr: boolean;
  walk: Walker;
}

function buildWalker(t: GoType, leaves: boolean): Walker {
  switch (t.kind) {
    case "ptr": {
      const elem = walkerFor(t.elem, leaves);
      return (v, c, visit) => {
        if (v !== undefined && v !== null) elem(v, c, visit);
      };
    }
    case "struct": {
      const steps: FieldStep[] = [];
      for (const f of t.fields) {
        if (!leaves && isLeaf(f.type)) continue;
        steps.push({ key: f.key, ptr: f.type.kind === "ptr", walk: walkerFor(f.type, leaves) });
      }
      const fieldCount = t.fields.length;
      return (v, c, visit) => {
        // A struct still being assembled (schemas add fields while building) gets a fresh plan.
        if (t.fields.length !== fieldCount) {
          walkers[leaves ? 1 : 0].delete(t);
          return walkerFor(t, leaves)(v, c, visit);
        }
        visit(t, v, c);
        const o = (v as Record<string, unknown> | undefined) ?? {};
        for (let i = 0; i < steps.length; i++) {
          const s = steps[i];
          const fv = o[s.key];
          if (s.ptr && (fv === undefined || fv === null)) continue;
          c.push(s.key);
          s.walk(fv, c, visit);
          c.pop();
        }
      };
    }
    case "slice": {
      if (!leaves && isLeaf(t.elem)) return (v, c, visit) => visit(t, v, c);
      const elem = walkerFor(t.elem, leaves);
      return (v, c, visit) => {
        visit(t, v, c);
        const arr = (v as unknown[] | undefined) ?? [];
        for (let i = 0; i < arr.length; i++) {
          if (!(i in arr)) continue; // forEach skips holes
          c.push(i);
          elem(arr[i], c, visit);
          c.pop();
        }
      };
    }
    default:
      return (v, c, visit) => visit(t, v, c);
  }
}
