// `npm run bench` (engine part): time to transpile a small config, a 1 MB config and a config of
// 2,000 files and 500 units, and what one run of the 1 MB config allocates. Targets: the 1 MB
// config under 60 ms (warm median), the other large one under 100 ms, and the 1 MB config's
// allocation at most half the figure recorded before the speed work (ALLOCATED_BEFORE).
//
// The engine is measured as it ships: one esbuild bundle, as the CLI and the designer's Web Worker
// run it (not the TypeScript sources through a development loader, which adds its own cost), and
// after warm-up runs, so that what is timed is the settled code rather than the JIT at work.
import { buildSync } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Engine from "../lib";
import { largeConfig, manyNodesConfig, smallConfig } from "./configs";
import { verdict } from "./report";

/** Bytes one transpile of the 1 MB config allocated on main before issue 15 (2026-12-05). */
const ALLOCATED_BEFORE = 61e6;

const dir = mkdtempSync(join(tmpdir(), "kindling-bench-"));
const engineFile = join(dir, "engine.cjs");

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
  writeFileSync(engineFile, out.outputFiles[0].text);
  return createRequire(engineFile)(engineFile) as typeof Engine;
}

const { transpile } = bundledEngine();
const WARM_UP_RUNS = 5;

function time(label: string, text: string, runs: number, target?: number): void {
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
    `${label.padEnd(28)} ${kb.padStart(6)} KiB  median ${median.toFixed(1).padStart(7)} ms  min ${samples[0].toFixed(1)} ms  max ${samples[samples.length - 1].toFixed(1)} ms  (${runs} runs after ${WARM_UP_RUNS} warm-up)` +
      (target ? `  ${verdict(median < target, `target < ${target} ms`)}` : ""),
  );
}

/** Allocation of one run, measured in a child Node whose young generation holds a whole run. */
function allocated(label: string, text: string): void {
  const file = join(dir, "alloc.bu");
  writeFileSync(file, text);
  const script = join(__dirname, "engine-alloc.cjs");
  const bytes = Number(execFileSync(process.execPath, ["--expose-gc", "--max-semi-space-size=1024", script, engineFile, file, "7"], { encoding: "utf8" }));
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `${label.padEnd(28)} ${(text.length / 1024).toFixed(0).padStart(6)} KiB  ${mb(bytes)} allocated per run (before: ${mb(ALLOCATED_BEFORE)})  ${verdict(bytes <= ALLOCATED_BEFORE / 2, `target ≤ ${mb(ALLOCATED_BEFORE / 2)}`)}`,
  );
}

time("small config", smallConfig(), 50);
time("1 MB config", largeConfig(1024 * 1024), 20, 60);
time("2,000 files + 500 units", manyNodesConfig(2000, 500), 20, 100);
allocated("1 MB config allocation", largeConfig(1024 * 1024));
