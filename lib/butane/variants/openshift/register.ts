// Registers the OpenShift specs (imported for its side effects by ../../plugins.ts).
import { registerLateSpec } from "../../hooks";
import { makeOpenShiftSpec } from "./spec";
import { OPENSHIFT_VERSIONS } from "./versions";

for (const v of OPENSHIFT_VERSIONS) {
  registerLateSpec({ variant: "openshift", version: v.version, make: () => makeOpenShiftSpec(v) });
}
