// `npm run bench` (CLI part): the wall time of `kindling butane` as a user runs it (the bin
// script executed directly, as `npx kindling` does) beside baselines measured in the same run,
// interleaved so that a busy machine slows every side alike:
// - a small config against `node -e 0` (Node's own start-up); target: within 1.3x;
// - the 1 MB config against Go Butane 0.29.0 (the binary named by env BUTANE, else `butane` on
//   PATH; skipped with a note when there is none); target: within 0.35x of Go's time.
// Run alone: `node --import tsx bench/cli.ts` (after `npm run build:cli`).
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { largeConfig, smallConfig } from "./configs";
import { median, verdict } from "./report";

const root = join(__dirname, "..");
const kindling = join(root, "bin", "kindling.mjs");
const dir = mkdtempSync(join(tmpdir(), "kindling-bench-cli-"));
const small = join(dir, "small.bu");
const large = join(dir, "large.bu");
writeFileSync(small, smallConfig());
writeFileSync(large, largeConfig(1024 * 1024));

function findButane(): string | undefined {
  if (process.env.BUTANE) return process.env.BUTANE;
  for (const d of (process.env.PATH ?? "").split(delimiter)) {
    const p = join(d, "butane");
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Wall time of one run in ms; throws when the command fails. */
function wall(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** Runs each command `runs` times, round-robin, after one untimed run each; medians in ms. */
function interleaved(cmds: Record<string, [string, string[]]>, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = {};
  for (const [name, [cmd, args]] of Object.entries(cmds)) {
    wall(cmd, args);
    samples[name] = [];
  }
  for (let i = 0; i < runs; i++) for (const [name, [cmd, args]] of Object.entries(cmds)) samples[name].push(wall(cmd, args));
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

const butane = findButane();
const small_ = interleaved(
  {
    node: [process.execPath, ["-e", "0"]],
    kindling: [kindling, ["butane", small]],
    ...(butane ? { butane: [butane, [small]] } : {}),
  },
  31, // start-up figures swing by ±10 ms per process on a shared VM: enough runs for a steady median
);
const ratioSmall = small_.kindling / small_.node;
console.log(
  `CLI small config             kindling ${small_.kindling.toFixed(0)} ms, node -e 0 ${small_.node.toFixed(0)} ms: ${ratioSmall.toFixed(2)}x  ${verdict(ratioSmall <= 1.3, "target ≤ 1.3x of node -e 0")}` +
    (small_.butane ? `  (Go Butane ${small_.butane.toFixed(0)} ms)` : ""),
);
if (!butane) {
  const t = interleaved({ kindling: [kindling, ["butane", large]] }, 5);
  console.log(`CLI 1 MB config              kindling ${t.kindling.toFixed(0)} ms; Go Butane not available (set BUTANE=…)`);
} else {
  const t = interleaved({ kindling: [kindling, ["butane", large]], butane: [butane, [large]] }, 5);
  const ratio = t.kindling / t.butane;
  console.log(
    `CLI 1 MB config              kindling ${t.kindling.toFixed(0)} ms, Go Butane ${t.butane.toFixed(0)} ms: ${ratio.toFixed(2)}x  ${verdict(ratio <= 0.35, "target ≤ 0.35x of Go Butane")}`,
  );
}
