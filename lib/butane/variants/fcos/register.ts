// Plugs the Fedora CoreOS sugar into the framework: the boot_device and grub hooks and the
// boot_device / grub validators (imported for its side effects by ../../plugins.ts).
import type { SpecContext } from "../../context";
import { registerHooks, registerValidators } from "../../hooks";
import type { Validator } from "../../validate";
import { processBootDevice } from "./boot-device";
import { processGrub } from "./grub";
import { fcosVariantValidators } from "./validate";

export const fcosMinorOf = (version: string): number => Number(version.split(".")[1]);

registerHooks({ fcosBootDevice: processBootDevice, fcosGrub: processGrub });

const byMinor = new Map<number, Record<string, Validator<SpecContext>>>();
const validatorsOf = (minor: number) => {
  let v = byMinor.get(minor);
  if (!v) byMinor.set(minor, (v = fcosVariantValidators(minor)));
  return v;
};

const byVersion =
  (name: string): Validator<SpecContext> =>
  (value, path, ctx) =>
    validatorsOf(fcosMinorOf(ctx.version))[name]?.(value, path, ctx);

registerValidators(
  "fcos",
  Object.fromEntries(["BootDevice", "BootDeviceLuks", "BootDeviceMirror", "GrubUser"].map((n) => [n, byVersion(n)])),
);
