// Refreshes tests/conformance/ from the workplace's shared corpus (../shared/conformance),
// adding new cases and updating changed ones. The suite itself only reads tests/conformance.
import { cpSync, existsSync } from "node:fs";

const from = process.argv[2] ?? "../shared/conformance";
if (!existsSync(from)) {
  console.error(`no corpus at ${from}`);
  process.exit(1);
}
for (const part of ["cases", "check.mjs", "NOTES.md"]) {
  cpSync(`${from}/${part}`, `tests/conformance/${part}`, { recursive: true });
}
console.log(`tests/conformance refreshed from ${from}`);
