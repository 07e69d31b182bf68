// Variant layers over the base schemas (config/<variant>/v*/schema.go). flatcar, r4e and fiot
// add nothing to their base; fcos adds boot_device (1.3+) and grub (1.5+).
import type { FieldDefs } from "./define";

export interface LayerDefs {
  rootFields?: FieldDefs;
  structs?: Record<string, FieldDefs>;
}

const bootDevice = (luks: FieldDefs): Record<string, FieldDefs> => ({
  BootDevice: { layout: "*string", luks: "BootDeviceLuks", mirror: "BootDeviceMirror" },
  BootDeviceLuks: luks,
  BootDeviceMirror: { devices: "[]string" },
});
const grub: Record<string, FieldDefs> = {
  Grub: { users: "[]GrubUser" },
  GrubUser: { name: "string", password_hash: "*string" },
};

const luks13: FieldDefs = { tang: "[]base.Tang", threshold: "*int", tpm2: "*bool" };
const luks15: FieldDefs = { discard: "*bool", tang: "[]base.Tang", threshold: "*int", tpm2: "*bool" };
const luks16: FieldDefs = {
  cex: "base.Cex",
  discard: "*bool",
  device: "*string",
  tang: "[]base.Tang",
  threshold: "*int",
  tpm2: "*bool",
};

const fcosBootOnly: LayerDefs = { rootFields: { boot_device: "BootDevice" }, structs: bootDevice(luks13) };
const fcosGrub = (luks: FieldDefs): LayerDefs => ({
  rootFields: { boot_device: "BootDevice", grub: "Grub" },
  structs: { ...bootDevice(luks), ...grub },
});

/** fcos layers by Go package of the spec. */
export const fcosLayers: Readonly<Record<string, LayerDefs>> = {
  v1_0: {},
  v1_1: {},
  v1_2: {},
  v1_3: fcosBootOnly,
  v1_4: fcosBootOnly,
  v1_5: fcosGrub(luks15),
  v1_6: fcosGrub(luks16),
  v1_7: fcosGrub(luks16),
  v1_8_exp: fcosGrub(luks16),
};
