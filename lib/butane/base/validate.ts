// The Validate() methods of base/v0_*/validate.go, as validators by bare struct name.
//
// API
//   baseValidators(ctx) → Validators for ctx.base
//   checkForDecimalMode(mode, directory) → boolean (true: warn ErrDecimalMode)
import type { GoInt } from "../../go/gotype";
import type { Path } from "../../go/path";
import { type SpecContext, baseAtLeast } from "../context";
import * as E from "../errors";
import { validateIgnitionConfig } from "../../ignition";
import { TReport } from "../translate";
import type { Validator, Validators } from "../validate";

type Obj = Record<string, unknown>;
const set = (v: unknown): boolean => v !== undefined && v !== null;
const isTrue = (v: unknown): boolean => v === true;
const nilOrEmpty = (v: unknown): boolean => !set(v) || v === "";

/** Does this mode look like an octal mode written in decimal (base/util CheckForDecimalMode)? */
export function checkForDecimalMode(mode: GoInt, directory: boolean): boolean {
  if (typeof mode === "bigint") return false; // out of range
  const corrected = decimalModeToOctal(mode);
  if (corrected === undefined) return false;
  return !isTypicalMode(mode, directory) && isTypicalMode(corrected, directory);
}

function decimalModeToOctal(mode: number): number | undefined {
  if (mode < 0 || mode > 7777) return undefined;
  let ret = 0;
  for (let divisor = 1000; divisor > 0; divisor = Math.trunc(divisor / 10)) {
    const digit = Math.trunc(mode / divisor) % 10;
    if (digit > 7) return undefined;
    ret = (ret << 3) | digit;
  }
  return ret;
}

function isTypicalMode(mode: number, directory: boolean): boolean {
  if (mode === 0) return true;
  const perms = [mode & 0o7, (mode & 0o70) >> 3, (mode & 0o700) >> 6];
  let hadR = false;
  let hadW = false;
  let hadX = false;
  for (const perm of perms) {
    const r = (perm & 4) !== 0;
    const w = (perm & 2) !== 0;
    const x = (perm & 1) !== 0;
    if ((!r && hadR) || (!w && hadW) || (!x && hadX)) return false;
    if (x && hadR && !hadX) return false;
    if ((w || x) && !r) return false;
    hadR ||= r;
    hadW ||= w;
    hadX ||= x;
  }
  if (!hadR) return false;
  if (directory) {
    if (!hadX) return false;
    if (mode & 0o4000) return false;
    if (mode & 0o3000 && !hadW) return false;
  } else {
    if (mode & 0o6000) {
      if (!hadX) return false;
      if (mode & 2) return false;
    }
    if (mode & 0o1000) return false;
  }
  return true;
}

const modeCheck =
  (directory: boolean): Validator<SpecContext> =>
  (o, path) => {
    // Validators run for every file and directory: a report is made only for an entry.
    if (!(set(o.mode) && checkForDecimalMode(o.mode as GoInt, directory))) return;
    const r = new TReport();
    r.warn([...path, "mode"], E.ErrDecimalMode);
    return r;
  };

const validateFileContents: Validator<SpecContext> = (o, path) => {
  if (!(set(o.inline) && set(o.source))) return;
  const r = new TReport();
  r.error([...path, "inline"], E.ErrTooManyResourceSources);
  return r;
};

const validateResource: Validator<SpecContext> = (o, path, ctx) => {
  let field = "";
  let sources = 0;
  if (set(o.local)) {
    sources++;
    field = "local";
  }
  if (set(o.inline)) {
    sources++;
    field = "inline";
  }
  if (set(o.source)) {
    sources++;
    field = "source";
  }
  if (sources > 1) {
    const r = new TReport();
    r.error([...path, field], E.ErrTooManyResourceSources);
    return r;
  }
  if (field === "inline" && isUnderIgnitionConfig(path)) {
    // Checked against the spec's own Ignition types; the entries keep the inner config's json
    // paths (they are only correlated, never mapped through translations).
    const r = new TReport();
    const v = validateIgnitionConfig(ctx.ignitionVersion, path, o.inline as string);
    for (const e of v.entries) r.add(e.level, e.path, e.message);
    if (v.error !== undefined) r.error([...path, field], v.error);
    return r;
  }
};

