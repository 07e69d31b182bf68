// The position tree kept after decoding (compactPositions) must answer every path exactly as the
// node-based ContextTree does: paths to every node of real configs (the conformance inputs), of big
// mappings (indexed lookups) with repeated keys, and paths that leave the tree in every way.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Path } from "../../../lib/go/path";
import { parseFirstDocument, type YamlNode } from "../../../lib/yaml/nodes";
import { compactPositions, ContextTree } from "../../../lib/yaml/tree";

/** Every path to a node, each followed by ways of leaving the tree there. */
function pathsOf(root: YamlNode): Path[] {
  const out: Path[] = [];
  const walk = (n: YamlNode, path: (string | number)[]): void => {
    out.push(path, [...path, "no-such-key"], [...path, 0], [...path, -1], [...path, 1.5], [...path, n.content.length]);
    if (n.kind === "mapping") {
      for (let i = 0; i < n.content.length; i += 2) {
        out.push([...path, i / 2]); // a number on a mapping
        walk(n.content[i + 1], [...path, n.content[i].value]);
      }
    } else if (n.kind === "sequence") {
      out.push([...path, "0"]); // a string on a sequence
      n.content.forEach((c, i) => walk(c, [...path, i]));
    }
  };
  walk(root, []);
  return out;
}

function assertSameAnswers(text: string, label: string): number {
  const doc = parseFirstDocument(text);
  if (!doc) return 0;
  const tree = new ContextTree(doc);
  const compact = compactPositions(tree);
  const paths = tree.root ? pathsOf(tree.root) : [[]];
  for (const path of paths) assert.deepEqual(compact.locate(path), tree.locate(path), `${label}: ${JSON.stringify(path)}`);
  return paths.length;
}

test("compact positions answer as the node tree on every conformance input", () => {
  const dir = join(import.meta.dirname, "../../conformance/cases");
  let checked = 0;
  for (const name of readdirSync(dir)) {
    let text: string;
    try {
      text = readFileSync(join(dir, name, "input.bu"), "utf8");
    } catch {
      continue;
    }
    try {
      parseFirstDocument(text);
    } catch {
      continue; // a syntax error: no tree
    }
    checked += assertSameAnswers(text, name);
  }
  assert.ok(checked > 5000, `only ${checked} paths checked`);
});

test("compact positions: big mappings with repeated keys, flow collections, aliases, empty collections", () => {
  const keys = Array.from({ length: 30 }, (_, i) => `k${i % 20}: v${i}`).join("\n");
  assertSameAnswers(`${keys}\nnested:\n  ${keys.replace(/\n/g, "\n  ")}\n`, "big");
  assertSameAnswers("a: &x {b: [1, {c: d}], e: []}\nf: *x\ng: {}\n? [k]\n: v\n*x : w\n", "flow");
  assertSameAnswers("- - - a\n  - b\n- c: [d, e]\n-\n", "sequences");
  assertSameAnswers("just a scalar\n", "scalar");
});
