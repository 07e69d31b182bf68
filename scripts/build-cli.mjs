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
});
