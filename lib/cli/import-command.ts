// `kindling import [--format ignition|cloud-config] [-d DIR] FILE`: prints a Butane config made from an
// Ignition config; binary contents are written below DIR and read back through `local:`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { detectFormat, importConfig } from "../import";
import { parseCommand, type FlagSpec } from "./args";
import type { Io } from "./butane-command";

const USAGE = "Usage: kindling import [--format ignition|cloud-config] [-d DIR] FILE\n";

const specs: FlagSpec[] = [
  { long: "format", value: true, help: "the input's format: ignition or cloud-config; guessed when not given" },
  { long: "files-dir", short: "d", value: true, help: "write binary contents below DIR (default: the current directory)" },
  { long: "help", short: "h", help: "show usage and exit" },
];

export function runImport(argv: string[], io: Io): number {
  const parsed = parseCommand(argv, specs, io, USAGE + "Prints the Butane config made from an Ignition config or a cloud-config.\n", { max: 1 });
  if (typeof parsed === "number") return parsed;
  const { flags, operands } = parsed;
  const format = flags.get("format");
  if (format !== undefined && format !== "ignition" && format !== "cloud-config") {
    io.stderr(`unknown format "${String(format)}" (ignition or cloud-config)\n`);
    return 2;
  }
  const input = operands[0];
  let text: string;
  try {
    text = (!input || input === "-" ? io.stdin() : readFileSync(input)).toString("utf8");
  } catch (e) {
    io.stderr(`failed to open ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const kind = format ?? detectFormat(text);
  if (kind === "butane") {
    io.stderr("Error: the input is neither an Ignition config (JSON with ignition.version) nor a cloud-config (#cloud-config); use --format\n");
    return 1;
  }
  let r;
  try {
    r = importConfig(text, kind);
  } catch (e) {
    io.stderr(`Error: ${(e as Error).message}\n`);
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
