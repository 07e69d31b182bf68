// Butane's human-readable report: each entry with the offending YAML line, two lines of
// context either side, and a caret underline up to the next white space.
import type { Entry } from "../go/report";
import { formatEntry } from "../go/report";
import { pathString } from "../go/path";

const RED = "\x1b[1;31m";
const YELLOW = "\x1b[1;33m";
const CYAN = "\x1b[1;36m";
const BLUE = "\x1b[1;34m";
const RESET = "\x1b[0m";

const levelColor = { error: RED, warning: YELLOW, info: CYAN } as const;

export function formatReport(entries: Entry[], fileName: string, source: string, colorize: boolean, raw: boolean): string {
  if (raw) return entries.map((e) => formatEntry(e) + "\n").join("");
  const lines = source.split("\n");
  return entries.map((e) => formatPretty(e, fileName, lines, colorize)).join("\n");
}

function formatPretty(e: Entry, fileName: string, lines: string[], colorize: boolean): string {
  const paint = (text: string, code: string) => (colorize ? code + text + RESET : text);
  const line = e.line ?? 0;
  const col = e.column ?? 0;
  if (line < 1 || line > lines.length || col < 1 || col > [...lines[line - 1]].length) return formatEntry(e) + "\n";

  const path = e.path.length ? `[${pathString(e.path)}]` : "";
  let out = `${paint(e.level, levelColor[e.level])}${path}:\n`;
  out += `  ${paint("-->", BLUE)} ${fileName}:${line}:${col}\n`;
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const gutter = String(last).length;
  const blank = " ".repeat(gutter);
  out += ` ${blank} |\n`;
  for (let n = first; n <= last; n++) {
    out += ` ${paint(String(n).padStart(gutter), BLUE)} | ${lines[n - 1]}\n`;
    if (n === line) {
      const chars = [...lines[n - 1]];
      const rest = chars.slice(col - 1);
      let width = rest.findIndex((c) => /\s/u.test(c));
      if (width < 0) width = rest.length;
      out += ` ${blank} | ${" ".repeat(col - 1)}${paint("^".repeat(width), BLUE)} ${e.message}\n`;
    }
  }
  out += ` ${blank} |\n`;
  return out;
}
