// A compact way to declare a version's Go types and to derive the next version from it.
//
// A table maps Go type names (package "types") to either
//  - a struct: a list of field specs "jsonKey:Type" ("?" suffix = omitempty), or "...Name" for an
//    embedded struct whose fields are flattened in place (Go field order is kept), or
//  - a named non-struct type: its underlying type as a string ("string", "[]HTTPHeader").
// Type expressions: string, int, bool, *T, []T, or a name from the table.
import type { Field, GoType, ScalarType, SliceType, StructType } from "../../go/gotype";

export type TypeDef = readonly string[] | string;
export type TypeTable = Readonly<Record<string, TypeDef>>;

export const PKG = "types";

/** Resolve a table into Go type descriptors. Descriptors are shared within one table. */
export function buildTypes(table: TypeTable): Map<string, GoType> {
  const built = new Map<string, GoType>();
  const resolve = (expr: string): GoType => {
    if (expr.startsWith("*")) return { kind: "ptr", elem: resolve(expr.slice(1)) };
    if (expr.startsWith("[]")) return { kind: "slice", elem: resolve(expr.slice(2)) };
    if (expr === "string" || expr === "int" || expr === "bool") return { kind: expr };
    return named(expr);
  };
  const named = (name: string): GoType => {
    const done = built.get(name);
    if (done) return done;
    const def = table[name];
    if (def === undefined) throw new Error(`ignition types: unknown type ${name}`);
    const qualified = `${PKG}.${name}`;
    let t: GoType;
    if (typeof def === "string") {
      const under = resolve(def);
      if (under.kind === "slice") t = { ...under, name: qualified } as SliceType;
      else if (under.kind === "string" || under.kind === "int" || under.kind === "bool")
        t = { kind: under.kind, name: qualified } as ScalarType;
      else throw new Error(`ignition types: unsupported named type ${name}`);
    } else {
      t = { kind: "struct", name: qualified, fields: structFields(def) } as StructType;
    }
    built.set(name, t);
    return t;
  };
  const structFields = (def: readonly string[]): Field[] => {
    const out: Field[] = [];
    for (const spec of def) {
      if (spec.startsWith("...")) {
        const inner = named(spec.slice(3));
        if (inner.kind !== "struct") throw new Error(`ignition types: embedded non-struct ${spec}`);
        out.push(...inner.fields);
        continue;
      }
      const m = /^(\w+):([\w*[\]]+)(\?)?$/.exec(spec);
      if (!m) throw new Error(`ignition types: bad field spec ${spec}`);
      const field: Field = { key: m[1], type: resolve(m[2]) };
      if (m[3]) field.omitempty = true;
      out.push(field);
    }
    return out;
  };
  for (const name of Object.keys(table)) named(name);
  return built;
}

/** The Go name of a type without its package ("File" for "types.File"). */
const shortNames = new WeakMap<GoType, string | undefined>();

/** The Go name without its package ("types.File" → "File"); memoized, as the walks ask for every value. */
export function shortName(t: GoType): string | undefined {
  if (shortNames.has(t)) return shortNames.get(t);
  const n = "name" in t && typeof t.name === "string" ? t.name.replace(/^types\./, "") : undefined;
  shortNames.set(t, n);
  return n;
}

// Editing helpers for deriving a version from the previous one.
const keyOf = (spec: string) => spec.split(":")[0];

/** Insert field specs right after the field with key `after` ("" = at the start). */
export function insertAfter(def: TypeDef, after: string, ...specs: string[]): string[] {
  const list = [...(def as readonly string[])];
  const i = after === "" ? -1 : list.findIndex((s) => keyOf(s) === after);
  if (after !== "" && i < 0) throw new Error(`ignition types: no field ${after}`);
  list.splice(i + 1, 0, ...specs);
  return list;
}

/** Replace the spec of field `key`. */
export function replaceField(def: TypeDef, key: string, spec: string): string[] {
  const list = [...(def as readonly string[])];
  const i = list.findIndex((s) => keyOf(s) === key);
  if (i < 0) throw new Error(`ignition types: no field ${key}`);
  list[i] = spec;
  return list;
}

/** A copy of `table` with entries replaced/added, and `removed` names dropped. */
export function derive(table: TypeTable, changes: Record<string, TypeDef>, removed: string[] = []): TypeTable {
  const out: Record<string, TypeDef> = { ...table, ...changes };
  for (const r of removed) delete out[r];
  return out;
}

