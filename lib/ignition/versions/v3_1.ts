// Ignition spec 3.1.0: resources (http headers, compression everywhere) replace the 3.0
// references, proxy settings, filesystem mountOptions, sha256 verification.
import { validateFilesystem } from "../rules/disks";
import {
  ptrKey,
  strKey,
  validateHTTPHeader,
  validateIgnitionConfig,
  validateProxy,
  validateResource,
  validateTLS,
  validateVerification,
} from "../rules/resources";
import { derive, insertAfter } from "../types/table";
import { nextVersion } from "./rules";
import { types as prevTypes, v3_0 } from "./v3_0";

export const types = derive(
  prevTypes,
  {
    FileEmbedded1: ["append:[]Resource?", "contents:Resource?", "mode:*int?"],
    Filesystem: insertAfter(prevTypes.Filesystem, "label", "mountOptions:[]MountOption?"),
    HTTPHeader: ["name:string", "value:*string?"],
    HTTPHeaders: "[]HTTPHeader",
    Ignition: insertAfter(prevTypes.Ignition, "config", "proxy:Proxy?"),
    IgnitionConfig: ["merge:[]Resource?", "replace:Resource?"],
    MountOption: "string",
    NoProxyItem: "string",
    Proxy: ["httpProxy:*string?", "httpsProxy:*string?", "noProxy:[]NoProxyItem?"],
    Resource: ["compression:*string?", "httpHeaders:HTTPHeaders?", "source:*string?", "verification:Verification?"],
    TLS: ["certificateAuthorities:[]Resource?"],
  },
  ["CaReference", "ConfigReference", "FileContents"],
);

export const v3_1 = nextVersion(v3_0, {
  version: "3.1.0",
  types,
  validators: {
    CaReference: undefined,
    ConfigReference: undefined,
    FileContents: undefined,
    Filesystem: validateFilesystem(["ext4", "btrfs", "xfs", "swap", "vfat"], true),
    HTTPHeader: validateHTTPHeader,
    IgnitionConfig: validateIgnitionConfig,
    Proxy: validateProxy,
    Resource: validateResource,
    TLS: validateTLS,
    Verification: validateVerification({ sha512: 64, sha256: 32 }),
  },
  keys: { CaReference: undefined, ConfigReference: undefined, HTTPHeader: strKey("name"), Resource: ptrKey("source") },
  ignoreDups: { Filesystem: ["options", "mountOptions"] },
});
