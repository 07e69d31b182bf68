// The specs the engine offers, for the version picker and the editor's key help. The engine's
// registry is loaded with the code view's chunk; until then (or if it cannot load) the picker
// shows the list Kindling documents.
import type { StructType } from "../../lib/engine/gotype";
import { canonicalSemver } from "../../lib/engine/semver";

export interface SpecChoice {
  variant: string;
  version: string;
  experimental: boolean;
}

const range = (variant: string, versions: string[], lastExperimental = true): SpecChoice[] =>
  versions.map((v, i) => ({ variant, version: v, experimental: lastExperimental && i === versions.length - 1 }));

export const FALLBACK_SPECS: SpecChoice[] = [
  ...range("flatcar", ["1.0.0", "1.1.0", "1.2.0-experimental"]),
  ...range("fcos", ["1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0", "1.8.0-experimental"]),
  ...range("openshift", Array.from({ length: 16 }, (_, i) => `4.${8 + i}.0${i === 15 ? "-experimental" : ""}`)),
  ...range("r4e", ["1.0.0", "1.1.0", "1.2.0-experimental"]),
  ...range("fiot", ["1.0.0", "1.1.0-experimental"]),
];

interface EngineSpec {
  variant: string;
  version: string;
  experimental: boolean;
  type: StructType;
}
interface Registry {
  allSpecs(): EngineSpec[];
  getSpec(variant: string, version: string): EngineSpec | undefined;
}

let registry: Promise<Registry | undefined> | undefined;

export function loadRegistry(): Promise<Registry | undefined> {
  registry ??= import("../../lib/butane/specs")
    .then((m) => m as unknown as Registry)
    .then((m) => (typeof m.allSpecs === "function" && m.allSpecs().length ? m : undefined))
    .catch(() => undefined);
  return registry;
}

export async function loadSpecChoices(): Promise<SpecChoice[]> {
  const r = await loadRegistry();
  if (!r) return FALLBACK_SPECS;
  return r.allSpecs().map((s) => ({ variant: s.variant, version: s.version, experimental: s.experimental }));
}

export async function specType(variant: string, version: string): Promise<StructType | undefined> {
  const r = await loadRegistry();
  const v = canonicalSemver(version);
  return v ? r?.getSpec(variant, v)?.type : undefined;
}
