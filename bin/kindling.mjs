#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli` into dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/kindling-cli.mjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("kindling: the CLI is not built yet; run `npm run build:cli` first\n");
  process.exit(2);
}
const { main } = await import(bundle);
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting.
process.exitCode = code;
