// Schemas as data. A schema is a set of Go struct definitions (fields in Go order, yaml keys)
// and named scalar types, in one Go package ("v0_5"); a version is its predecessor plus changes:
//
//   const v0_6 = extend(v0_5, { structs: { Cex: { enabled: "*bool" }, Luks: {...whole new Luks} } });
//
// Type references: "string" "int" "bool", a named scalar, slice or struct of the same package ("Device",
// "File"), "*T", "[]T", "base.T" (a type of the parent package, for variant layers). A trailing
// " skip" marks a Butane-only field that the automatic translation ignores (butane:"auto_skip").
// buildSchema turns the data into StructType descriptors named "v0_6.File" (go-yaml's spelling).
import type { Field, GoType, ScalarType, SliceType, StructType } from "../../go/gotype";

export type FieldDefs = Readonly<Record<string, string>>;

/** The underlying type of a named non-struct type: a scalar, or a slice ("[]HTTPHeader"). */
export type NamedDef = "string" | "int" | "bool" | `[]${string}`;

export interface SchemaDefs {
  structs: Readonly<Record<string, FieldDefs>>;
  named: Readonly<Record<string, NamedDef>>;
}

export interface SchemaChange {
  /** New structs, or whole replacements of changed ones (field order matters). */
  structs?: Record<string, FieldDefs>;
  named?: Record<string, NamedDef>;
  /** Types that no longer exist in the new version. */
  remove?: string[];
}

export function extend(prev: SchemaDefs, change: SchemaChange): SchemaDefs {
  const structs: Record<string, FieldDefs> = { ...prev.structs, ...(change.structs ?? {}) };
  const named = { ...prev.named, ...(change.named ?? {}) };
  for (const r of change.remove ?? []) {
    delete structs[r];
    delete (named as Record<string, unknown>)[r];
  }
  return { structs, named };
}

/** A Butane field descriptor: a Field plus the auto_skip mark. */
export interface ButaneField extends Field {
  autoSkip?: boolean;
}

export interface Schema {
  pkg: string;
  root: StructType;
  /** Every struct and named scalar by bare name. */
  types: Map<string, GoType>;
  parent?: Schema;
}

export function buildSchema(pkg: string, defs: SchemaDefs, parent?: Schema, rootName = "Config"): Schema {
  const types = new Map<string, GoType>();
  const resolve = (ref: string): GoType => {
    if (ref.startsWith("*")) return { kind: "ptr", elem: resolve(ref.slice(1)) };
    if (ref.startsWith("[]")) return { kind: "slice", elem: resolve(ref.slice(2)) };
    if (ref === "string" || ref === "int" || ref === "bool") return { kind: ref };
    if (ref.startsWith("base.")) {
      const t = parent?.types.get(ref.slice(5));
      if (!t) throw new Error(`schema ${pkg}: unknown parent type ${ref}`);
      return t;
    }
    return named(ref);
  };
  const named = (name: string): GoType => {
    const known = types.get(name);
    if (known) return known;
    const under = defs.named[name];
    if (under) {
      const t: ScalarType | SliceType = under.startsWith("[]")
        ? { kind: "slice", elem: resolve(under.slice(2)), name: `${pkg}.${name}` }
        : { kind: under as ScalarType["kind"], name: `${pkg}.${name}` };
      types.set(name, t);
      return t;
    }
    const fields = defs.structs[name];
    if (!fields) throw new Error(`schema ${pkg}: unknown type ${name}`);
    const st: StructType = { kind: "struct", name: `${pkg}.${name}`, fields: [] };
    types.set(name, st); // before the fields: lets self-references resolve
    for (const [key, ref] of Object.entries(fields)) {
      const skip = ref.endsWith(" skip");
      const f: ButaneField = { key, type: resolve(skip ? ref.slice(0, -5) : ref) };
      if (skip) f.autoSkip = true;
      st.fields.push(f);
    }
    return st;
  };
  for (const n of Object.keys(defs.named)) named(n);
  for (const n of Object.keys(defs.structs)) named(n);
  const root = types.get(rootName);
  if (!root || root.kind !== "struct") throw new Error(`schema ${pkg}: no root ${rootName}`);
  return { pkg, root, types, parent };
}

/**
 * A variant layer (config/<variant>/v*): the base Config's fields inlined, then the variant's own
 * fields; extra types live in the variant package and may refer to base types as "base.T".
 */
export function layerSchema(
  pkg: string,
  base: Schema,
  extra: { rootFields?: FieldDefs; structs?: Record<string, FieldDefs> } = {},
): Schema {
  const structs: Record<string, FieldDefs> = { ...(extra.structs ?? {}) };
  // placeholder root: the base fields are spliced in below
  structs.Config = extra.rootFields ?? {};
  const layer = buildSchema(pkg, { structs, named: {} }, base);
  const own = layer.root;
  const root: StructType = { kind: "struct", name: `${pkg}.Config`, fields: [...base.root.fields, ...own.fields] };
  const types = new Map(base.types);
  for (const [k, v] of layer.types) types.set(k, v);
  types.set("Config", root);
  return { pkg, root, types, parent: base };
}
