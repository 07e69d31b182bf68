// `kindling lint [--raw-errors] [-d DIR] [--strict] FILE`: Butane's own report plus Kindling's
// Flatcar-aware checks, in Butane's format, with `kindling butane`'s exit statuses.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { transpile } from "../transpile";
import { lintButane } from "../lint";
import { parseCommand, usageText, type FlagSpec } from "./args";
import type { Io } from "./butane-command";
import { nodeFilesDir } from "./node-files";
import { formatReport } from "./pretty-report";

const specs: FlagSpec[] = [
  { long: "help", short: "h", help: "show usage and exit" },
  { long: "strict", short: "s", help: "fail on any warning (Butane's or Kindling's)" },
  { long: "raw-errors", help: "one line per problem instead of the annotated source" },
  { long: "files-dir", short: "d", value: true, help: "directory holding the config's local: files" },
];

export function runLint(argv: string[], io: Io): number {
  const parsed = parseCommand(argv, specs, io, usageText("kindling lint", specs), { max: 1 });
  if (typeof parsed === "number") return parsed;
  const { flags, operands } = parsed;
  const input = operands[0];
  let text: string;
  try {
    text = (input ? readFileSync(input) : io.stdin()).toString("utf8");
  } catch (e) {
    io.stderr(`failed to open ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const dir = flags.get("files-dir");
  const filesDir = typeof dir === "string" && dir !== "" ? dir : undefined;
  const result = transpile(text, { filesDir: filesDir ? nodeFilesDir(filesDir) : undefined });
  const hasLocalFile = (p: string) => {
    if (!filesDir) return true; // without -d, Butane itself reports every local: file
    const full = resolve(join(filesDir, p));
    return (full + sep).startsWith(resolve(filesDir) + sep) && existsSync(full) && statSync(full).isFile();
  };
  const findings = lintButane(text, { engineReport: result.report, hasLocalFile });
  const entries = [...result.report, ...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const colorize = io.env.NO_COLOR === undefined && io.isTty;
  io.stderr(formatReport(entries, input ?? "<stdin>", text, colorize, flags.has("raw-errors")));
  if (result.error !== undefined) {
    io.stderr(`Error translating config: ${result.error}\n`);
    return 1;
  }
  if (flags.has("strict") && entries.length > 0) {
    io.stderr("Config produced warnings and --strict was specified\n");
    return 1;
  }
  return 0;
}
