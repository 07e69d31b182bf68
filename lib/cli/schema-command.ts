// `kindling schema --variant flatcar --version 1.1.0`: prints the JSON Schema (draft-07) of a
// Butane spec, for editors' YAML language servers.
import { writeFileSync } from "node:fs";
import { butaneJsonSchema, schemaSpecs } from "../json-schema";
import { parseArgs, UsageError, type FlagSpec } from "./args";
import type { Io } from "./butane-command";

const USAGE = "Usage: kindling schema --variant VARIANT --version VERSION [-o FILE]\n       kindling schema --list\n";

const specs: FlagSpec[] = [
  { long: "variant", value: true, help: "the Butane variant (flatcar, fcos, openshift, r4e, fiot)" },
  { long: "version", value: true, help: "the spec version, e.g. 1.1.0" },
  { long: "output", short: "o", value: true, help: "write to FILE instead of stdout" },
  { long: "list", help: "list the specs that have a schema" },
  { long: "help", short: "h", help: "show usage and exit" },
];

export function runSchema(argv: string[], io: Io): number {
  let flags;
  try {
    flags = parseArgs(argv, specs).flags;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${USAGE}`);
    return 2;
  }
  if (flags.has("help")) {
    io.stdout(USAGE + "Prints the JSON Schema (draft-07) of a Butane spec.\n");
    return 0;
  }
  if (flags.has("list")) {
    io.stdout(schemaSpecs().map((s) => `${s.variant} ${s.version}\n`).join(""));
    return 0;
  }
  const variant = flags.get("variant");
  const version = flags.get("version");
  if (typeof variant !== "string" || typeof version !== "string") {
    io.stderr(`--variant and --version are required\n${USAGE}`);
    return 2;
  }
  const schema = butaneJsonSchema(variant, version);
  if (!schema) {
    io.stderr(`no spec ${variant} ${version}; kindling schema --list shows them\n`);
    return 1;
  }
  const text = JSON.stringify(schema, null, 2) + "\n";
  const out = flags.get("output");
  if (typeof out === "string") writeFileSync(out, text);
  else io.stdout(text);
  return 0;
}
