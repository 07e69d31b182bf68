// The OpenShift specs (config/openshift/v4_*): which Fedora CoreOS spec each one embeds, the
// Ignition version it generates, and the MCO restrictions that changed between versions.
import type { BaseVersion } from "../../context";
import * as E from "../../errors";
import type { FilterMap } from "../../filters";

export interface OpenShiftVersion {
  version: string;
  /** Go package ("v4_8"): type names in go-yaml errors. */
  pkg: string;
  fcosVersion: string;
  fcosPkg: string;
  base: BaseVersion;
  ignition: string;
  minor: number;
}

const FCOS = {
  "1.3": { fcosVersion: "1.3.0", fcosPkg: "v1_3", base: "v0_3", ignition: "3.2.0" },
  "1.5": { fcosVersion: "1.5.0", fcosPkg: "v1_5", base: "v0_5", ignition: "3.4.0" },
  "1.6": { fcosVersion: "1.6.0", fcosPkg: "v1_6", base: "v0_6", ignition: "3.5.0" },
  "1.8": { fcosVersion: "1.8.0-experimental", fcosPkg: "v1_8_exp", base: "v0_8_exp", ignition: "3.7.0-experimental" },
} as const;

function fcosFor(minor: number): (typeof FCOS)[keyof typeof FCOS] {
  if (minor <= 13) return FCOS["1.3"];
  if (minor <= 18) return FCOS["1.5"];
  if (minor <= 22) return FCOS["1.6"];
  return FCOS["1.8"];
}

export const OPENSHIFT_VERSIONS: readonly OpenShiftVersion[] = [
  ...Array.from({ length: 15 }, (_, i) => i + 8).map((minor) => ({
    version: `4.${minor}.0`,
    pkg: `v4_${minor}`,
    minor,
    ...fcosFor(minor),
  })),
  { version: "4.23.0-experimental", pkg: "v4_23_exp", minor: 23, ...fcosFor(23) },
];

/** MachineConfig field filters of the version (dotted json paths from the MachineConfig root). */
export function openshiftFilters(minor: number): { filters: FilterMap; ignoreZero: string[] } {
  const f: Record<string, string> = {};
  if (minor >= 14) f["spec.config.kernelArguments"] = E.ErrKernelArgumentSupport;
  f["spec.config.passwd.groups"] = E.ErrGroupSupport;
  for (const k of ["gecos", "groups", "homeDir", "noCreateHome", "noLogInit", "noUserGroup"]) {
    f[`spec.config.passwd.users.${k}`] = E.ErrUserFieldSupport;
  }
  if (minor <= 12) f["spec.config.passwd.users.passwordHash"] = E.ErrUserFieldSupport;
  for (const k of ["primaryGroup", "shell", "shouldExist", "system", "uid"]) {
    f[`spec.config.passwd.users.${k}`] = E.ErrUserFieldSupport;
  }
  f["spec.config.storage.directories"] = E.ErrDirectorySupport;
  f["spec.config.storage.files.append"] = E.ErrFileAppendSupport;
  const ignoreZero: string[] = [];
  if (minor <= 9) {
    f["spec.config.storage.files.contents.compression"] = E.ErrFileCompressionSupport;
    ignoreZero.push("spec.config.storage.files.contents.compression");
  }
  f["spec.config.storage.files.contents.httpHeaders"] = E.ErrFileHeaderSupport;
  f["spec.config.storage.links"] = E.ErrLinkSupport;
  return { filters: f, ignoreZero };
}
