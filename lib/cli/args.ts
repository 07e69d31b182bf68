// A small GNU/pflag-style argument parser: "-p", "--pretty", "-ps", "-d DIR", "-dDIR",
// "--files-dir DIR", "--files-dir=DIR", "--" ends options, options and operands may mix.

export interface FlagSpec {
  long: string;
  short?: string;
  /** Takes a value ("-d DIR"); otherwise a boolean switch. */
  value?: boolean;
  help: string;
  hidden?: boolean;
}

export interface Parsed {
  flags: Map<string, string | true>;
  operands: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], specs: FlagSpec[]): Parsed {
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags = new Map<string, string | true>();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (spec.value) {
        if (eq >= 0) flags.set(spec.long, a.slice(eq + 1));
        else if (i + 1 < argv.length) flags.set(spec.long, argv[++i]);
        else throw new UsageError(`flag needs an argument: --${name}`);
      } else {
        if (eq >= 0 && !/^(true|1|t|T|TRUE|True)$/.test(a.slice(eq + 1))) flags.delete(spec.long);
        else flags.set(spec.long, true);
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const spec = byShort.get(a[j]);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${a[j]}' in ${a}`);
        if (spec.value) {
          const rest = a.slice(j + 1);
          if (rest) flags.set(spec.long, rest.startsWith("=") ? rest.slice(1) : rest);
          else if (i + 1 < argv.length) flags.set(spec.long, argv[++i]);
          else throw new UsageError(`flag needs an argument: '${a[j]}' in ${a}`);
          break;
        }
        flags.set(spec.long, true);
      }
      continue;
    }
    operands.push(a);
  }
  return { flags, operands };
}

export function usageText(command: string, specs: FlagSpec[]): string {
  const rows = specs
    .filter((s) => !s.hidden)
    .map((s) => {
      const names = (s.short ? `-${s.short}, ` : "    ") + `--${s.long}` + (s.value ? " string" : "");
      return `  ${names.padEnd(26)} ${s.help}`;
    });
  return `Usage: ${command} [options] [input-file]\nOptions:\n${rows.join("\n")}\n`;
}

/** Where a command prints its usage (a subset of the CLI's Io, kept here so args.ts imports nothing). */
export interface UsageIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/**
 * A subcommand's flags and operands, or the exit status once usage has been printed: 0 for
 * --help (usage on stdout), 2 for a bad flag or a wrong number of operands (on stderr).
 */
export function parseCommand(argv: string[], specs: FlagSpec[], io: UsageIo, usage: string, operands: { min?: number; max: number }): Parsed | number {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv, specs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${usage}`);
    return 2;
  }
  if (parsed.flags.has("help")) {
    io.stdout(usage);
    return 0;
  }
  const n = parsed.operands.length;
  if (n < (operands.min ?? 0) || n > operands.max) {
    io.stderr(n > operands.max && operands.max === 0 ? `unexpected argument: ${parsed.operands[0]}\n${usage}` : usage);
    return 2;
  }
  return parsed;
}
