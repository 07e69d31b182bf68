// `npm run bench` (engine part): time to transpile a small config, a 1 MB config and a
// config of 2,000 files and 500 units. Target: the large ones under 100 ms each.
import { transpile } from "../lib";
import { largeConfig, manyNodesConfig, smallConfig } from "./configs";

function time(label: string, text: string, runs: number): void {
  const first = transpile(text); // warm-up, and a sanity check of the output
  if (first.error) throw new Error(`${label}: ${first.error}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    transpile(text);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const kb = (text.length / 1024).toFixed(0);
  console.log(`${label.padEnd(28)} ${kb.padStart(6)} KiB  median ${median.toFixed(1).padStart(7)} ms  min ${samples[0].toFixed(1)} ms  (${runs} runs)`);
}

time("small config", smallConfig(), 50);
time("1 MB config", largeConfig(1024 * 1024), 10);
time("2,000 files + 500 units", manyNodesConfig(2000, 500), 10);
