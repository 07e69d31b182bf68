// The machine's hostname: /etc/hostname, as Flatcar's docs write it.
import type { Document } from "yaml";
import { readInlineFile, removeStorage, upsertInlineFile } from "./entries";
import type { EditResult } from "../doc";

export const HOSTNAME_PATH = "/etc/hostname";

/** Why `name` cannot be a Linux hostname (labels of letters, digits and hyphens, at most 64 characters), or undefined. */
export function checkHostname(name: string): string | undefined {
  if (name === "") return undefined;
  if (name.length > 64) return `A hostname has at most 64 characters (this one has ${name.length}).`;
  for (const label of name.split(".")) {
    if (label === "") return "A hostname has no empty part: no leading, trailing or double dot.";
    if (!/^[A-Za-z0-9-]+$/.test(label)) return `"${label}" may hold only letters, digits and hyphens.`;
    if (label.startsWith("-") || label.endsWith("-")) return `"${label}" may not start or end with a hyphen.`;
    if (label.length > 63) return `"${label}" is longer than 63 characters.`;
  }
  return undefined;
}

export function readHostname(doc: Document): string | undefined {
  return readInlineFile(doc, HOSTNAME_PATH)?.trim();
}

/** Writes the hostname; an empty one removes /etc/hostname (the machine then takes DHCP's or the cloud's). */
export function writeHostname(text: string, name: string): EditResult {
  const n = name.trim();
  if (n === "") return removeStorage(text, "files", HOSTNAME_PATH);
  const bad = checkHostname(n);
  if (bad) return { ok: false, error: bad };
  return upsertInlineFile(text, HOSTNAME_PATH, n);
}
