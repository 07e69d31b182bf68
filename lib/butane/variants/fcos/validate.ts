// Fedora CoreOS validation of boot_device and grub (config/fcos/v1_3+/validate.go), by fcos minor
// version. vcontext calls BootDevice.Validate, then walks into its fields, so BootDeviceMirror's
// check runs twice (once from BootDevice, once on its own) and BootDeviceLuks reports at
// `<luks path>.luks`: both quirks are Butane's and kept.
//
// API
//   fcosVariantValidators(minor) → Record<bareName, Validator>   (BootDevice, BootDeviceLuks, BootDeviceMirror, GrubUser)
import type { Path } from "../../../go/path";
import type { SpecContext } from "../../context";
import * as E from "../../errors";
import { TReport } from "../../translate";
import type { Validator } from "../../validate";

type Obj = Record<string, unknown>;

const ErrCexWithClevis = "cannot use cex with clevis";

const dasdRe = /\/dev\/dasd[a-z]$/;
const sdRe = /\/dev\/sd[a-z]$/;
const isTrue = (v: unknown) => v === true;
const nilOrEmpty = (v: unknown) => v === undefined || v === null || v === "";

function mirrorValidate(mirror: Obj, path: Path): TReport {
  const r = new TReport();
  if ((((mirror.devices as unknown[]) ?? []) as unknown[]).length === 1) r.error([...path, "devices"], E.ErrTooFewMirrorDevices);
  return r;
}

function bootDeviceValidator(minor: number): Validator<SpecContext> {
  return (d, path) => {
    const r = new TReport();
    const mirror = (d.mirror as Obj) ?? {};
    const luks = (d.luks as Obj) ?? {};
    const devices = (mirror.devices as unknown[]) ?? [];
    const layout = d.layout as string | undefined;
    if (devices.length > 0 && layout === undefined) {
      if (minor >= 7) r.error([...path, "mirror"], E.ErrMirrorRequiresLayout);
      else r.warn([...path, "mirror"], E.ErrMirrorRequiresLayout);
    }
    if (layout !== undefined) {
      if (minor < 6) {
        if (!["aarch64", "ppc64le", "x86_64"].includes(layout)) r.error([...path, "layout"], E.ErrUnknownBootDeviceLayoutLegacy);
      } else {
        switch (layout) {
          case "aarch64":
          case "ppc64le":
          case "x86_64":
          case "s390x-virt":
            break;
          case "s390x-eckd":
          case "s390x-zfcp": {
            const re = layout === "s390x-eckd" ? dasdRe : sdRe;
            if (nilOrEmpty(luks.device)) r.error([...path, "layout"], E.ErrNoLuksBootDevice);
            else if (!re.test(luks.device as string)) r.error([...path, "layout"], E.ErrLuksBootDeviceBadName);
            break;
          }
          default:
            r.error([...path, "layout"], E.ErrUnknownBootDeviceLayout);
        }
        if (layout.startsWith("s390x") && devices.length > 0) r.error([...path, "layout"], E.ErrMirrorNotSupport);
      }
    }
    if (minor >= 6 && isTrue((luks.cex as Obj | undefined)?.enabled)) {
      if (layout === undefined) r.error([...path, "luks", "cex"], E.ErrCexArchitectureMismatch);
      else if (!layout.startsWith("s390x")) r.error([...path, "layout"], E.ErrCexArchitectureMismatch);
      if (((luks.tang as unknown[]) ?? []).length > 0 || isTrue(luks.tpm2)) r.error([...path, "luks"], ErrCexWithClevis);
    }
    r.merge(mirrorValidate(mirror, [...path, "mirror"]));
    return r;
  };
}

/** fcos 1.7+: a luks device needs a method (a non-empty tang server, tpm2 or cex). */
const bootDeviceLuksValidator: Validator<SpecContext> = (l, path) => {
  const r = new TReport();
  if (!nilOrEmpty(l.device)) {
    const tangs = ((l.tang as Obj[]) ?? []) as Obj[];
    // base.Tang{} comparison: url is a string, thumbprint and advertisement are pointers
    let valid = tangs.some((t) => (t.url ?? "") !== "" || t.thumbprint !== undefined || t.advertisement !== undefined);
    if (isTrue(l.tpm2) || isTrue((l.cex as Obj | undefined)?.enabled)) valid = true;
    if (!valid) r.error([...path, "luks"], E.ErrNoLuksMethodSpecified);
  }
  return r;
};

const grubUserValidator: Validator<SpecContext> = (u, path) => {
  const r = new TReport();
  if (u.name === "" || u.name === undefined) r.error([...path, "name"], E.ErrGrubUserNameNotSpecified);
  if (nilOrEmpty(u.password_hash)) r.error([...path, "password_hash"], E.ErrGrubPasswordNotSpecified);
  return r;
};

/** The boot_device and grub validators of fcos 1.<minor> (none before 1.3). */
export function fcosVariantValidators(minor: number): Record<string, Validator<SpecContext>> {
  const v: Record<string, Validator<SpecContext>> = {};
  if (minor >= 3) {
    v.BootDevice = bootDeviceValidator(minor);
    v.BootDeviceMirror = (m, path) => mirrorValidate(m, path);
  }
  if (minor >= 5) v.GrubUser = grubUserValidator;
  if (minor >= 7) v.BootDeviceLuks = bootDeviceLuksValidator;
  return v;
}
