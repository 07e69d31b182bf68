// Ignition spec 3.7.0-experimental: the 3.6.0 types under an experimental version.
import { nextVersion } from "./rules";
import { v3_6 } from "./v3_6";

export const v3_7_experimental = nextVersion(v3_6, { version: "3.7.0-experimental", types: v3_6.types });
