// `npm run export`: the static classroom build in out/ (next build with KINDLING_EXPORT=1).
// Next writes its build files to .next even for an export, so the `.next` of `next start`
// is moved aside meanwhile and put back after, whatever happens.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";

const KEEP = ".next-server-kept";
const kept = existsSync(".next");
if (existsSync(KEEP)) rmSync(KEEP, { recursive: true, force: true });
if (kept) renameSync(".next", KEEP);
let status = 1;
try {
  rmSync("out", { recursive: true, force: true });
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, KINDLING_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  status = r.status ?? 1;
} finally {
  rmSync(".next", { recursive: true, force: true });
  if (kept) renameSync(KEEP, ".next");
}
if (status === 0) console.log("static site written to out/ (serve it with: python3 -m http.server -d out)");
process.exit(status);
