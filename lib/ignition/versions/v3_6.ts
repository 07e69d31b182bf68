// Ignition spec 3.6.0: special mode bits are supported (no warning), and a custom clevis pin
// may be any name.
import { validateClevisCustom } from "../rules/luks";
import { validateFile, validateNodeWithMode } from "../rules/nodes";
import { nextVersion } from "./rules";
import { types, v3_5 } from "./v3_5";

export const v3_6 = nextVersion(v3_5, {
  version: "3.6.0",
  types,
  validators: {
    ClevisCustom: validateClevisCustom(false),
    Directory: validateNodeWithMode(false),
    File: validateFile(false),
  },
});
