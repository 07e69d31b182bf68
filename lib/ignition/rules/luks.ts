// LUKS volumes (3.2+): names, labels, devices, key files, clevis (custom pins, tang) and cex.
import { unmarshalAnyError } from "../validate/gojson";
import type { Path } from "../../go/path";
import type { Report } from "../../go/report";
import { E } from "../errors";
import { addError, big, byteLen, isTrue, nilOrEmpty, notEmpty, validatePath, validateURLNilOK } from "../validate/checks";
import { parseURL } from "../validate/url";
import type { Obj, Validator } from "../versions/rules";

/** The checks every version's Luks.Validate starts with. */
export function validateLuksCommon(l: Obj, c: Path, r: Report) {
  if ((l.name as string).includes("/")) r.error([...c, "name"], E.luksNameContainsSlash);
  if (!nilOrEmpty(l.label) && byteLen(l.label) > 47) r.error([...c, "label"], E.luksLabelTooLong);
  if (nilOrEmpty(l.device)) r.error([...c, "device"], E.diskDeviceRequired);
  else addError(r, c, validatePath(l.device), "device");
}

export const luksKeyFileCheck: Validator = (l, c, r, ver) => {
  if (validateURLNilOK(l.keyFile.source, ver.urlSchemes) !== undefined) r.error([...c, "keys"], E.invalidLuksKeyFile);
};

const thresholdSet = (cl: Obj) => cl.threshold !== undefined && big(cl.threshold) !== 0n;

/** 3.2: clevis and its custom pin are pointers; a set custom excludes tpm2, tang and threshold. */
export const validateLuks3_2: Validator = (l, c, r, ver) => {
  validateLuksCommon(l, c, r);
  const cl = l.clevis;
  if (cl !== undefined && cl.custom !== undefined && (cl.tang.length > 0 || isTrue(cl.tpm2) || thresholdSet(cl)))
    r.error([...c, "clevis"], E.clevisCustomWithOthers);
  luksKeyFileCheck(l, c, r, ver);
};

export const validateCustom3_2: Validator = (cu, c, r) => {
  if (cu.pin === "" && cu.config === "") return;
  if (!["tpm2", "tang", "sss"].includes(cu.pin)) r.error([...c, "pin"], E.unknownClevisPin);
  if (cu.config === "") r.error([...c, "config"], E.clevisConfigRequired);
};

/** 3.3+: a custom clevis counts as set when it names a pin. */
export function luksClevisCheck(l: Obj, c: Path, r: Report) {
  const cl = l.clevis;
  if (notEmpty(cl.custom.pin) && (cl.tang.length > 0 || isTrue(cl.tpm2) || thresholdSet(cl)))
    r.error([...c, "clevis"], E.clevisCustomWithOthers);
}

export const validateLuks3_3: Validator = (l, c, r, ver) => {
  validateLuksCommon(l, c, r);
  luksClevisCheck(l, c, r);
  luksKeyFileCheck(l, c, r, ver);
};

export const clevisIsPresent = (cl: Obj) => notEmpty(cl.custom.pin) || cl.tang.length > 0 || isTrue(cl.tpm2) || thresholdSet(cl);

/** 3.5+: cex excludes clevis and key files. */
export const validateLuks3_5: Validator = (l, c, r, ver) => {
  validateLuks3_3(l, c, r, ver);
  const cex = isTrue(l.cex.enabled);
  if (clevisIsPresent(l.clevis) && cex) r.error([...c, "cex"], E.cexWithClevis);
  if (cex && notEmpty(l.keyFile.source)) r.error([...c, "cex"], E.cexWithKeyFile);
};

/** ClevisCustom.Validate (3.3+); 3.6 drops the check of the pin's value. */
export const validateClevisCustom =
  (checkPinValue: boolean): Validator =>
  (cu, c, r) => {
    if (nilOrEmpty(cu.pin) && nilOrEmpty(cu.config) && !isTrue(cu.needsNetwork)) return;
    if (notEmpty(cu.pin)) {
      if (checkPinValue && !["tpm2", "tang", "sss"].includes(cu.pin)) r.error([...c, "pin"], E.unknownClevisPin);
    } else r.error([...c, "pin"], E.clevisPinRequired);
    if (nilOrEmpty(cu.config)) r.error([...c, "config"], E.clevisConfigRequired);
  };

function tangURLError(s: string) {
  const u = parseURL(s);
  if (!u) return E.invalidUrl;
  return u.scheme === "http" || u.scheme === "https" ? undefined : E.invalidScheme;
}

export const validateTang: Validator = (t, c, r) => {
  addError(r, c, tangURLError(t.url), "url");
  if (nilOrEmpty(t.thumbprint)) r.error([...c, "thumbprint"], E.tangThumbprintRequired);
};

/** 3.4+: the advertisement must read as JSON (json.Unmarshal into `any`). */
export const validateTangWithAdvertisement: Validator = (t, c, r, ver) => {
  validateTang(t, c, r, ver);
  if (notEmpty(t.advertisement) && unmarshalAnyError(t.advertisement) !== undefined)
    r.error([...c, "advertisement"], E.invalidTangAdvertisement);
};
