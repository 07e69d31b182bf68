// Child of bench/engine.ts: bytes one transpile of the given config allocates, measured as
// the growth of the heap over one run with the young generation made large enough that no
// garbage collection happens during it (checked: a run that saw a collection is retried).
// argv: engine bundle (CommonJS), config file, runs. Prints the median in bytes.
// Run as: node --expose-gc --max-semi-space-size=1024 bench/engine-alloc.cjs ENGINE FILE RUNS
const { readFileSync } = require("node:fs");
const { PerformanceObserver } = require("node:perf_hooks");
const [engineFile, configFile, runs] = process.argv.slice(2);
const { transpile } = require(engineFile);
const text = readFileSync(configFile, "utf8");
let gcs = 0;
new PerformanceObserver((list) => (gcs += list.getEntries().length)).observe({ entryTypes: ["gc"] });
for (let i = 0; i < 5; i++) transpile(text);
(async () => {
  const samples = [];
  for (let tries = 0; samples.length < Number(runs) && tries < 5 * Number(runs); tries++) {
    global.gc();
    await new Promise((r) => setTimeout(r, 0)); // let the observer count the forced collection
    const seen = gcs;
    const before = process.memoryUsage().heapUsed;
    transpile(text);
    const grown = process.memoryUsage().heapUsed - before;
    await new Promise((r) => setTimeout(r, 0));
    if (gcs === seen) samples.push(grown);
  }
  samples.sort((a, b) => a - b);
  process.stdout.write(String(samples.length ? samples[samples.length >> 1] : NaN));
})();
