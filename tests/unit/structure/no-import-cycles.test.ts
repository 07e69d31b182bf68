// No import circle anywhere in lib/, components/ and app/ (type-only imports included): every
// relative import of a .ts/.tsx module is an edge, resolved as the bundler does (file, then
// index). A cycle is printed as the chain of files that closes it.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";

const ROOT = resolve(import.meta.dirname, "../../..");
const DIRS = ["lib", "components", "app"];
const EXTS = [".ts", ".tsx"];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === "node_modules" ? [] : sources(p);
    return EXTS.some((e) => p.endsWith(e)) && !p.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every module specifier of import/export-from/import()/require, `import type` included. */
export function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const out: string[] = [];
  const re = /\b(?:import|export)\b[^'";]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of code.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  const candidates = [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => join(base, "index" + e))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile() && EXTS.some((e) => c.endsWith(e)));
}

/** One cycle per strongly connected component that has one (Tarjan), as a closed path. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) !== idx.get(v)) return;
    const comp = new Set<string>();
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      comp.add(w);
    } while (w !== v);
    const selfLoop = (graph.get(v) ?? []).includes(v);
    if (comp.size > 1 || selfLoop) cycles.push(cycleThrough(graph, v, comp));
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return cycles;
}

/** A shortest path from v back to v inside its component (breadth first). */
function cycleThrough(graph: Map<string, string[]>, v: string, comp: Set<string>): string[] {
  const prev = new Map<string, string>();
  const queue = [v];
  for (let i = 0; i < queue.length; i++) {
    for (const w of graph.get(queue[i]) ?? []) {
      if (!comp.has(w)) continue;
      if (w === v) {
        const path = [v];
        for (let at = queue[i]; at !== v; at = prev.get(at)!) path.unshift(at);
        path.unshift(v);
        return path;
      }
      if (!prev.has(w)) {
        prev.set(w, queue[i]);
        queue.push(w);
      }
    }
  }
  return [v, v];
}

test("the cycle finder reports a circle and its files", () => {
  const g = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a", "d"]],
    ["d", []],
  ]);
  assert.deepEqual(findCycles(g), [["a", "b", "c", "a"]]);
  assert.deepEqual(findCycles(new Map([["a", ["b"]], ["b", []]])), []);
  assert.deepEqual(
    specifiers(`import type { X } from "./x";\nexport * from './y';\n// import "./no"\nconst m = import("./z");\nimport "./side";`),
    ["./x", "./y", "./z", "./side"],
  );
});

test("no import circle in lib/, components/ or app/ (type-only imports included)", () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
  assert.ok(files.length > 50, `found only ${files.length} source files`);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps = specifiers(readFileSync(f, "utf8"))
      .map((s) => resolveImport(f, s))
      .filter((d): d is string => d !== undefined);
    graph.set(f, [...new Set(deps)]);
  }
  const cycles = findCycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(" → "));
  assert.deepEqual(cycles, [], `import circles:\n${cycles.join("\n")}`);
});