/** strings.HasPrefix(c.String(), "$.ignition.config") */
function isUnderIgnitionConfig(path: Path): boolean {
  // Path parts are field names (no dots) and indexes, so this is the prefix test on the string.
  return path.length >= 2 && path[0] === "ignition" && String(path[1]).startsWith("config");
}

const validateFilesystemV02: Validator<SpecContext> = (o, path) => {
  const r = new TReport();
  if (!isTrue(o.with_mount_unit)) return r;
  if (nilOrEmpty(o.path)) r.error([...path, "path"], E.ErrMountUnitNoPath);
  if (nilOrEmpty(o.format)) r.error([...path, "format"], E.ErrMountUnitNoFormat);
  return r;
};

const validateFilesystemV04: Validator<SpecContext> = (o, path) => {
  const r = new TReport();
  if (!isTrue(o.with_mount_unit)) return r;
  if (nilOrEmpty(o.format)) r.error([...path, "format"], E.ErrMountUnitNoFormat);
  else if (o.format !== "swap" && nilOrEmpty(o.path)) r.error([...path, "path"], E.ErrMountUnitNoPath);
  return r;
};

const validateTree: Validator<SpecContext> = (o, path) => {
  const r = new TReport();
  if (o.local === "" || o.local === undefined) r.error(path, E.ErrTreeNoLocal);
  return r;
};

const validateNotTooManySources: Validator<SpecContext> = (o, path) => {
  if (!(set(o.contents_local) && set(o.contents))) return;
  const r = new TReport();
  r.error([...path, "contents_local"], E.ErrTooManySystemdSources);
  return r;
};

const quadletExtensions = [".container", ".volume", ".network", ".kube", ".image", ".build", ".pod", ".artifact"];

/** foo@100.container is an instance of foo@.container. */
export function quadletTemplateOf(name: string): string | undefined {
  const at = name.indexOf("@");
  if (at === -1) return undefined;
  const dot = name.lastIndexOf(".");
  if (dot === -1 || at + 1 === dot) return undefined;
  return `${name.slice(0, at)}@.${name.slice(dot + 1)}`;
}

const validateQuadlet: Validator<SpecContext> = (o, path, ctx) => {
  const r = new TReport();
  const name = (o.name as string) ?? "";
  if (!quadletExtensions.some((e) => name.endsWith(e))) {
    r.error([...path, "name"], E.ErrQuadletBadExtension);
    return r;
  }
  if (quadletTemplateOf(name) !== undefined) {
    if (set(o.contents)) r.error([...path, "contents"], E.ErrTemplateInstanceCannotHaveContents);
    if (set(o.contents_local)) r.error([...path, "contents_local"], E.ErrTemplateInstanceCannotHaveContents);
  } else {
    const out = validateNotTooManySources(o, path, ctx);
    if (out) r.merge(out);
  }
  return r;
};

export function baseValidators(ctx: SpecContext): Validators<SpecContext> {
  const m: Validators<SpecContext> = new Map([
    ["Directory", modeCheck(true)],
    ["File", modeCheck(false)],
  ]);
  if (!baseAtLeast(ctx, "v0_2")) {
    m.set("FileContents", validateFileContents);
    return m;
  }
  m.set("Resource", validateResource);
  m.set("Filesystem", baseAtLeast(ctx, "v0_4") ? validateFilesystemV04 : validateFilesystemV02);
  m.set("Tree", validateTree);
  if (baseAtLeast(ctx, "v0_5")) {
    m.set("Unit", validateNotTooManySources);
    m.set("Dropin", validateNotTooManySources);
  }
  if (baseAtLeast(ctx, "v0_8_exp")) m.set("Quadlet", validateQuadlet);
  return m;
}

export type { Obj };
