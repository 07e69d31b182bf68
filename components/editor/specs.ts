// The specs the engine offers, for the version picker and the editor's key help. The list comes
// from the engine's small spec list (plain data, loaded with the page); the schemas come from the
// registry, loaded with the code view's chunk.
import type { StructType } from "../../lib/go/gotype";
import { canonicalSemver } from "../../lib/go/semver";
// Imported directly, not through lib/index.ts: this module is light and the page needs it first.
import { SPEC_LIST, type SpecInfo, VARIANT_NAMES } from "../../lib/butane/spec-list";

export { SPEC_LIST, type SpecInfo, VARIANT_NAMES };

interface Registry {
  getSpec(variant: string, version: string): { type: StructType } | undefined;
}

let registry: Promise<Registry | undefined> | undefined;

export function loadRegistry(): Promise<Registry | undefined> {
  registry ??= import("../../lib/butane/specs")
    .then((m) => m as unknown as Registry)
    .then((m) => (typeof m.getSpec === "function" ? m : undefined))
    .catch(() => undefined);
  return registry;
}

export async function specType(variant: string, version: string): Promise<StructType | undefined> {
  const r = await loadRegistry();
  const v = canonicalSemver(version);
  return v ? r?.getSpec(variant, v)?.type : undefined;
}
