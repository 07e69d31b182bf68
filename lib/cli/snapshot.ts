// Entry of the CLI's V8 start-up snapshot (built by scripts/build-cli.mjs with
// `node --build-snapshot`; run by bin/kindling.mjs as `node --snapshot-blob … -- butane ARGS`).
// The snapshot holds `kindling butane` only — the engine, the command and its output
// encodings — with the command's and the engine's common paths compiled by a few warm-up
// runs, so a run skips parsing, module evaluation and most lazy compilation. Every start reads
// the whole snapshot, so it carries nothing it can do without: the other commands (share,
// import, lint, passwd, schema) run from the module bundle (bin/kindling.mjs picks), and
// gzip's tables are let go after the warm-up (a run that needs them makes them anew).
// Nothing here may read the environment, the working directory or the standard streams at
// build time: all of that happens in the main function.
import * as v8 from "node:v8";
import { runButane } from "./butane-command";
import "./butane-encodings";
import { nodeIo } from "./node-io";
import { warmUpButane } from "./warm-up";
import { releaseDeflateTables } from "../gzip";

warmUpButane();
releaseDeflateTables();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // argv is [node, "butane", ...the user's arguments] when a snapshot's main function runs
  process.exitCode = runButane(process.argv.slice(2), nodeIo());
});
