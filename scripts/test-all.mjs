// `npm test`: the whole suite — the type check (a type error fails the suite), unit tests, the
// conformance corpus, then the browser tests — ending with one summary line "N passed, N failed".
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const steps = [
  { name: "build", cmd: "npm", args: ["run", "--silent", "build"], counts: false },
  { name: "typecheck", cmd: "npx", args: ["tsc", "--noEmit"], counts: true },
  { name: "unit", cmd: "node", args: ["scripts/test-unit.mjs"], counts: true },
  { name: "conformance", cmd: "node", args: ["tests/conformance/check.mjs"], counts: true },
  // again through the CLI's start-up snapshot (minified, warmed up): what `npx kindling butane` runs
  { name: "conformance (start-up snapshot)", cmd: "node", args: ["tests/conformance/check.mjs", "--cli", `${resolve("bin/kindling.mjs")} butane`], counts: true },
  { name: "browser", cmd: "npx", args: ["playwright", "test", "--reporter=list"], counts: true },
  // the static classroom build (out/), served by a plain file server
  { name: "export build", cmd: "npm", args: ["run", "--silent", "export"], counts: true },
  { name: "browser (static export)", cmd: "npx", args: ["playwright", "test", "-c", "playwright.export.config.ts", "--reporter=list"], counts: true },
];

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
    let out = "";
    const tee = (stream, sink) =>
      stream.on("data", (d) => {
        out += d;
        sink.write(d);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

// Each runner states its own totals; read them from its output.
function counts(out, step) {
  if (step.name === "typecheck") return { passed: 1, failed: /error TS\d+/.test(out) ? 1 : 0 };
  const plain = [...out.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (plain) return { passed: +plain[1], failed: +plain[2] };
  const nodePass = [...out.matchAll(/^ℹ pass (\d+)/gm)].pop();
  const nodeFail = [...out.matchAll(/^ℹ fail (\d+)/gm)].pop();
  if (nodePass) return { passed: +nodePass[1], failed: nodeFail ? +nodeFail[1] : 0 };
  const pwPass = out.match(/^\s*(\d+) passed/m);
  const pwFail = out.match(/^\s*(\d+) failed/m);
  if (pwPass || pwFail) return { passed: pwPass ? +pwPass[1] : 0, failed: pwFail ? +pwFail[1] : 0 };
  return { passed: 0, failed: 0 };
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const { code, out } = await run(step);
  if (step.counts) {
    const c = counts(out, step);
    passed += c.passed;
    failed += c.failed;
    if (code !== 0 && c.failed === 0) failed += 1; // a runner that crashed still fails the suite
  }
  if (code !== 0) {
    failedSteps.push(step.name);
    if (!step.counts) break; // nothing to test without a build
  }
}
if (failedSteps.length) console.log(`failing steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
