// Ignition spec 3.2.0: LUKS volumes with clevis (custom/tang/tpm2), partition resize,
// passwd shouldExist, gs:// URLs.
import { validateCustom3_2, validateLuks3_2, validateTang } from "../rules/luks";
import { strKey } from "../rules/resources";
import { derive, insertAfter } from "../types/table";
import { nextVersion } from "./rules";
import { types as prevTypes, v3_1 } from "./v3_1";

export const types = derive(prevTypes, {
  Clevis: ["custom:*Custom?", "tang:[]Tang?", "threshold:*int?", "tpm2:*bool?"],
  Custom: ["config:string", "needsNetwork:*bool?", "pin:string"],
  Luks: [
    "clevis:*Clevis?",
    "device:*string?",
    "keyFile:Resource?",
    "label:*string?",
    "name:string",
    "options:[]LuksOption?",
    "uuid:*string?",
    "wipeVolume:*bool?",
  ],
  LuksOption: "string",
  Partition: insertAfter(prevTypes.Partition, "number", "resize:*bool?"),
  PasswdGroup: insertAfter(prevTypes.PasswdGroup, "passwordHash", "shouldExist:*bool?"),
  PasswdUser: insertAfter(prevTypes.PasswdUser, "shell", "shouldExist:*bool?"),
  Storage: insertAfter(prevTypes.Storage, "links", "luks:[]Luks?"),
  Tang: ["thumbprint:*string?", "url:string?"],
});

export const v3_2 = nextVersion(v3_1, {
  version: "3.2.0",
  types,
  validators: { Custom: validateCustom3_2, Luks: validateLuks3_2, Tang: validateTang },
  keys: { Luks: strKey("name"), Tang: strKey("url") },
  ignoreDups: { Luks: ["options"] },
  urlSchemes: { gs: true, arn: false },
});
