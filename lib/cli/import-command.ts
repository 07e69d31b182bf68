// `kindling import [--format ignition] [-d DIR] FILE`: prints a Butane config made from an
// Ignition config; binary contents are written below DIR and read back through `local:`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ImportError, importIgnition } from "../import/ignition";
import { parseArgs, UsageError, type FlagSpec } from "./args";
import type { Io } from "./butane-command";

const USAGE = "Usage: kindling import [--format ignition] [-d DIR] FILE\n";

const specs: FlagSpec[] = [
  { long: "format", value: true, help: "the input's format (ignition); guessed when not given" },
  { long: "files-dir", short: "d", value: true, help: "write binary contents below DIR (default: the current directory)" },
  { long: "help", short: "h", help: "show usage and exit" },
];

export function runImport(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs(argv, specs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${USAGE}`);
    return 2;
  }
  const { flags, operands } = parsed;
  if (flags.has("help") || operands.length > 1) {
    (flags.has("help") ? io.stdout : io.stderr)(USAGE + "Prints the Butane config equivalent to an Ignition config.\n");
    return flags.has("help") ? 0 : 2;
  }
  const format = flags.get("format");
  if (format !== undefined && format !== "ignition") {
    io.stderr(`unsupported format "${String(format)}" (ignition)\n`);
    return 2;
  }
  const text = !operands[0] || operands[0] === "-" ? io.stdin().toString("utf8") : readFileSync(operands[0], "utf8");
  let r;
  try {
    r = importIgnition(text);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    io.stderr(`Error: ${e.message}\n`);
    return 1;
  }
  const dir = typeof flags.get("files-dir") === "string" ? (flags.get("files-dir") as string) : ".";
  for (const [name, bytes] of Object.entries(r.files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
    io.stderr(`wrote ${p} (binary contents; transpile with -d ${dir})\n`);
  }
  for (const w of r.warnings) io.stderr(`warning: ${w}\n`);
  io.stdout(r.butane);
  return 0;
}
