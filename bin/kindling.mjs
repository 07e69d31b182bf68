#!/bin/sh
":" //; p=$0; [ -L "$p" ] && p=$(readlink -f "$p"); case $p in */*) ;; *) p=./$p;; esac; d=${p%/*}/../dist; n=$(command -v node); if [ "$1" = butane ] && [ -f "$d/kindling.blob" ] && [ "$d/kindling.blob" -nt "$n" ]; then exec "$n" --snapshot-blob "$d/kindling.blob" -- "$@"; else exec "$n" "$0" "$@"; fi
// The line above is for the shell (this file is both a shell script and an ES module): run
// directly (`npx kindling`, `./bin/kindling.mjs`), `kindling butane …` starts Node from the
// CLI's start-up snapshot, dist/kindling.blob, when there is one built no earlier than the
// Node binary (start-up at about Node's own; the shell forks nothing more unless the script
// is reached through a symlink). Other commands, and any run under `node bin/kindling.mjs`,
// go through the lines below, which import the bundled CLI. Both are built by
// `npm run build:cli`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/kindling-cli.mjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("kindling: the CLI is not built yet; run `npm run build:cli` first\n");
  process.exit(2);
}
const { main } = await import(bundle);
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting.
process.exitCode = code;
