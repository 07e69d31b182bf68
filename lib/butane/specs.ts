// The spec registry (config/config.go): every variant imported here, by name; variants call the
// base and ./resources, the base never calls a variant.
//
// API
//   getSpec(variant, version) → Spec | undefined   (built on first use)
//   allSpecs() → Spec[]                            (in SPEC_LIST order: Flatcar first)
// Adding a version of fcos/flatcar/r4e/fiot: one line in versions.ts (+ schema steps, see there);
// of openshift: variants/openshift/versions.ts.
import { type Spec, type VariantLayer, tableSpec } from "./pipeline";
import { SPEC_LIST } from "./spec-list";
import { edgeLayer } from "./variants/edge/layer";
import { fcosLayer } from "./variants/fcos/layer";
import { flatcarLayer } from "./variants/flatcar/layer";
import { makeOpenShiftSpec } from "./variants/openshift/spec";
import { OPENSHIFT_VERSIONS } from "./variants/openshift/versions";
import { SPEC_TABLE } from "./versions";

export type { Spec, SpecResult, TranslateOptions } from "./pipeline";

const LAYERS: Readonly<Record<string, VariantLayer>> = {
  fcos: fcosLayer,
  flatcar: flatcarLayer,
  r4e: edgeLayer,
  fiot: edgeLayer,
};

const key = (variant: string, version: string) => `${variant}\u0000${version}`;
const makers = new Map<string, () => Spec>();
for (const e of SPEC_TABLE) makers.set(key(e.variant, e.version), () => tableSpec(e, LAYERS[e.variant]));
for (const v of OPENSHIFT_VERSIONS) makers.set(key("openshift", v.version), () => makeOpenShiftSpec(v));

const built = new Map<string, Spec>();

export function getSpec(variant: string, version: string): Spec | undefined {
  const k = key(variant, version);
  let s = built.get(k);
  if (!s) {
    const make = makers.get(k);
    if (!make) return undefined;
    built.set(k, (s = make()));
  }
  return s;
}

export function allSpecs(): Spec[] {
  return SPEC_LIST.map((s) => getSpec(s.variant, s.version)!);
}
