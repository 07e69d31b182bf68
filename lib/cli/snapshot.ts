// Entry of the CLI's V8 start-up snapshot (built by scripts/build-cli.mjs with
// `node --build-snapshot`; run by bin/kindling.mjs as `node --snapshot-blob … -- ARGS`).
// The snapshot holds the whole CLI already loaded, every command registered, and the
// engine's common paths compiled by a few warm-up runs, so a run skips parsing, module
// evaluation and most lazy compilation. Nothing here may read the environment, the working
// directory or the standard streams at build time: all of that happens inside main().
import * as v8 from "node:v8";
import { main } from "./entry";
import { warmUpEngine } from "./warm-up";

warmUpEngine();

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  // argv is [node, ...the user's arguments] when a snapshot's main function runs
  process.exitCode = await main(process.argv.slice(1));
});
