// Fedora CoreOS boot_device sugar (processBootDevice in config/fcos/v1_3+/translate.go):
// a LUKS-encrypted root (tang, tpm2, threshold, discard, CEX on s390x) and/or a root disk
// mirrored over RAID1, rendered as disks, partitions, raid arrays, luks devices and filesystems
// replicating the layout of the Fedora CoreOS image, then merged under the user's config.
//
// API
//   processBootDevice(ctx, config, ret, ts) → { report, value?, ts? }  (the fcosBootDevice hook)
//   renderBootDevice(ctx, bootDevice) → { value, ts } | undefined   (the generated config alone)
import type { StructType } from "../../../go/gotype";
import type { SpecContext } from "../../context";
import { TranslationSet, Translator, TReport, mergeTranslatedConfigs } from "../../translate";
import { make, structAt } from "./ign-types";

type Obj = Record<string, unknown>;

const reservedTypeGuid = "8DA63339-0007-60C0-C436-083AC8230908";
const biosTypeGuid = "21686148-6449-6E6F-744E-656564454649";
const prepTypeGuid = "9E1A2D38-C612-4316-AA26-8B49521E5A8B";
const espTypeGuid = "C12A7328-F81F-11D2-BA4B-00A0C93EC93B";

// Sizes of the partitions of the image's layout (v1); never change them.
const reservedV1SizeMiB = 1;
const biosV1SizeMiB = 1;
const prepV1SizeMiB = 4;
const espV1SizeMiB = 127;
const bootV1SizeMiB = 384;

const isTrue = (v: unknown): boolean => v === true;

export interface BootDeviceFlags {
  wantLuks: boolean;
  wantMirror: boolean;
}

export function bootDeviceFlags(bd: Obj): BootDeviceFlags {
  const luks = (bd.luks as Obj) ?? {};
  const cex = luks.cex as Obj | undefined;
  const tang = (luks.tang as unknown[]) ?? [];
  const devices = (((bd.mirror as Obj) ?? {}).devices as string[]) ?? [];
  return {
    wantLuks: isTrue(luks.tpm2) || tang.length > 0 || isTrue(cex?.enabled),
    wantMirror: devices.length > 0,
  };
}

