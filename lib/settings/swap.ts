// A swap file, as Flatcar's "Managing swap space" guide makes one: a oneshot unit creates the
// file once (fallocate, chmod 600, mkswap; skipped when the file exists), and a .swap unit,
// named after the file's path, turns it on at every boot.
import type { Document } from "yaml";
import { listLength, readString, type EditResult } from "../doc";
import { getLines, getValue } from "../unit-text";
import { chain, docOf, indexOfUnit, removeUnit, upsertUnit } from "./entries";

export interface SwapSettings {
  /** Absolute path of the swap file, under /var (e.g. /var/vm/swapfile1). */
  path: string;
  /** Its size as fallocate takes it: 1024M, 2G… */
  size: string;
}

/** systemd's path escaping (systemd-escape --path): the name of the unit for a path. */
export function escapePath(path: string): string {
  const trimmed = path.replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  if (trimmed === "") return "-";
  const bytes = new TextEncoder().encode(trimmed);
  let out = "";
  bytes.forEach((b, i) => {
    const c = String.fromCharCode(b);
    if (c === "/") out += "-";
    else if ((/[A-Za-z0-9:_]/.test(c) || (c === "." && i > 0)) && b < 128) out += c;
    else out += "\\x" + b.toString(16).padStart(2, "0");
  });
  return out;
}

export const swapUnitName = (path: string) => `${escapePath(path)}.swap`;
const makerName = (path: string) => `mkswap-${escapePath(path).replace(/\\/g, "")}.service`;

export function checkSwapPath(path: string): string | undefined {
  if (!/^\/var\/[A-Za-z0-9_./-]+$/.test(path) || /\/\.\.?(\/|$)/.test(path) || path.endsWith("/")) return `"${path}" should be a file path under /var (the writable disk), e.g. /var/vm/swapfile1.`;
  return undefined;
}

export function checkSwapSize(size: string): string | undefined {
  return /^[1-9]\d*(?:[KMGT](?:iB)?)?$/i.test(size.trim()) ? undefined : `"${size}" is not a size: write e.g. 1024M or 2G.`;
}

function makerContents(s: SwapSettings): string {
  const dir = s.path.slice(0, s.path.lastIndexOf("/")) || "/";
  return `[Unit]
Description=Create the swap file ${s.path} (once)
ConditionPathExists=!${s.path}
RequiresMountsFor=${dir}

[Service]
Type=oneshot
ExecStart=mkdir -p ${dir}
ExecStart=fallocate -l ${s.size} ${s.path}
ExecStart=chmod 600 ${s.path}
ExecStart=mkswap ${s.path}
`;
}

function swapContents(s: SwapSettings): string {
  const maker = makerName(s.path);
  return `[Unit]
Description=Swap file ${s.path}
Requires=${maker}
After=${maker}

[Swap]
What=${s.path}

[Install]
WantedBy=multi-user.target
`;
}

/** The swap file the config sets up (a .swap unit whose What= is a file under /var). */
export function readSwap(doc: Document): SwapSettings | undefined {
  for (let k = 0; k < listLength(doc, ["systemd", "units"]); k++) {
    const name = readString(doc, ["systemd", "units", k, "name"]);
    const contents = readString(doc, ["systemd", "units", k, "contents"]);
    if (!name?.endsWith(".swap") || contents === undefined) continue;
    const path = getValue(contents, "Swap", "What");
    if (!path?.startsWith("/var/")) continue;
    const i = indexOfUnit(doc, makerName(path));
    const maker = i < 0 ? undefined : readString(doc, ["systemd", "units", i, "contents"]);
    const size = maker ? getLines(maker, "Service", "ExecStart").map((l) => /^\S*fallocate\s+-l\s+(\S+)/.exec(l)?.[1]).find(Boolean) : undefined;
    return { path, size: size ?? "" };
  }
  return undefined;
}

export function writeSwap(text: string, s: SwapSettings): EditResult {
  const bad = checkSwapPath(s.path) ?? checkSwapSize(s.size);
  if (bad) return { ok: false, error: bad };
  const doc = docOf(text);
  const old = doc ? readSwap(doc) : undefined;
  const settings = { path: s.path, size: s.size.trim() };
  return chain(
    text,
    (t) => (old && old.path !== s.path ? removeSwap(t, old.path) : { ok: true, text: t }),
    (t) => upsertUnit(t, makerName(s.path), { contents: makerContents(settings) }),
    (t) => upsertUnit(t, swapUnitName(s.path), { enabled: true, contents: swapContents(settings) }),
  );
}

/** Removes both units (the file, once made on a machine, stays there). */
export function removeSwap(text: string, path: string): EditResult {
  return chain(text, (t) => removeUnit(t, swapUnitName(path)), (t) => removeUnit(t, makerName(path)));
}
