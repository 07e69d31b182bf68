// Bundles the CLI (lib/cli/main.ts and the engine) into one ES module for fast start-up.
import { build } from "esbuild";

await build({
  entryPoints: ["lib/cli/entry.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/kindling-cli.mjs",
  sourcemap: "linked",
  logLevel: "warning",
  // Some CommonJS dependencies require() Node built-ins; give the ES module bundle a require.
  banner: { js: 'import { createRequire as __kindlingCreateRequire } from "node:module"; const require = __kindlingCreateRequire(import.meta.url);' },
});
