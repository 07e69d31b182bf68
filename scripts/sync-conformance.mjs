// Refreshes tests/conformance/ from the workplace's shared corpus (../shared/conformance),
// adding new cases and updating changed ones. The suite itself only reads tests/conformance.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const from = process.argv[2] ?? "../shared/conformance";
if (!existsSync(from)) {
  console.error(`no corpus at ${from}`);
  process.exit(1);
}
for (const part of ["cases", "check.mjs", "NOTES.md"]) {
  cpSync(`${from}/${part}`, `tests/conformance/${part}`, { recursive: true });
}
// The shared copy is read-only; keep ours writable, and put back symlinks a copy without
// symlink support flattened into files.
// Only the owner's write bit is added: execute bits are part of a case (trees keep modes).
const writable = (p) => {
  chmodSync(p, statSync(p).mode | 0o200);
  if (statSync(p).isDirectory()) for (const n of readdirSync(p)) writable(join(p, n));
};
writable("tests/conformance/cases");
execFileSync(process.execPath, ["scripts/restore-symlinks.mjs", "tests/conformance/cases"], { stdio: "inherit" });
console.log(`tests/conformance refreshed from ${from}`);
