// The `kindling` command line: `kindling butane …` and friends.
import { runButane, type Io } from "./butane-command";
import { runImport } from "./import-command";
import { runSchema } from "./schema-command";
import { runPasswd } from "./passwd-command";
import { runLint } from "./lint-command";
import { nodeIo } from "./node-io";

type Command = (argv: string[], io: Io) => number | Promise<number>;

/** Subcommands; other modules (share links) add theirs here. */
export const commands: Record<string, { run: Command; help: string }> = {
  butane: { run: runButane, help: "translate a Butane config to Ignition (flags as the butane command)" },
  import: { run: runImport, help: "print the Butane config made from an Ignition config or a cloud-config" },
  schema: { run: runSchema, help: "print the JSON Schema of a Butane spec (--variant, --version)" },
  lint: { run: runLint, help: "Butane's report plus Kindling's Flatcar-aware checks (flags: --strict, --raw-errors, -d DIR)" },
  passwd: { run: (argv, io) => runPasswd(argv, io), help: "hash a password (stdin) for password_hash: yescrypt or sha512crypt" },
};

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`);
  return `Usage: kindling <command> [options]\nCommands:\n${rows.join("\n")}\n`;
}

/** Runs one command line; `io` is the process's streams unless a caller (a test) gives its own. */
export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    (name ? io.stdout : io.stderr)(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return command.run(rest, io);
}
