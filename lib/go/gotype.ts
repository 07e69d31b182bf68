// Descriptors of the Go types that Butane and Ignition declare. The engine mirrors Go's
// semantics (zero values, pointers, omitempty, struct field order) so that decoding,
// validation and JSON output behave as the reference does. Specs are built as data from
// these descriptors: one set per Butane base version and per Ignition version.

/** A Go int as decoded: a JS number while it is a safe integer, a bigint beyond that. */
export type GoInt = number | bigint;

export type GoType = ScalarType | PtrType | SliceType | MapType | StructType;

export interface ScalarType {
  kind: "string" | "int" | "bool";
  /** Named Go type (e.g. "v0_5.Device"); unnamed scalars print as "string", "int", "bool". */
  name?: string;
}
export interface PtrType {
  kind: "ptr";
  elem: GoType;
}
export interface SliceType {
  kind: "slice";
  elem: GoType;
  /** Named Go slice type (e.g. "v0_5.HTTPHeaders"); unnamed ones print as "[]" + elem. */
  name?: string;
}
export interface MapType {
  kind: "map";
  key: ScalarType;
  elem: GoType;
}
export interface StructType {
  kind: "struct";
  /** Package-qualified Go name, as go-yaml prints it in type errors: "v0_5.File". */
  name: string;
  /** Fields in Go declaration order, embedded structs already flattened in place. */
  fields: Field[];
}
export interface Field {
  /** The yaml tag (Butane types) or json tag name (Ignition types). */
  key: string;
  type: GoType;
  /** json ",omitempty": leave the field out of the output when it is the zero value. */
  omitempty?: boolean;
}

export const str: ScalarType = { kind: "string" };
export const int: ScalarType = { kind: "int" };
export const bool: ScalarType = { kind: "bool" };
export const ptr = (elem: GoType): PtrType => ({ kind: "ptr", elem });
export const slice = (elem: GoType): SliceType => ({ kind: "slice", elem });
export const struct = (name: string, fields: Field[]): StructType => ({ kind: "struct", name, fields });

/** The Go spelling of a type, as go-yaml and vcontext print it ("[]v0_5.File", "*int"). */
export function goTypeName(t: GoType): string {
  switch (t.kind) {
    case "string":
    case "int":
    case "bool":
      return t.name ?? t.kind;
    case "ptr":
      return "*" + goTypeName(t.elem);
    case "slice":
      return t.name ?? "[]" + goTypeName(t.elem);
    case "map":
      return `map[${goTypeName(t.key)}]${goTypeName(t.elem)}`;
    case "struct":
      return t.name;
  }
}

/**
 * The zero value of a type, in the engine's value representation:
 * string "" / int 0 / bool false; ptr undefined (nil); slice [] ; map {} ;
 * struct: an object with every field's zero value, keyed by the field's key.
 */
export function zeroValue(t: GoType): unknown {
  switch (t.kind) {
    case "string":
      return "";
    case "int":
      return 0;
    case "bool":
      return false;
    case "ptr":
      return undefined;
    case "slice":
      return [];
    case "map":
      return {};
    case "struct": {
      const z = zeroTemplate(t); // looked up once (a WeakMap lookup per struct adds up in decoding)
      const o: Record<string, unknown> = { ...z.template };
      for (const f of z.fresh) o[f.key] = zeroValue(f.type);
      return o;
    }
  }
}

interface ZeroTemplate {
  template: Record<string, unknown>;
  /** The fields whose zero value is an object of its own: slices, maps and structs. */
  fresh: Field[];
  fieldCount: number;
}

const zeroTemplates = new WeakMap<StructType, ZeroTemplate>();

// Copying a cached template keeps one object shape per struct type and is much cheaper than
// adding the keys one by one; only slices, maps and structs need fresh values.
function zeroTemplate(t: StructType): ZeroTemplate {
  let z = zeroTemplates.get(t);
  if (z === undefined || z.fieldCount !== t.fields.length) {
    const template: Record<string, unknown> = {};
    const fresh: Field[] = [];
    for (const f of t.fields) {
      const k = f.type.kind;
      const own = k === "slice" || k === "map" || k === "struct";
      template[f.key] = own ? undefined : zeroValue(f.type);
      if (own) fresh.push(f);
    }
    z = { template, fresh, fieldCount: t.fields.length };
    zeroTemplates.set(t, z);
  }
  return z;
}

/**
 * A struct's zero value with its slice, map and struct fields left undefined, for a caller that
 * assigns them (see zeroFields): no throw-away objects for fields about to be overwritten.
 */
export function zeroShell(t: StructType): Record<string, unknown> {
  return { ...zeroTemplate(t).template };
}

/** The fields zeroShell leaves undefined. */
export const zeroFields = (t: StructType): readonly Field[] => zeroTemplate(t).fresh;

/**
 * Go's reflect.Value.IsZero for a value of type t, which is also clarketm/json's omitempty
 * test (a nil or empty slice or map counts as zero; null is read as nil everywhere).
 */
export function isZero(t: GoType, v: unknown): boolean {
  if (v === undefined || v === null) return true;
  switch (t.kind) {
    case "string":
      return v === "";
    case "int":
      return v === 0 || v === 0n;
    case "bool":
      return v !== true;
    case "ptr":
      return false;
    case "slice":
      return (v as unknown[]).length === 0;
    case "map":
      return Object.keys(v as object).length === 0;
    case "struct": {
      const o = v as Record<string, unknown>;
      for (const f of t.fields) if (!isZero(f.type, o[f.key])) return false; // no closure per call
      return true;
    }
  }
}
