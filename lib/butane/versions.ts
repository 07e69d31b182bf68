// Which spec versions exist and what they are made of (config/config.go's registry).
// Adding a version = one line here (plus a base schema step in schema/base.ts, and for fcos a
// layer in schema/variants.ts).
import type { BaseVersion } from "./context";

export interface SpecEntry {
  variant: string;
  version: string;
  /** Go package of the variant spec, e.g. "v1_1" (type names in go-yaml errors). */
  pkg: string;
  base: BaseVersion;
  ignition: string;
}

const e = (variant: string, version: string, pkg: string, base: BaseVersion, ignition: string): SpecEntry => ({
  variant,
  version,
  pkg,
  base,
  ignition,
});

export const SPEC_TABLE: readonly SpecEntry[] = [
  e("fcos", "1.0.0", "v1_0", "v0_1", "3.0.0"),
  e("fcos", "1.1.0", "v1_1", "v0_2", "3.1.0"),
  e("fcos", "1.2.0", "v1_2", "v0_3", "3.2.0"),
  e("fcos", "1.3.0", "v1_3", "v0_3", "3.2.0"),
  e("fcos", "1.4.0", "v1_4", "v0_4", "3.3.0"),
  e("fcos", "1.5.0", "v1_5", "v0_5", "3.4.0"),
  e("fcos", "1.6.0", "v1_6", "v0_6", "3.5.0"),
  e("fcos", "1.7.0", "v1_7", "v0_7", "3.6.0"),
  e("fcos", "1.8.0-experimental", "v1_8_exp", "v0_8_exp", "3.7.0-experimental"),
  e("flatcar", "1.0.0", "v1_0", "v0_4", "3.3.0"),
  e("flatcar", "1.1.0", "v1_1", "v0_5", "3.4.0"),
  e("flatcar", "1.2.0-experimental", "v1_2_exp", "v0_8_exp", "3.7.0-experimental"),
  e("r4e", "1.0.0", "v1_0", "v0_4", "3.3.0"),
  e("r4e", "1.1.0", "v1_1", "v0_5", "3.4.0"),
  e("r4e", "1.2.0-experimental", "v1_2_exp", "v0_8_exp", "3.7.0-experimental"),
  e("fiot", "1.0.0", "v1_0", "v0_5", "3.4.0"),
  e("fiot", "1.1.0-experimental", "v1_1_exp", "v0_8_exp", "3.7.0-experimental"),
];

/** The minor number of a spec version ("1.6.0" → 6, "4.23.0-experimental" → 23). */
export const minorOf = (version: string): number => Number(version.split(".")[1]);
