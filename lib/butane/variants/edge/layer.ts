// RHEL for Edge and Fedora IoT (config/r4e/v1_*, config/fiot/v1_*): the base translation with
// kernel arguments and all storage but files, directories and links filtered out.
import * as E from "../../errors";
import type { FilterMap } from "../../filters";
import type { VariantLayer } from "../../pipeline";

const edgeFilters: FilterMap = {
  kernelArguments: E.ErrGeneralKernelArgumentSupport,
  "storage.disks": E.ErrDiskSupport,
  "storage.filesystems": E.ErrFilesystemSupport,
  "storage.luks": E.ErrLuksSupport,
  "storage.raid": E.ErrRaidSupport,
};

export const edgeLayer: VariantLayer = { filters: () => edgeFilters };
