// `npm run bench` (engine part): time to transpile a small config, a 1 MB config and a config of
// 2,000 files and 500 units. Target: the large ones under 100 ms each.
//
// The engine is measured as it ships: one esbuild bundle, as the CLI and the designer's Web Worker
// run it (not the TypeScript sources through a development loader, which adds its own cost), and
// after warm-up runs, so that what is timed is the settled code rather than the JIT at work.
import { buildSync } from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Engine from "../lib";
import { largeConfig, manyNodesConfig, smallConfig } from "./configs";

function bundledEngine(): typeof Engine {
  const out = buildSync({
    entryPoints: [join(process.cwd(), "lib/index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "warning",
  });
  const file = join(mkdtempSync(join(tmpdir(), "kindling-bench-")), "engine.cjs");
  writeFileSync(file, out.outputFiles[0].text);
  return createRequire(file)(file) as typeof Engine;
}

const { transpile } = bundledEngine();
const WARM_UP_RUNS = 5;

function time(label: string, text: string, runs: number): void {
  const first = transpile(text); // a sanity check of the output
  if (first.error) throw new Error(`${label}: ${first.error}`);
  for (let i = 1; i < WARM_UP_RUNS; i++) transpile(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    transpile(text);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const kb = (text.length / 1024).toFixed(0);
  console.log(
    `${label.padEnd(28)} ${kb.padStart(6)} KiB  median ${median.toFixed(1).padStart(7)} ms  min ${samples[0].toFixed(1)} ms  max ${samples[samples.length - 1].toFixed(1)} ms  (${runs} runs after ${WARM_UP_RUNS} warm-up)`,
  );
}

time("small config", smallConfig(), 50);
time("1 MB config", largeConfig(1024 * 1024), 20);
time("2,000 files + 500 units", manyNodesConfig(2000, 500), 20);
