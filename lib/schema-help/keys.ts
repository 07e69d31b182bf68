// Which keys a Butane document may hold at a given place, read from a spec's type descriptors.
// Used by the code view's completion and hover; pure, so the tests call it directly.
import type { Field, GoType, StructType } from "../go/gotype";
import type { Path } from "../go/path";
import { helpFor } from "./help";

export interface KeyInfo {
  key: string;
  /** How the value is written, in words: "string", "integer", "list of mappings", … */
  kind: string;
  /** The shape of the value, for the editor's insert text. */
  shape: "scalar" | "mapping" | "list";
  /** Short help text, when Kindling has one for this key. */
  help?: string;
  /** The Go type's name (e.g. "*int", "[]v0_5.File"), for the curious. */
  goType: string;
  bool: boolean;
}

/** Pointers are transparent in YAML: a set pointer is written as its value. */
function deref(t: GoType): GoType {
  while (t.kind === "ptr") t = t.elem;
  return t;
}

/** The type found at `path` below `root` (list indexes and map keys step into elements). */
export function typeAt(root: StructType, path: Path): GoType | undefined {
  let t: GoType = root;
  for (const step of path) {
    t = deref(t);
    if (t.kind === "slice") {
      if (typeof step !== "number") return undefined;
      t = t.elem;
    } else if (t.kind === "map") {
      t = t.elem;
    } else if (t.kind === "struct") {
      if (typeof step !== "string") return undefined;
      const f = t.fields.find((x) => x.key === step);
      if (!f) return undefined;
      t = f.type;
    } else {
      return undefined;
    }
  }
  return deref(t);
}

export function describeType(t: GoType): string {
  t = deref(t);
  switch (t.kind) {
    case "string":
      return "string";
    case "int":
      return "integer";
    case "bool":
      return "boolean (true or false)";
    case "slice":
      return `list of ${plural(describeType(t.elem))}`;
    case "map":
      return `mapping of ${describeType(t.elem)}`;
    case "struct":
      return "mapping";
    default:
      return "value";
  }
}

function plural(word: string): string {
  if (word.startsWith("boolean")) return "booleans";
  if (word.startsWith("list")) return "lists";
  return word.endsWith("s") ? word : word + "s";
}

function fieldPath(path: Path, key: string): string {
  return [...path.filter((s) => typeof s === "string"), key].join(".");
}

function info(path: Path, f: Field): KeyInfo {
  const t = deref(f.type);
  return {
    key: f.key,
    kind: describeType(t),
    shape: t.kind === "slice" ? "list" : t.kind === "struct" || t.kind === "map" ? "mapping" : "scalar",
    help: helpFor(fieldPath(path, f.key)),
    goType: goName(f.type),
    bool: t.kind === "bool",
  };
}

function goName(t: GoType): string {
  switch (t.kind) {
    case "ptr":
      return "*" + goName(t.elem);
    case "slice":
      return "[]" + goName(t.elem);
    case "map":
      return `map[string]${goName(t.elem)}`;
    case "struct":
      return t.name;
    default:
      return t.name ?? t.kind;
  }
}

/**
 * The keys allowed in the mapping at `path` (e.g. ["storage", "files", 0] → path, mode, contents…),
 * in the spec's field order; undefined when the path does not lead to a mapping of known keys.
 */
export function keysAt(root: StructType, path: Path): KeyInfo[] | undefined {
  const t = typeAt(root, path);
  if (!t || t.kind !== "struct") return undefined;
  return t.fields.map((f) => info(path, f));
}

/** The description of the key at the end of `path` (its parent must be a mapping of known keys). */
export function keyInfo(root: StructType, path: Path): KeyInfo | undefined {
  const key = path[path.length - 1];
  if (typeof key !== "string") return undefined;
  const parent = path.slice(0, -1);
  const t = typeAt(root, parent);
  if (!t || t.kind !== "struct") return undefined;
  const f = t.fields.find((x) => x.key === key);
  return f ? info(parent, f) : undefined;
}
