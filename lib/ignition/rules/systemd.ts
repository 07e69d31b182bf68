// Systemd units and dropins: names, contents (parsed as go-systemd does), install sections.
import { E, noInstallSection, noInstallSectionForInstantiable } from "../errors";
import { instanceUnit, isTrue, nilOrEmpty, notEmpty } from "../validate/checks";
import { ext } from "../../go/gopath";
import { parseUnitContents } from "../validate/unit";
import type { Obj, Validator } from "../versions/rules";

const hasInstall = (opts: { section: string }[]) => opts.some((o) => o.section === "Install");

export const validateSystemd: Validator = (s, c, r) => {
  const units = new Map<string, Obj>();
  for (const u of s.units as Obj[]) units.set(u.name, u);
  (s.units as Obj[]).forEach((unit, index) => {
    const m = instanceUnit.exec(unit.name);
    if (!m || !isTrue(unit.enabled)) return;
    const instantiable = m[1] + "@.service";
    const template = units.get(instantiable);
    if (!template || !notEmpty(template.contents)) return;
    const parsed = parseUnitContents(template.contents);
    if ("error" in parsed) return;
    if (!hasInstall(parsed.options))
      r.warn([...c, "units", index, "contents"], noInstallSectionForInstantiable(instantiable, unit.name));
  });
};

const unitExts = [".service", ".socket", ".device", ".mount", ".automount", ".swap", ".target", ".path", ".timer", ".snapshot", ".slice", ".scope"];

export const validateUnit: Validator = (u, c, r) => {
  if (!unitExts.includes(ext(u.name))) r.error([...c, "name"], E.invalidSystemdExt);
  const at = [...c, "contents"];
  const parsed = parseUnitContents(u.contents);
  if ("error" in parsed) {
    r.error(at, parsed.error);
    return;
  }
  if (isTrue(u.enabled) && !nilOrEmpty(u.contents) && !hasInstall(parsed.options)) r.warn(at, noInstallSection(u.name));
};

export const validateDropin: Validator = (d, c, r) => {
  const parsed = parseUnitContents(d.contents);
  if ("error" in parsed) r.error([...c, "contents"], parsed.error);
  if (ext(d.name) !== ".conf") r.error([...c, "name"], E.invalidSystemdDropinExt);
};
