// The Fedora CoreOS layer over the base translation (config/fcos/v1_*/translate.go and
// validate.go): boot_device and grub sugar, the partition-label and root-size warnings, the
// Config validator (1.6+) and the boot_device / grub validators. OpenShift embeds it.
//
// API
//   fcosLayer: VariantLayer   (schema layers, translate tail, validators by fcos minor version)
//   fcosTranslate(ctx, config, base) → TranslatedConfig
//   fcosValidators(minor) → Record<bareName, Validator>   (Config from 1.6 on)
import { zeroValue } from "../../../go/gotype";
import type { SpecContext } from "../../context";
import * as E from "../../errors";
import type { VariantLayer } from "../../pipeline";
import { fcosLayers } from "../../schema/variants";
import { type TranslatedConfig, TranslationSet, TReport } from "../../translate";
import type { Validator } from "../../validate";
import { minorOf } from "../../versions";
import { processBootDevice } from "./boot-device";
import { processGrub } from "./grub";
import { fcosVariantValidators } from "./validate";

type Obj = Record<string, unknown>;

const reservedLabelMisplaced = (label: string, number: unknown): boolean =>
  (label === "BIOS-BOOT" && number !== 1) ||
  (label === "PowerPC-PReP-boot" && number !== 1) ||
  (label === "EFI-SYSTEM" && number !== 2) ||
  (label === "boot" && number !== 3) ||
  (label === "root" && number !== 4);

const positive = (v: unknown): boolean => v !== undefined && v !== null && v !== 0 && v !== 0n;

/** The tail of ToIgn3_*Unvalidated: boot_device, partition checks, grub. */
export function fcosTranslate(ctx: SpecContext, config: Obj, base: TranslatedConfig): TranslatedConfig {
  if (base.report.fatal) return { value: zeroValue(ctx.ignType) as Obj, ts: new TranslationSet(), report: base.report };
  let { value: ret, ts } = base;
  const r = base.report;
  const minor = minorOf(ctx.version);
  if (minor >= 3) {
    const b = processBootDevice(ctx, config, ret, ts);
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
  if (minor >= 5) {
    const g = processGrub(ctx, config, ret, ts);
    r.merge(g.report);
    ret = g.value;
    ts = g.ts;
  }
  return { value: ret, ts, report: r };
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

const byMinor = new Map<number, Record<string, Validator<SpecContext>>>();

export function fcosValidators(minor: number): Record<string, Validator<SpecContext>> {
  let v = byMinor.get(minor);
  if (!v) {
    v = { ...fcosVariantValidators(minor) };
    if (minor >= 6) v.Config = fcosConfigValidator;
    byMinor.set(minor, v);
  }
  return v;
}

export const fcosLayer: VariantLayer = {
  schema: (pkg) => fcosLayers[pkg],
  translate: fcosTranslate,
  validators: (ctx) => fcosValidators(minorOf(ctx.version)),
};
