// Report entries while translating. An entry's path is in Butane (yaml) space unless `json`
// is set, in which case it is an Ignition (json) path still to be mapped back through the
// translation set (vcontext's path tag "json"). mapReportPaths is config/util TranslateReportPaths.
import { type Entry, type Level, Report } from "../../go/report";
import type { Path } from "../../go/path";
import { snake } from "./names";
import type { TranslationSet } from "./set";

export interface TEntry extends Entry {
  /** The path is an Ignition json path (camelCase), not yet mapped back to yaml. */
  json?: boolean;
}

export class TReport extends Report<TEntry> {
  override add(level: Level, path: Path, message: string, json = false): void {
    const e: TEntry = { level, path: [...path], message };
    if (json) e.json = true;
    this.entries.push(e);
  }
  /** Entries whose paths are Ignition json paths. */
  jsonError(path: Path, message: string): void {
    this.add("error", path, message, true);
  }
  jsonWarn(path: Path, message: string): void {
    this.add("warning", path, message, true);
  }
  /** Merge with every path prefixed (translate.PrefixReport). */
  mergePrefixed(prefix: Path, other: TReport | TEntry[]): void {
    for (const e of Array.isArray(other) ? other : other.entries) this.entries.push({ ...e, path: [...prefix, ...e.path] });
  }
}

/** Ignition-space entries → Butane paths: exact translation, else snake_case each key. */
export function mapReportPaths(entries: readonly TEntry[], ts: TranslationSet): TEntry[] {
  return entries.map((e) => {
    if (!e.json) return e;
    const t = ts.lookup(e.path);
    const path = t ? t.from : e.path.map((p) => (typeof p === "string" ? snake(p) : p));
    const { json: _json, ...rest } = e;
    return { ...rest, path: [...path] };
  });
}

/** Strip the internal tag: plain engine entries. */
export function plainEntries(entries: readonly TEntry[]): Entry[] {
  return entries.map(({ json: _json, ...rest }) => rest);
}
