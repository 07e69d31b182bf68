// `npm start`: build the designer when there is no build or the sources are newer than it,
// then serve it with `next start` on port 3000 (PORT overrides).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = new URL("..", import.meta.url).pathname;
const sources = ["app", "components", "lib", "public", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) if (name !== "node_modules") t = Math.max(t, newest(join(path, name)));
  return t;
}

const buildId = join(root, ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map((s) => newest(join(root, s))));
const next = join(root, "node_modules", ".bin", "next");

// the command line is part of the product too: keep its bundle current (it takes a second)
const cli = join(root, "dist", "kindling-cli.mjs");
if ((existsSync(cli) ? statSync(cli).mtimeMs : 0) < newest(join(root, "lib"))) {
  spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "inherit" });
}

if (builtAt < changedAt) {
  console.log(builtAt ? "Sources changed since the last build: rebuilding…" : "No build yet: building…");
  const r = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.PORT || "3000";
const server = spawn(next, ["start", "-p", port], { cwd: root, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
