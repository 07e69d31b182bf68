// Disks, partitions, filesystems and raid arrays.
import { E } from "../errors";
import { addError, big, byteLen, type Check, guidRegex, isFalse, isTrue, nilOrEmpty, notEmpty, validatePath, validatePathNilOK } from "../validate/checks";
import type { Obj, Validator } from "../versions/rules";

export const validateDevice: Validator = (d, c, r) => addError(r, c, validatePath(d));

function partitionEnd(p: Obj): bigint {
  const size = big(p.sizeMiB);
  return size === 0n ? big(p.startMiB) : BigInt.asIntN(64, big(p.startMiB) + size - 1n);
}

function partitionsOverlap(parts: Obj[]): number | undefined {
  const placed = (p: Obj) => p.startMiB !== undefined && p.sizeMiB !== undefined && big(p.startMiB) !== 0n;
  for (let pi = 0; pi < parts.length; pi++) {
    const p = parts[pi];
    if (!placed(p)) continue;
    const pStart = big(p.startMiB);
    const pEnd = partitionEnd(p);
    for (let i = 0; i < parts.length; i++) {
      const o = parts[i];
      if (!placed(o) || i === pi) continue;
      const oStart = big(o.startMiB);
      const oEnd = partitionEnd(o);
      if (pStart >= oStart && pStart <= oEnd) return i;
      if (pEnd >= oStart && pEnd <= oEnd) return i;
      if (pStart < oStart && pEnd > oEnd) return i;
    }
  }
  return undefined;
}

export const validateDisk: Validator = (d, c, r) => {
  if (d.device === "") {
    r.error([...c, "device"], E.diskDeviceRequired);
    return;
  }
  addError(r, c, validatePath(d.device), "device");
  const parts = d.partitions as Obj[];
  // Go iterates a map of partition numbers here; we report the first number that collides.
  const byNumber = new Map<string, number[]>();
  parts.forEach((p, i) => {
    if (big(p.number) !== 0n) byNumber.set(String(p.number), [...(byNumber.get(String(p.number)) ?? []), i]);
  });
  const collision = [...byNumber.values()].find((l) => l.length > 1);
  if (collision) r.error([...c, "partitions", collision[1]], E.partitionNumbersCollide);
  const overlap = partitionsOverlap(parts);
  if (overlap !== undefined) r.error([...c, "partitions", overlap], E.partitionsOverlap);
  const hasZero = parts.some((p) => big(p.number) === 0n);
  const hasShouldNotExist = parts.some((p) => isFalse(p.shouldExist));
  if (hasZero && hasShouldNotExist) r.error([...c, "partitions"], E.zeroesWithShouldNotExist);
  const labels = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const label = parts[i].label;
    if (label === undefined) continue;
    if (labels.has(label)) {
      r.error([...c, "partitions", i], E.duplicateLabels);
      break;
    }
    labels.add(label);
  }
};

export const validatePartition: Validator = (p, c, r) => {
  if (
    isFalse(p.shouldExist) &&
    (p.label !== undefined || notEmpty(p.typeGuid) || notEmpty(p.guid) || p.startMiB !== undefined || p.sizeMiB !== undefined)
  )
    r.error(c, E.shouldNotExistWithOthers);
  if (big(p.number) === 0n && p.label === undefined) r.error(c, E.needLabelOrNumber);
  if (p.label !== undefined) {
    if (byteLen(p.label) > 36) r.error([...c, "label"], E.labelTooLong);
    else if (p.label.includes(":")) r.error([...c, "label"], E.labelContainsColon);
  }
  if (p.guid !== undefined && !guidRegex.test(p.guid)) r.error([...c, "guid"], E.doesntMatchGUIDRegex);
  if (p.typeGuid !== undefined && !guidRegex.test(p.typeGuid)) r.error([...c, "typeGuid"], E.doesntMatchGUIDRegex);
};

export const labelLimits: Record<string, [number, string]> = {
  ext4: [16, E.ext4LabelTooLong],
  btrfs: [256, E.btrfsLabelTooLong],
  xfs: [12, E.xfsLabelTooLong],
  swap: [15, E.swapLabelTooLong],
  vfat: [11, E.vfatLabelTooLong],
};

export const validateFilesystem =
  (formats: readonly string[], hasMountOptions: boolean): Validator =>
  (f, c, r) => {
    addError(r, c, validatePathNilOK(f.path), "path");
    addError(r, c, validatePath(f.device), "device");
    if (nilOrEmpty(f.format)) {
      if (
        notEmpty(f.path) ||
        notEmpty(f.label) ||
        notEmpty(f.uuid) ||
        isTrue(f.wipeFilesystem) ||
        f.options.length !== 0 ||
        (hasMountOptions && f.mountOptions.length !== 0)
      )
        r.error([...c, "format"], E.formatNilWithOthers);
    } else if (!formats.includes(f.format)) r.error([...c, "format"], E.filesystemInvalidFormat);
    if (nilOrEmpty(f.label)) return;
    if (nilOrEmpty(f.format)) {
      r.error([...c, "label"], E.labelNeedsFormat);
      return;
    }
    const limit = labelLimits[f.format];
    if (limit && byteLen(f.label) > limit[0]) r.error([...c, "label"], limit[1]);
  };

const raidLevels = ["linear", "raid0", "0", "stripe", "raid1", "1", "mirror", "raid4", "4", "raid5", "5", "raid6", "6", "raid10", "10"];

/** Raid.validateLevel for a level string (3.3+ checks a missing level first). */
export function raidLevelError(level: string, spares: Obj): Check {
  if (!raidLevels.includes(level)) return E.unrecognizedRaidLevel;
  if (["linear", "raid0", "0", "stripe"].includes(level) && spares !== undefined && big(spares) !== 0n)
    return E.sparesUnsupportedForLevel;
  return undefined;
}

/** Raid.Validate; from 3.3 the level is optional in the schema but required here. */
export const validateRaid =
  (levelRequired: boolean): Validator =>
  (ra, c, r) => {
    const level =
      levelRequired && nilOrEmpty(ra.level) ? E.raidLevelRequired : raidLevelError(ra.level ?? "", ra.spares);
    addError(r, c, level, "level");
    if (ra.devices.length === 0) r.error([...c, "devices"], E.raidDevicesRequired);
  };
