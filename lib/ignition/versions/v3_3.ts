// Ignition spec 3.3.0: kernel arguments, clevis custom as a plain struct with optional fields,
// filesystem format "none", optional raid level/devices, link targets required.
import { validateFilesystem, validateRaid } from "../rules/disks";
import { validateClevisCustom, validateLuks3_3 } from "../rules/luks";
import { validateStorage } from "../rules/nodes";
import { derive, insertAfter, replaceField } from "../types/table";
import { nextVersion } from "./rules";
import { types as prevTypes, v3_2 } from "./v3_2";

export const types = derive(
  prevTypes,
  {
    Clevis: replaceField(prevTypes.Clevis, "custom", "custom:ClevisCustom?"),
    ClevisCustom: ["config:*string?", "needsNetwork:*bool?", "pin:*string?"],
    Config: insertAfter(prevTypes.Config, "ignition", "kernelArguments:KernelArguments?"),
    KernelArgument: "string",
    KernelArguments: ["shouldExist:[]KernelArgument?", "shouldNotExist:[]KernelArgument?"],
    LinkEmbedded1: replaceField(prevTypes.LinkEmbedded1, "target", "target:*string?"),
    Luks: replaceField(prevTypes.Luks, "clevis", "clevis:Clevis?"),
    Raid: replaceField(replaceField(prevTypes.Raid, "devices", "devices:[]Device?"), "level", "level:*string?"),
  },
  ["Custom"],
);

export const v3_3 = nextVersion(v3_2, {
  version: "3.3.0",
  types,
  validators: {
    ClevisCustom: validateClevisCustom(true),
    Custom: undefined,
    Filesystem: validateFilesystem(["ext4", "btrfs", "xfs", "swap", "vfat", "none"], true),
    Luks: validateLuks3_3,
    Raid: validateRaid(true),
    Storage: validateStorage(true),
  },
  mergedKeys: { KernelArguments: { shouldExist: "KernelArgument", shouldNotExist: "KernelArgument" } },
});
