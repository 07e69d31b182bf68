// Files, directories and links: Node/File/Directory Validate and Storage.Validate's
// checks across them (paths under links, hard links).
import type { Path } from "../../go/path";
import { E } from "../errors";
import { addError, addWarn, isTrue, nilOrEmpty, validateIDorName, validateMode, validateModeSpecialBits, validatePath } from "../validate/checks";
import { clean, isAbs, join } from "../../go/gopath";
import type { Obj, Validator } from "../versions/rules";

export const validateNode: Validator = (n, c, r) => addError(r, c, validatePath(n.path), "path");

export const validateNodeOwner: Validator = (o, c, r) => addError(r, c, validateIDorName(o.id, o.name));

export const validateNodeWithMode =
  (specialBits: boolean): Validator =>
  (n, c, r, ver) => {
    validateNode(n, c, r, ver);
    addError(r, c, validateMode(n.mode), "mode");
    if (specialBits) addWarn(r, c, validateModeSpecialBits(n.mode), "mode");
  };

export const validateFile = (specialBits: boolean): Validator => {
  const validateNodeAndMode = validateNodeWithMode(specialBits);
  return (f, c, r, ver) => {
    validateNodeAndMode(f, c, r, ver);
    if (isTrue(f.overwrite) && f.contents.source === undefined)
      r.error([...c, "overwrite"], E.overwriteAndNilSource);
  };
};

/** Storage.Validate; `targetRequired` is 3.3's nil-able link target check. */
export const validateStorage =
  (targetRequired: boolean): Validator =>
  (s, c, r) => {
    const links = s.links as Obj[];
    const under = (p: string, l: Obj) => p.startsWith(l.path + "/");
    (s.directories as Obj[]).forEach((d, i) => {
      for (const l of links) if (under(d.path, l)) r.error([...c, "directories", i], E.directoryUsedSymlink);
    });
    (s.files as Obj[]).forEach((f, i) => {
      for (const l of links) if (under(f.path, l)) r.error([...c, "files", i], E.fileUsedSymlink);
    });
    links.forEach((l1, i) => {
      for (const l2 of links) if (under(l1.path, l2)) r.error([...c, "links", i], E.linkUsedSymlink);
      if (targetRequired && nilOrEmpty(l1.target)) {
        r.error([...c, "links", i, "target"], E.linkTargetRequired);
        return;
      }
      if (!isTrue(l1.hard)) return;
      let target = clean(l1.target);
      if (!isAbs(target)) target = join(l1.path, l1.target);
      for (const d of s.directories as Obj[]) if (target === d.path) r.error([...c, "links", i], E.hardLinkToDirectory);
      const owner = (set: boolean, p: Path) => set && r.warn(p, E.hardLinkSpecifiesOwner);
      owner(l1.user.id !== undefined, [...c, "links", i, "user", "id"]);
      owner(l1.user.name !== undefined, [...c, "links", i, "user", "name"]);
      owner(l1.group.id !== undefined, [...c, "links", i, "group", "id"]);
      owner(l1.group.name !== undefined, [...c, "links", i, "group", "name"]);
    });
    const disks = new Map<string, Obj>();
    for (const d of s.disks as Obj[]) disks.set(d.device, d);
    (s.filesystems as Obj[]).forEach((f, i) => {
      const disk = disks.get(f.device);
      if (!disk) return;
      if (disk.partitions.length > 0) r.warn([...c, "filesystems", i, "device"], E.partitionsOverwritten);
      else if (!isTrue(f.wipeFilesystem) && isTrue(disk.wipeTable))
        r.warn([...c, "filesystems", i, "device"], E.filesystemImplicitWipe);
    });
  };
