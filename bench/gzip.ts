// gzip part of the benchmarks (import it from bench/run.ts): lib/gzip's gzipBest on 1 MiB inputs and
// on many small files. Level 9 costs what it costs: Go's own compress/flate needed about 85 ms (text),
// 270 ms (lines), 145 ms (mixed), 17 ms (random) and 17 ms (runs) of CPU on the machine where this
// was written, where gzipBest needed about 95, 250, 165, 33 and 22 ms.
import { gzipBest } from "../lib/gzip";
import { makeInput, type InputKind } from "../tests/unit/gzip/inputs";

function report(label: string, kib: number, samples: number[], note: string): void {
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(
    `${label.padEnd(28)} ${kib.toFixed(0).padStart(6)} KiB  median ${median.toFixed(1).padStart(7)} ms  min ${samples[0].toFixed(1)} ms  (${samples.length} runs${note})`,
  );
}

function timeLarge(kind: InputKind, runs: number): void {
  const data = makeInput(kind, 1 << 20, 1);
  const outLength = gzipBest(data).length; // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    gzipBest(data);
    samples.push(performance.now() - t0);
  }
  report(`gzip 1 MiB ${kind}`, 1024, samples, `, ${outLength} bytes out`);
}

function timeSmallFiles(count: number, runs: number): void {
  const files = Array.from({ length: count }, (_, i) => makeInput(i % 3 ? "lines" : "text", 200 + (i % 50) * 20, i + 1));
  const kib = files.reduce((sum, f) => sum + f.length, 0) / 1024;
  for (const f of files) gzipBest(f); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const f of files) gzipBest(f);
    samples.push(performance.now() - t0);
  }
  report(`gzip ${count.toLocaleString("en")} small files`, kib, samples, "");
}

for (const kind of ["text", "lines", "random", "runs", "mixed"] as const) timeLarge(kind, 7);
timeSmallFiles(2000, 7);
