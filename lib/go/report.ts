import { type Path, pathString } from "./path";

export type Level = "error" | "warning" | "info";

/** One finding: its level, where it is in the config, and what is wrong. */
export interface Entry {
  level: Level;
  message: string;
  /** Path in the Butane (yaml) document: snake_case keys and list indexes. */
  path: Path;
  /** 1-based line and column (columns count characters) of the YAML node the path leads to. */
  line?: number;
  column?: number;
}

/** Entries in the order found; `E` lets a caller carry more per entry (Butane's json flag). */
export class Report<E extends Entry = Entry> {
  entries: E[] = [];

  add(level: Level, path: Path, message: string): void {
    this.entries.push({ level, path: [...path], message } as Entry as E);
  }
  error(path: Path, message: string): void {
    this.add("error", path, message);
  }
  warn(path: Path, message: string): void {
    this.add("warning", path, message);
  }
  info(path: Path, message: string): void {
    this.add("info", path, message);
  }
  merge(other: Report<E> | E[]): void {
    this.entries.push(...(Array.isArray(other) ? other : other.entries));
  }
  get fatal(): boolean {
    return this.entries.some((e) => e.level === "error");
  }
}

/** Butane's raw line for an entry: "error at $.a.0.b, line 5 col 13: message". */
export function formatEntry(e: Entry): string {
  let at = "";
  const hasPos = e.line !== undefined && e.line > 0;
  if (hasPos && e.path.length) at = ` at ${pathString(e.path)}, line ${e.line} col ${e.column}`;
  else if (hasPos) at = ` at line ${e.line} col ${e.column}`;
  else if (e.path.length) at = ` at ${pathString(e.path)}`;
  return `${e.level}${at}: ${e.message}`;
}
