#!/usr/bin/env node
// Differential check for engine refactors (speed work, restructuring): transpiles every
// conformance input and many mutated copies of it (lines dropped, doubled, swapped or
// re-indented; characters inserted or deleted; values replaced; keys misspelt; text cut short)
// with the engine of this working tree and with the engine of a git revision, and prints every
// input on which their results differ: output, error or any report entry (path, line, column,
// message). The conformance corpus checks the engine against Butane on recorded cases; this
// checks that a change which should alter nothing alters nothing, on inputs nobody recorded.
//
//   node scripts/compare-engines.mjs [--base REV] [--per-case N] [--seed S]
//   (defaults: --base main, 40 mutations per case, seed 1; exit status 1 when any differ)
import { buildSync } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const base = opt("--base", "main");
const perCase = Number(opt("--per-case", "40"));
let seed = Number(opt("--seed", "1"));
const root = resolve(".");
const casesDir = join(root, "tests/conformance/cases");
const work = mkdtempSync(join(tmpdir(), "kindling-compare-"));

/** The engine of the tree at `dir` as one CommonJS bundle, with the CLI's files directory. */
function engineOf(dir, name) {
  const entry = join(dir, `.compare-entry-${process.pid}.ts`);
  writeFileSync(entry, 'export { transpile } from "./lib/index";\nexport { nodeFilesDir } from "./lib/cli/node-files";\n');
  const out = join(work, `${name}.cjs`);
  try {
    buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: out, logLevel: "warning" });
  } finally {
    execFileSync("rm", ["-f", entry]);
  }
  return createRequire(out)(out);
}

const baseDir = join(work, "base");
execFileSync("git", ["worktree", "add", "--detach", "-q", baseDir, base], { stdio: "inherit" });
let before, after;
try {
  if (!existsSync(join(baseDir, "node_modules"))) symlinkSync(join(root, "node_modules"), join(baseDir, "node_modules"));
  before = engineOf(baseDir, "base");
  after = engineOf(root, "work");
} finally {
  execFileSync("git", ["worktree", "remove", "--force", baseDir]);
}

const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const CHARACTERS = [":", "-", " ", "#", "'", '"', "{", "}", "[", "]", "\t", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "\n", "\r", ",", "?", "0", "a", "é", "💥", "\u0000", "\ufeff"];
const VALUES = ["true", "yes", "0644", "-1", "1.5", "1e3", "0x10", "0o17", ".inf", "9999999999999999999", '""', "~", "null", "[]", "{}", '"a\\tb"', "'it''s'", "x".repeat(300), "|\n  block", ">-\n  folded", "&a v", "*a", "!!str 5", "http://exa mple.com", "data:,x", "/etc/x", "../up"];

function mutate(text) {
  const lines = text.split("\n");
  const i = Math.floor(random() * lines.length);
  const at = Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 10)) {
    case 0: lines.splice(i, 1); break;
    case 1: lines.splice(i, 0, lines[i]); break;
    case 2: if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]]; break;
    case 3: { const d = pick([-2, -1, 1, 2]); lines[i] = d > 0 ? " ".repeat(d) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-d}}`), ""); break; }
    case 4: return text.slice(0, at) + pick(CHARACTERS) + text.slice(at);
    case 5: return text.slice(0, at) + text.slice(at + 1);
    case 6: { const m = lines[i].match(/^(\s*-?\s*[\w.]+:)\s*(.*)$/); if (m) lines[i] = `${m[1]} ${pick(VALUES)}`; break; }
    case 7: return text.slice(0, at);
    case 8: { const m = lines[i].match(/^(\s*-?\s*)([a-z_]+)(:.*)$/); if (m) lines[i] = m[1] + m[2].slice(0, -1) + pick(["", "s", "_x", m[2].slice(-1).repeat(2)]) + m[3]; break; }
    default: return mutate(mutate(text));
  }
  return lines.join("\n");
}

const serialize = (r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
function run(engine, text, options, caseDir) {
  try {
    const filesDir = options.filesDir ? engine.nodeFilesDir(join(caseDir, options.filesDir)) : undefined;
    return serialize(engine.transpile(text, { ...options, filesDir }));
  } catch (e) {
    return `threw: ${e instanceof Error ? e.message : e}`;
  }
}

let runs = 0;
let differing = 0;
for (const name of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, name);
  if (!existsSync(join(dir, "input.bu"))) continue;
  const text = readFileSync(join(dir, "input.bu"), "utf8");
  const args = existsSync(join(dir, "args")) ? readFileSync(join(dir, "args"), "utf8").trim().split(/\s+/) : [];
  const d = args.findIndex((a) => a === "-d" || a === "--files-dir");
  const options = { raw: args.includes("-r") || args.includes("--raw"), filesDir: d >= 0 ? args[d + 1] : undefined };
  const inputs = [text, ...Array.from({ length: perCase }, () => mutate(text))];
  for (const input of inputs) {
    for (const pretty of [false, true]) {
      runs++;
      const a = run(before, input, { ...options, pretty }, dir);
      const b = run(after, input, { ...options, pretty }, dir);
      if (a === b) continue;
      differing++;
      const file = join(work, `differs-${differing}.bu`);
      writeFileSync(file, input);
      if (differing <= 10) console.log(`differs (case ${name}, pretty ${pretty}): ${file}\n  ${base}: ${a.slice(0, 300)}\n  here: ${b.slice(0, 300)}`);
    }
  }
}
console.log(`compare-engines: ${runs} runs against ${base}, ${differing} differ${differing ? ` (inputs in ${work})` : ""}`);
process.exitCode = differing ? 1 : 0;
