// Ignition spec 3.5.0: LUKS on IBM CEX (cex.enabled), exclusive with clevis and key files.
import { validateLuks3_5 } from "../rules/luks";
import { derive, insertAfter } from "../types/table";
import { nextVersion } from "./rules";
import { types as prevTypes, v3_4 } from "./v3_4";

export const types = derive(prevTypes, {
  Cex: ["enabled:*bool?"],
  Luks: insertAfter(prevTypes.Luks, "", "cex:Cex?"),
});

export const v3_5 = nextVersion(v3_4, { version: "3.5.0", types, validators: { Luks: validateLuks3_5 } });
