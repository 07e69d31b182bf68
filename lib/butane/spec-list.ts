// Every spec the engine offers, as plain data, in the order people pick them (Flatcar first) and
// with product names. Cheap to import: version tables only, no schemas or translators, so the
// page can show it before the engine loads. The registry (./specs.ts) serves the same list.
import { OPENSHIFT_VERSIONS } from "./variants/openshift/versions";
import { SPEC_TABLE } from "./versions";

export interface SpecInfo {
  variant: string;
  version: string;
  experimental: boolean;
  /** "Flatcar 1.1.0", "Fedora CoreOS 1.6.0", "OpenShift 4.20.0"… */
  label: string;
}

/** Product names by Butane variant, in picker order. */
export const VARIANT_NAMES: Readonly<Record<string, string>> = {
  flatcar: "Flatcar",
  fcos: "Fedora CoreOS",
  openshift: "OpenShift",
  r4e: "RHEL for Edge",
  fiot: "Fedora IoT",
};

const info = (variant: string, version: string): SpecInfo => ({
  variant,
  version,
  experimental: version.includes("-"),
  label: `${VARIANT_NAMES[variant] ?? variant} ${version}`,
});

const all = [
  ...SPEC_TABLE.map((e) => info(e.variant, e.version)),
  ...OPENSHIFT_VERSIONS.map((v) => info("openshift", v.version)),
];
const order = Object.keys(VARIANT_NAMES);

export const SPEC_LIST: readonly SpecInfo[] = order.flatMap((variant) => all.filter((s) => s.variant === variant));
