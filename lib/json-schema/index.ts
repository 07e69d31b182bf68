// JSON Schema (draft-07) for every Butane spec, built from the engine's own type descriptors:
// each Go struct becomes a strict zod object, each field carries the help text the editor shows,
// and the result goes through zod's z.toJSONSchema. One source of truth: nothing hand-written.
import { z } from "zod";
import { allSpecs, getSpec, type GoType, type Spec, type StructType } from "../index";
import { helpFor } from "../schema-help";

/** The fields of which a Butane resource may hold only one (Butane's "only one of" rule). */
const ONE_OF_SOURCES = ["inline", "local", "source"] as const;

/** Integers as YAML 1.1 spells them when a YAML 1.2 reader leaves them as strings. */
const YAML_INT = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9_]+)$/;
/** YAML 1.1 booleans that go-yaml decodes into a bool field. */
const YAML_BOOLS = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
  "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"] as const;

function build(spec: Spec): { schema: z.ZodType } {

  // go-yaml's decoding is lenient and the schema follows it (it must accept what Butane
  // accepts): a string field takes any scalar as its text, an int takes YAML 1.1's spellings
  // (0644, 0o644, 0x1a4, a float it truncates), a bool takes yes/no/on/off and their cases.
  const scalar = (t: GoType): z.ZodType => {
    switch (t.kind) {
      case "string":
        return z.union([z.string(), z.number(), z.boolean()]);
      case "int":
        return z.union([z.number(), z.string().regex(YAML_INT)]);
      case "bool":
        return z.union([z.boolean(), z.enum(YAML_BOOLS)]);
      default:
        throw new Error(`not a scalar: ${t.kind}`);
    }
  };

  // YAML `key:` or `key: null` decodes to Go's nil for pointers, slices and maps.
  const walk = (t: GoType, path: string[]): z.ZodType => {
    switch (t.kind) {
      case "ptr":
        return walk(t.elem, path).nullable();
      case "slice":
        return z.array(walk(t.elem, path).nullable()).nullable();
      case "map":
        return z.record(z.string(), walk(t.elem, path)).nullable();
      case "struct":
        return object(t, path);
      default:
        return scalar(t);
    }
  };

  const object = (t: StructType, path: string[]): z.ZodType => {
    const shape: Record<string, z.ZodType> = {};
    for (const f of t.fields) {
      const fieldPath = [...path, f.key];
      let s = walk(f.type, fieldPath);
      if (path.length === 0 && f.key === "variant") s = z.literal(spec.variant);
      else if (path.length === 0 && f.key === "version") s = z.literal(spec.version);
      const help = helpFor(fieldPath.join("."));
      shape[f.key] = (help ? s.describe(help) : s).optional();
    }
    let o: z.ZodType = z.strictObject(shape);
    if (path.length === 0) {
      o = (o as z.ZodObject).required({ variant: true, version: true } as never);
    }
    return o;
  };

  return { schema: object(spec.type, []) };
}

/** The zod schema of a spec's Butane document. */
export function butaneZodSchema(variant: string, version: string): z.ZodType | undefined {
  const spec = getSpec(variant, version);
  return spec ? build(spec).schema : undefined;
}

/** The JSON Schema (draft-07) of a spec's Butane document, or undefined for an unknown spec. */
export function butaneJsonSchema(variant: string, version: string): Record<string, unknown> | undefined {
  const spec = getSpec(variant, version);
  if (!spec) return undefined;
  const { schema } = build(spec);
  const json = z.toJSONSchema(schema, {
    target: "draft-7",
    io: "input",
    reused: "inline",
  }) as Record<string, unknown>;
  addOneOfSources(json);
  return {
    ...json,
    title: `Butane config, ${spec.variant} ${spec.version}`,
    description: `A Butane config for ${spec.variant} ${spec.version} (produces Ignition ${spec.ignitionVersion}).`,
  };
}

/**
 * At most one of inline/local/source in a resource: `not: {anyOf: [{required: [a, b]}, …]}` on
 * every object schema that has two or more of them. (Butane counts `null` as not given, a
 * detail `required` cannot see; such configs are rare.)
 */
function addOneOfSources(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addOneOfSources);
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  for (const v of Object.values(o)) addOneOfSources(v);
  const props = o.properties as Record<string, unknown> | undefined;
  if (o.type !== "object" || !props) return;
  const present = ONE_OF_SOURCES.filter((k) => k in props);
  if (present.length < 2) return;
  const pairs: Array<{ required: string[] }> = [];
  for (let i = 0; i < present.length; i++)
    for (let j = i + 1; j < present.length; j++) pairs.push({ required: [present[i], present[j]] });
  o.not = { anyOf: pairs };
}

/** The file name a spec's schema is published under: `flatcar-1.1.0.json`. */
export function schemaFileName(variant: string, version: string): string {
  return `${variant}-${version}.json`;
}

/** Every spec that has a schema, as [variant, version] pairs. */
export function schemaSpecs(): Array<{ variant: string; version: string }> {
  return allSpecs().map((s) => ({ variant: s.variant, version: s.version }));
}
