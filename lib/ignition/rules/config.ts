// Config.Validate (unit paths vs storage paths) and Ignition.Validate (the version check).
import { canonicalSemver } from "../../go/semver";
import { E } from "../errors";
import { nilOrEmpty } from "../validate/checks";
import type { Obj, Validator } from "../versions/rules";

/** Files, directories and links may not take the path of a unit or dropin that has contents. */
export const validateConfigPaths: Validator = (cfg, c, r) => {
  const unitPaths = new Set<string>();
  for (const unit of cfg.systemd.units as Obj[]) {
    if (!nilOrEmpty(unit.contents)) unitPaths.add("/etc/systemd/system/" + unit.name);
    for (const d of unit.dropins as Obj[])
      if (!nilOrEmpty(d.contents)) unitPaths.add(`/etc/systemd/system/${unit.name}.d/${d.name}`);
  }
  for (const kind of ["files", "directories", "links"])
    (cfg.storage[kind] as Obj[]).forEach((n, i) => {
      if (unitPaths.has(n.path)) r.error([...c, "storage", kind, i, "path"], E.pathConflictsSystemd);
    });
};

/** ignition.version must parse (go-semver) and equal the version these types describe. */
export const validateIgnitionVersion: Validator = (ign, c, r, ver) => {
  const at = [...c, "version"];
  const v = canonicalSemver(ign.version);
  if (v === undefined) r.error(at, E.invalidVersion);
  else if (v !== ver.version) r.error(at, E.unknownVersion);
};
