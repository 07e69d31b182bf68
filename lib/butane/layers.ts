// Per-variant layers over the base translation (config/<variant>/v*/translate.go and validate.go):
// field filters, the fcos post-translation checks (partition labels, root size) around the
// boot_device / grub hooks, and the fcos Config validator (1.6+).
//
// API
//   filtersFor(variant, version) → FilterMap | undefined
//   layerTranslate(ctx, config, base) → TranslatedConfig (the variant's ToIgn*Unvalidated tail)
//   layerValidators(ctx) → Record<bareName, Validator>
import type { SpecContext } from "./context";
import * as E from "./errors";
import type { FilterMap } from "./filters";
import { type TranslatedConfig, hooks, validatorsFor } from "./hooks";
import { TranslationSet, TReport } from "./translate";
import type { Validator } from "./validate";
import { zeroValue } from "../engine/gotype";

type Obj = Record<string, unknown>;

const edgeFilters: FilterMap = {
  kernelArguments: E.ErrGeneralKernelArgumentSupport,
  "storage.disks": E.ErrDiskSupport,
  "storage.filesystems": E.ErrFilesystemSupport,
  "storage.luks": E.ErrLuksSupport,
  "storage.raid": E.ErrRaidSupport,
};

export function filtersFor(variant: string, version: string): FilterMap | undefined {
  switch (variant) {
    case "flatcar":
      return version === "1.0.0" || version === "1.1.0"
        ? { "storage.luks.clevis": E.ErrClevisSupport }
        : { "storage.luks.cex": E.ErrCexNotSupported };
    case "r4e":
    case "fiot":
      return edgeFilters;
    default:
      return undefined;
  }
}

const fcosMinor = (ctx: SpecContext): number => Number(ctx.version.split(".")[1]);

const reservedLabelMisplaced = (label: string, number: unknown): boolean =>
  (label === "BIOS-BOOT" && number !== 1) ||
  (label === "PowerPC-PReP-boot" && number !== 1) ||
  (label === "EFI-SYSTEM" && number !== 2) ||
  (label === "boot" && number !== 3) ||
  (label === "root" && number !== 4);

const positive = (v: unknown): boolean => v !== undefined && v !== null && v !== 0 && v !== 0n;

function fcosTranslate(ctx: SpecContext, config: Obj, base: TranslatedConfig): TranslatedConfig {
  if (base.report.fatal) return { value: zeroValue(ctx.ignType) as Obj, ts: new TranslationSet(), report: base.report };
  let { value: ret, ts } = base;
  const r = base.report;
  const minor = fcosMinor(ctx);
  if (minor >= 3 && hooks.fcosBootDevice) {
    const b = hooks.fcosBootDevice(ctx, config, ret, ts);
    r.merge(b.report);
    if (b.value) ret = b.value;
    if (b.ts) ts = b.ts;
  }
  const disks = (((ret.storage as Obj)?.disks as Obj[]) ?? []) as Obj[];
  disks.forEach((disk, i) => {
    const parts = (disk.partitions as Obj[]) ?? [];
    parts.forEach((part, p) => {
      const label = part.label as string | undefined;
      if (label === undefined || label === null) return;
      const at = ["storage", "disks", i, "partitions", p];
      if (minor >= 3 && label === "root") {
        if (!positive(part.sizeMiB)) {
          for (let idx = 0; idx < parts.length; idx++) {
            if (idx === p) continue;
            if (!positive(parts[idx].startMiB)) {
              r.jsonWarn([...at, "label"], E.ErrRootConstrained);
              break;
            }
          }
        } else if (Number(part.sizeMiB) < 8192) {
          r.jsonWarn([...at, "size_mib"], E.ErrRootTooSmall);
        }
      }
      if (disk.wipeTable !== true && reservedLabelMisplaced(label, part.number)) {
        r.jsonWarn([...at, "label"], E.ErrWrongPartitionNumber);
      }
    });
  });
  if (minor >= 5 && hooks.fcosGrub) {
    const g = hooks.fcosGrub(ctx, config, ret, ts);
    r.merge(g.report);
    ret = g.value;
    ts = g.ts;
  }
  return { value: ret, ts, report: r };
}

export function layerTranslate(ctx: SpecContext, config: Obj, base: TranslatedConfig): TranslatedConfig {
  if (ctx.variant === "fcos") return fcosTranslate(ctx, config, base);
  return base;
}

const rootDevice = "/dev/disk/by-id/coreos-boot-disk";
const allowedMountpoints = /^\/(etc|var)(\/|$)/;

/** fcos 1.6+: Config.Validate (partitions reused by label, mount points of mount units). */
const fcosConfigValidator: Validator<SpecContext> = (conf, path) => {
  const r = new TReport();
  const mirror = new Set(((((conf.boot_device as Obj)?.mirror as Obj)?.devices as string[]) ?? []) as string[]);
  const storage = (conf.storage as Obj) ?? {};
  ((storage.disks as Obj[]) ?? []).forEach((disk, i) => {
    if (disk.device !== rootDevice && disk.wipe_table !== true && !mirror.has(disk.device as string)) {
      ((disk.partitions as Obj[]) ?? []).forEach((part, p) => {
        if ((part.number === 0 || part.number === 0n) && part.label !== undefined && part.label !== null) {
          r.warn([...path, "storage", "disks", i, "partitions", p, "number"], E.ErrReuseByLabel);
        }
      });
    }
  });
  ((storage.filesystems as Obj[]) ?? []).forEach((fs, i) => {
    if (
      typeof fs.path === "string" &&
      !allowedMountpoints.test(fs.path) &&
      fs.with_mount_unit === true
    ) {
      r.error([...path, "storage", "filesystems", i, "path"], E.ErrMountPointForbidden);
    }
  });
  return r;
};

export function layerValidators(ctx: SpecContext): Record<string, Validator<SpecContext>> {
  const own: Record<string, Validator<SpecContext>> = {};
  if (ctx.variant === "fcos" && fcosMinor(ctx) >= 6) own.Config = fcosConfigValidator;
  return { ...own, ...validatorsFor(ctx.variant) };
}
