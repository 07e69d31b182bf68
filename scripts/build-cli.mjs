// Bundles the CLI (lib/cli/main.ts and the engine) for fast start-up:
// - dist/kindling-cli.mjs: one ES module, what `node bin/kindling.mjs` imports;
// - dist/kindling.blob: a V8 start-up snapshot of `kindling butane` (lib/cli/snapshot.ts), what
//   bin/kindling.mjs runs when executed directly (`npx kindling`, `./bin/kindling.mjs`). It is
//   built for the Node binary running this script; when it cannot be built the CLI falls
//   back to the module (a warning says so).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };

await build({
  ...common,
  entryPoints: ["lib/cli/entry.ts"],
  format: "esm",
  outfile: "dist/kindling-cli.mjs",
  sourcemap: "linked",
  // Some CommonJS dependencies require() Node built-ins; give the ES module bundle a require.
  banner: { js: 'import { createRequire as __kindlingCreateRequire } from "node:module"; const require = __kindlingCreateRequire(import.meta.url);' },
});

// A snapshot entry must be one CommonJS script that requires only Node's built-ins.
const blob = "dist/kindling.blob";
const script = "dist/kindling-snapshot.cjs";
rmSync(blob, { force: true });
// Minified: the snapshot carries the script's source text and names, and every start reads them.
await build({ ...common, entryPoints: ["lib/cli/snapshot.ts"], format: "cjs", outfile: script, minify: true });
const r = spawnSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", script], { encoding: "utf8" });
if (r.status !== 0) {
  rmSync(blob, { force: true });
  process.stderr.write(`build-cli: no start-up snapshot (the CLI will start without one):\n${r.stderr}`);
}
