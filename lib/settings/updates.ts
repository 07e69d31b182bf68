// Updates: /etc/flatcar/update.conf, read by update_engine (GROUP=, SERVER=) and by locksmithd
// (REBOOT_STRATEGY=, LOCKSMITHD_REBOOT_WINDOW_START=, LOCKSMITHD_REBOOT_WINDOW_LENGTH=). An
// existing file is edited one line at a time: its comments and other lines stay.
import type { Document } from "yaml";
import type { EditResult } from "../doc";
import { docOf, readInlineFile, removeStorage, upsertInlineFile } from "./entries";

export const UPDATE_CONF_PATH = "/etc/flatcar/update.conf";

export const UPDATE_GROUPS = ["stable", "beta", "alpha", "lts"] as const;
export const REBOOT_STRATEGIES = [
  { value: "reboot", label: "reboot: reboot as soon as an update is applied (inside the window, if one is set)" },
  { value: "etcd-lock", label: "etcd-lock: take a lock in etcd first, so few machines reboot at once" },
  { value: "off", label: "off: never reboot by itself (updates apply at the next manual reboot)" },
] as const;

export interface UpdateSettings {
  group?: string;
  server?: string;
  strategy?: string;
  windowStart?: string;
  windowLength?: string;
}

const KEYS: Record<keyof UpdateSettings, string> = {
  group: "GROUP",
  server: "SERVER",
  strategy: "REBOOT_STRATEGY",
  windowStart: "LOCKSMITHD_REBOOT_WINDOW_START",
  windowLength: "LOCKSMITHD_REBOOT_WINDOW_LENGTH",
};

/** The values of a KEY=VALUE file (the last assignment of a key wins, as the shell reads it). */
export function readKeyValues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out.set(m[1], m[2].trim().replace(/^"(.*)"$/, "$1"));
  }
  return out;
}

/** Sets KEY=value in a KEY=VALUE file (rewriting its line, or appending one); undefined removes it. */
export function setKeyValue(text: string, key: string, value: string | undefined): string {
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  const at = lines.map((l, i) => (new RegExp(`^\\s*${key}=`).test(l) ? i : -1)).filter((i) => i >= 0);
  if (value === undefined) return joinLines(lines.filter((_, i) => !at.includes(i)));
  const line = `${key}=${value}`;
  if (at.length === 0) return joinLines([...lines, line]);
  const last = at[at.length - 1];
  return joinLines(lines.flatMap((l, i) => (i === last ? [line] : at.includes(i) ? [] : [l])));
}

const joinLines = (lines: string[]) => (lines.length ? lines.join("\n") + "\n" : "");

export function readUpdates(doc: Document): UpdateSettings | undefined {
  const text = readInlineFile(doc, UPDATE_CONF_PATH);
  if (text === undefined) return undefined;
  const kv = readKeyValues(text);
  const out: UpdateSettings = {};
  for (const [field, key] of Object.entries(KEYS) as [keyof UpdateSettings, string][]) if (kv.has(key)) out[field] = kv.get(key);
  return out;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** locksmithd's window start: an optional weekday (Mon … Sun) and a 24-hour time, e.g. "Thu 04:00" or "04:00". */
export function checkWindowStart(s: string): string | undefined {
  if (s === "") return undefined;
  const m = /^(?:([A-Za-z]+)\s+)?(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) return `"${s}" is not a window start: write a time, optionally after a weekday, e.g. "Thu 04:00" or "04:00".`;
  if (m[1] && !DAYS.some((d) => d.toLowerCase() === m[1].slice(0, 3).toLowerCase())) return `"${m[1]}" is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.`;
  return undefined;
}

/** locksmithd's window length: a Go duration, e.g. "1h", "90m", "1h30m". */
export function checkWindowLength(s: string): string | undefined {
  if (s === "") return undefined;
  return /^(?:\d+(?:\.\d+)?(?:h|m|s))+$/.test(s.trim()) ? undefined : `"${s}" is not a duration: write e.g. 1h, 30m or 1h30m.`;
}

export function checkUpdates(s: UpdateSettings): string | undefined {
  if (s.strategy && !REBOOT_STRATEGIES.some((r) => r.value === s.strategy)) return `"${s.strategy}" is not a reboot strategy: use reboot, etcd-lock or off.`;
  if (s.group !== undefined && /\s/.test(s.group.trim())) return "An update group has no spaces (stable, beta, alpha, lts or your update server's group).";
  if (s.server && !/^https?:\/\/\S+$/.test(s.server)) return `"${s.server}" is not an http(s) URL of an update server.`;
  const w = checkWindowStart(s.windowStart ?? "") ?? checkWindowLength(s.windowLength ?? "");
  if (w) return w;
  if (Boolean(s.windowStart) !== Boolean(s.windowLength)) return "A reboot window needs both its start and its length.";
  return undefined;
}

/**
 * Writes the settings into /etc/flatcar/update.conf (empty values remove their line); a file
 * left with nothing in it is removed.
 */
export function writeUpdates(text: string, settings: UpdateSettings): EditResult {
  const bad = checkUpdates(settings);
  if (bad) return { ok: false, error: bad };
  const doc = docOf(text);
  if (!doc) return { ok: false, error: "The document has a YAML error; fix it in the Code view first." };
  let conf = readInlineFile(doc, UPDATE_CONF_PATH) ?? "";
  for (const [field, key] of Object.entries(KEYS) as [keyof UpdateSettings, string][]) {
    const v = settings[field]?.trim();
    conf = setKeyValue(conf, key, v ? v : undefined);
  }
  if (conf.trim() === "") return removeStorage(text, "files", UPDATE_CONF_PATH);
  return upsertInlineFile(text, UPDATE_CONF_PATH, conf, { overwrite: true });
}
