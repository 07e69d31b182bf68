// Entry of the CLI's V8 start-up snapshot (built by scripts/build-cli.mjs with
// `node --build-snapshot`; run by bin/kindling.mjs as `node --snapshot-blob … -- butane ARGS`).
// The snapshot holds `kindling butane` only — the engine, the command and its output
// encodings — with the engine's common paths compiled by a few warm-up runs, so a run skips
// parsing, module evaluation and most lazy compilation. The other commands (share, import,
// lint, passwd, schema: their libraries would double the snapshot, and reading a larger
// snapshot costs every start) run from the module bundle; bin/kindling.mjs picks.
// Nothing here may read the environment, the working directory or the standard streams at
// build time: all of that happens in the main function.
import * as v8 from "node:v8";
import { runButane } from "./butane-command";
import "./butane-encodings";
import { nodeIo } from "./node-io";
import { warmUpEngine } from "./warm-up";

warmUpEngine();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // argv is [node, "butane", ...the user's arguments] when a snapshot's main function runs
  process.exitCode = runButane(process.argv.slice(2), nodeIo());
});
