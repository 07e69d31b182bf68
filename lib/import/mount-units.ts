// with_mount_unit folded back: a systemd unit in the imported config that is exactly the unit
// Butane generates for one of its filesystems becomes `with_mount_unit: true` on that
// filesystem. The engine's own generator says what Butane would write (swap units and
// Tang-bound LUKS devices included); a unit that differs in any byte is kept as it is.
import { SPEC_TABLE, generateMountUnits, type Spec, type StructType } from "../index";

type Obj = Record<string, unknown>;

/** The base schema package a spec is built on (e.g. "v0_5"), which decides the unit template. */
function baseOf(spec: Spec): string | undefined {
  return SPEC_TABLE.find((e) => e.variant === spec.variant && e.version === spec.version)?.base;
}

/** Does the spec's Butane filesystem know `with_mount_unit`? (fcos 1.0.0 does not.) */
function hasWithMountUnit(butType: StructType): boolean {
  const storage = butType.fields.find((f) => f.key === "storage")?.type;
  const st = storage?.kind === "ptr" ? storage.elem : storage;
  if (st?.kind !== "struct") return false;
  const fss = st.fields.find((f) => f.key === "filesystems")?.type;
  const fs = fss?.kind === "slice" ? (fss.elem.kind === "ptr" ? fss.elem.elem : fss.elem) : undefined;
  return fs?.kind === "struct" && fs.fields.some((f) => f.key === "with_mount_unit");
}

/**
 * Folds generated mount units back into `with_mount_unit: true`, in place, on the Butane value
 * (Butane keys). Only filesystems before `limit` are considered. Returns the indexes of the
 * filesystems folded.
 *
 * Butane puts the generated units first, in filesystem order, and merges a unit the person
 * wrote under the same name over the generated one. So the units folded must be a prefix of
 * systemd.units in filesystem order; of each, the generated contents and `enabled: true` go,
 * and whatever else it holds (dropins, `enabled: false`) stays as a unit of that name.
 */
export function foldMountUnits(value: Obj, spec: Spec, limit = Infinity): number[] {
  const base = baseOf(spec);
  if (!base || !hasWithMountUnit(spec.type)) return [];
  const storage = value.storage as Obj | undefined;
  const filesystems = (storage?.filesystems as Obj[] | undefined) ?? [];
  const systemd = value.systemd as Obj | undefined;
  const units = (systemd?.units as Obj[] | undefined) ?? [];
  const luks = (storage?.luks as Obj[] | undefined) ?? [];
  const folded: number[] = [];
  let next = 0; // the unit Butane would put for the next folded filesystem
  const residuals: (Obj | undefined)[] = [...units];
  filesystems.forEach((fs, index) => {
    if (index >= limit || next >= units.length || typeof fs.device !== "string") return;
    const [gen] = generateMountUnits({ storage: { filesystems: [{ ...fs, with_mount_unit: true }], luks } }, base);
    const unit = units[next];
    if (!gen || unit.name !== gen.name || unit.contents !== gen.contents) return;
    // The generated unit is enabled; a unit of the same name merged over it can only say false.
    if (typeof unit.enabled !== "boolean") return;
    const rest = Object.entries(unit).filter(([k, v]) => k !== "contents" && !(k === "enabled" && v === true));
    residuals[next] = rest.length > 1 ? Object.fromEntries(rest) : undefined; // more than its name
    fs.with_mount_unit = true;
    folded.push(index);
    next++;
  });
  if (folded.length === 0) return [];
  const kept = residuals.filter((u): u is Obj => u !== undefined);
  if (kept.length) systemd!.units = kept;
  else {
    delete systemd!.units;
    if (Object.keys(systemd!).length === 0) delete value.systemd;
  }
  return folded;
}
