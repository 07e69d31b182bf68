// `kindling butane`: the `butane` command's flags, output and exit statuses.
import { readFileSync, writeFileSync } from "node:fs";
import { transpile } from "../transpile";
import { parseArgs, usageText, UsageError, type FlagSpec } from "./args";
import { nodeFilesDir } from "./node-files";
import { formatReport } from "./pretty-report";

export const VERSION = "Butane-compatible kindling 0.1.0 (Butane 0.29.0 rules)";

const specs: FlagSpec[] = [
  { long: "help", short: "h", help: "show usage and exit" },
  { long: "version", short: "V", help: "print the version and exit" },
  { long: "check", short: "c", help: "check config without producing output" },
  { long: "strict", short: "s", help: "fail on any warning" },
  { long: "pretty", short: "p", help: "output formatted json" },
  { long: "raw", short: "r", help: "never wrap in a MachineConfig; force Ignition output" },
  { long: "raw-errors", help: "show raw errors, rather than pretty printing them" },
  { long: "color", value: true, help: 'control color output: "auto", "always", or "never"' },
  { long: "output", short: "o", value: true, help: "write to output file instead of stdout" },
  { long: "files-dir", short: "d", value: true, help: "allow embedding local files from this directory" },
];

export interface Io {
  stdin: () => Buffer;
  stdout: (b: string | Uint8Array) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

export type OutputHook = (output: string, flags: Map<string, string | true>) => string;

/** Extra output encodings (e.g. --data-url) can register here without this file knowing them. */
export const extraFlags: FlagSpec[] = [];
export const outputHooks: OutputHook[] = [];

/** --color, else color when stderr is a terminal and NO_COLOR is unset. */
function colorize(flags: Map<string, string | true>, io: Io): boolean {
  const flag = flags.get("color");
  if (flag === "always" || flag === "yes") return true;
  if (flag === "never" || flag === "no") return false;
  return io.env.NO_COLOR === undefined && io.isTty;
}

export function runButane(argv: string[], io: Io): number {
  const all = [...specs, ...extraFlags];
  let parsed;
  try {
    parsed = parseArgs(argv, all);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${usageText("kindling butane", all)}`);
    return 2;
  }
  const { flags, operands } = parsed;
  if (operands.length > 1) {
    io.stderr(usageText("kindling butane", all));
    return 2;
  }
  if (flags.has("help")) {
    io.stdout(usageText("kindling butane", all));
    return 0;
  }
  if (flags.has("version")) {
    io.stdout(VERSION + "\n");
    return 0;
  }
  const input = operands[0];
  let data: Buffer;
  try {
    data = input ? readFileSync(input) : io.stdin();
  } catch (e) {
    io.stderr(`failed to open ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const text = data.toString("utf8");
  const filesDirName = flags.get("files-dir");
  const result = transpile(text, {
    pretty: flags.has("pretty"),
    raw: flags.has("raw"),
    filesDir: typeof filesDirName === "string" && filesDirName !== "" ? nodeFilesDir(filesDirName) : undefined,
  });

  if (result.report.length > 0) io.stderr(formatReport(result.report, input ?? "<stdin>", text, colorize(flags, io), flags.has("raw-errors")));
  if (result.error !== undefined) {
    io.stderr(`Error translating config: ${result.error}\n`);
    return 1;
  }
  if (flags.has("strict") && result.report.length > 0) {
    io.stderr("Config produced warnings and --strict was specified\n");
    return 1;
  }
  if (flags.has("check")) return 0;

  let output = result.output ?? "";
  for (const hook of outputHooks) output = hook(output, flags);
  const out = flags.get("output");
  if (typeof out === "string" && out !== "") {
    try {
      writeFileSync(out, output + "\n", { mode: 0o644 });
    } catch (e) {
      io.stderr(`failed to open ${out}: ${(e as Error).message}\n`);
      return 1;
    }
  } else io.stdout(output + "\n");
  return 0;
}