/** The config boot_device generates (rendered, renderedTranslations), or undefined for none. */
export function renderBootDevice(ctx: SpecContext, bd: Obj): { value: Obj; ts: TranslationSet } | undefined {
  const { wantLuks, wantMirror } = bootDeviceFlags(bd);
  if (!wantLuks && !wantMirror) return undefined;

  const ign = ctx.ignType;
  const diskT = structAt(ign, "storage", "disks");
  const partT = structAt(ign, "storage", "disks", "partitions");
  const fsT = structAt(ign, "storage", "filesystems");
  const raidT = structAt(ign, "storage", "raid");
  const luksT = structAt(ign, "storage", "luks");

  const rendered = make(ign, {});
  const storage = rendered.storage as Obj;
  const disks: Obj[] = [];
  const filesystems: Obj[] = [];
  const ts = new TranslationSet();

  const layout = bd.layout as string | undefined;
  let wantBIOSPart = false;
  let wantEFIPart = false;
  let wantPRePPart = false;
  if (layout === undefined || layout === "x86_64") {
    wantBIOSPart = true;
    wantEFIPart = true;
  } else if (layout === "aarch64") {
    wantEFIPart = true;
  } else if (layout === "ppc64le") {
    wantPRePPart = true;
  } else if (!layout.startsWith("s390x-")) {
    throw new Error(`boot_device: unknown layout ${layout}`); // validation refuses these first
  }

  const luks = (bd.luks as Obj) ?? {};
  const mirror = (bd.mirror as Obj) ?? {};
  const devices = (mirror.devices as string[]) ?? [];

  if (wantMirror) {
    devices.forEach((device, i) => {
      const n = disks.length + 1;
      const part = (label: string, sizeMiB: number | undefined, typeGuid: string | undefined): Obj => {
        const fields: Obj = { label: `${label}-${n}` };
        if (sizeMiB !== undefined) fields.sizeMiB = sizeMiB;
        if (typeGuid !== undefined) fields.typeGuid = typeGuid;
        return make(partT, fields);
      };
      const partitions: Obj[] = [];
      if (wantBIOSPart) partitions.push(part("bios", biosV1SizeMiB, biosTypeGuid));
      else if (wantPRePPart) partitions.push(part("prep", prepV1SizeMiB, prepTypeGuid));
      else partitions.push(part("reserved", reservedV1SizeMiB, reservedTypeGuid));
      if (wantEFIPart) partitions.push(part("esp", espV1SizeMiB, espTypeGuid));
      else partitions.push(part("reserved", reservedV1SizeMiB, reservedTypeGuid));
      partitions.push(part("boot", bootV1SizeMiB, undefined), part("root", undefined, undefined));
      const disk = make(diskT, { device, wipeTable: true, partitions });
      ts.addFromCommonSource(["boot_device", "mirror", "devices", i], ["storage", "disks", disks.length], diskT, disk);
      disks.push(disk);

      if (wantEFIPart) {
        const esp = make(fsT, {
          device: `/dev/disk/by-partlabel/esp-${n}`,
          format: "vfat",
          label: `esp-${n}`,
          wipeFilesystem: true,
        });
        ts.addFromCommonSource(["boot_device", "mirror", "devices", i], ["storage", "filesystems", filesystems.length], fsT, esp);
        filesystems.push(esp);
      }
    });
    ts.add(["boot_device", "mirror", "devices"], ["storage", "disks"]);

    const raidDevices = (prefix: string) => disks.map((_, i) => `/dev/disk/by-partlabel/${prefix}-${i + 1}`);
    const raid = [
      make(raidT, { devices: raidDevices("boot"), level: "raid1", name: "md-boot", options: ["--metadata=1.0"] }),
      make(raidT, { devices: raidDevices("root"), level: "raid1", name: "md-root" }),
    ];
    storage.raid = raid;
    ts.addFromCommonSource(["boot_device", "mirror"], ["storage", "raid"], { kind: "slice", elem: raidT }, raid);

    const bootFs = make(fsT, { device: "/dev/md/md-boot", format: "ext4", label: "boot", wipeFilesystem: true });
    ts.addFromCommonSource(["boot_device", "mirror"], ["storage", "filesystems", filesystems.length], fsT, bootFs);
    filesystems.push(bootFs);
  }

  if (wantLuks) {
    let luksDevice: string;
    if (layout === "s390x-eckd") luksDevice = (luks.device as string) + "2";
    else if (layout === "s390x-zfcp") luksDevice = (luks.device as string) + "4";
    else if (wantMirror) luksDevice = "/dev/md/md-root";
    else luksDevice = "/dev/disk/by-partlabel/root";

    const bdLuksT = ctx.schema.types.get("BootDeviceLuks") as StructType;
    const tr = new Translator<SpecContext>(ctx);
    const lpath = ["boot_device", "luks"];
    const rpath = ["storage", "luks", 0];
    const fields: Obj = { device: luksDevice, label: "luks-root", name: "root", wipeVolume: true };
    if (luks.discard !== undefined) fields.discard = luks.discard;
    let methodTs: TranslationSet;
    let method: string;
    if (isTrue((luks.cex as Obj | undefined)?.enabled)) {
      // Butane records cex.enabled as if it were at boot_device.luks.enabled
      const cexT = structAt(ign, "storage", "luks", "cex");
      const enabledType = cexT.fields.find((f) => f.key === "enabled")!.type;
      const r = tr.translate(enabledType, (luks.cex as Obj).enabled, enabledType);
      methodTs = new TranslationSet();
      methodTs.mergeP("enabled", r.ts);
      methodTs.add([], []);
      fields.cex = make(cexT, { enabled: r.value });
      method = "cex";
    } else {
      const clevisT = structAt(ign, "storage", "luks", "clevis");
      const c = tr.fields(bdLuksT, luks, clevisT).copy("tang").copy("threshold").copy("tpm2");
      methodTs = c.ts;
      methodTs.add([], []);
      fields.clevis = c.to;
      method = "clevis";
    }
    storage.luks = [make(luksT, fields)];
    ts.merge(methodTs.prefixPaths(lpath, [...rpath, method]));
    if (luksT.fields.some((f) => f.key === "discard")) ts.add([...lpath, "discard"], [...rpath, "discard"]);
    for (const f of ["device", "label", "name", "wipeVolume"]) ts.add(lpath, [...rpath, f]);
    ts.add(lpath, rpath);
    ts.add(lpath, ["storage", "luks"]);
  }

  const rootFs = make(fsT, {
    device: wantLuks ? "/dev/mapper/root" : "/dev/md/md-root",
    format: "xfs",
    label: "root",
    wipeFilesystem: true,
  });
  ts.addFromCommonSource(["boot_device"], ["storage", "filesystems", filesystems.length], fsT, rootFs);
  ts.add(["boot_device"], ["storage", "filesystems"]);
  filesystems.push(rootFs);

  if (disks.length) storage.disks = disks;
  storage.filesystems = filesystems;
  ts.add(["boot_device"], ["storage"]);
  return { value: rendered, ts };
}

/** The fcosBootDevice hook: render boot_device and merge the user's config over it. */
export function processBootDevice(
  ctx: SpecContext,
  config: Obj,
  ret: Obj,
  ts: TranslationSet,
): { report: TReport; value?: Obj; ts?: TranslationSet } {
  const report = new TReport();
  const bd = config.boot_device as Obj | undefined;
  if (!bd) return { report };
  const rendered = renderBootDevice(ctx, bd);
  if (!rendered) return { report };
  const merged = mergeTranslatedConfigs(ctx.ignType, rendered.value, rendered.ts, ret, ts);
  return { report, value: merged.value, ts: merged.ts };
}
