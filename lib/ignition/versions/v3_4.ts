// Ignition spec 3.4.0: LUKS discard/openOptions, tang advertisements, arn: (S3) URLs, and
// ignition.version loses omitempty.
import { validateTangWithAdvertisement } from "../rules/luks";
import { derive, insertAfter, replaceField } from "../types/table";
import { nextVersion } from "./rules";
import { types as prevTypes, v3_3 } from "./v3_3";

export const types = derive(prevTypes, {
  Ignition: replaceField(prevTypes.Ignition, "version", "version:string"),
  Luks: insertAfter(insertAfter(prevTypes.Luks, "device", "discard:*bool?"), "name", "openOptions:[]OpenOption?"),
  OpenOption: "string",
  Tang: insertAfter(prevTypes.Tang, "", "advertisement:*string?"),
});

export const v3_4 = nextVersion(v3_3, {
  version: "3.4.0",
  types,
  validators: { Tang: validateTangWithAdvertisement },
  urlSchemes: { gs: true, arn: true },
});
