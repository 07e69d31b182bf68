// vcontext's context tree (tree.MapNode / SliceNode / Leaf) built from the node tree, and
// ignition's ValidateUnusedKeys walk over a decoded value.
import type { GoType, StructType } from "../engine/gotype";
import { type Path, pathString } from "../engine/path";
import type { Entry } from "../engine/report";
import type { YamlNode } from "./nodes";

export interface Position {
  line: number;
  column: number;
}

export interface PositionTree {
  /** Position of the deepest node the path reaches (vcontext Report.Correlate). */
  locate(path: Path): Position | undefined;
}

/** A mapping's keys and values by key text (vcontext's MapNode.Keys / Children: the last of equal keys wins). */
interface MapIndex {
  keys: Map<string, YamlNode>;
  children: Map<string, YamlNode>;
}

const mapIndexes = new WeakMap<YamlNode, MapIndex>();

function mapIndex(n: YamlNode): MapIndex {
  let idx = mapIndexes.get(n);
  if (!idx) {
    idx = { keys: new Map(), children: new Map() };
    for (let i = 0; i + 1 < n.content.length; i += 2) {
      const k = n.content[i];
      idx.keys.delete(k.value);
      idx.keys.set(k.value, k);
      idx.children.set(k.value, n.content[i + 1]);
    }
    mapIndexes.set(n, idx);
  }
  return idx;
}

/** One step of vcontext's Get (scalars and aliases are leaves); undefined when the part does not apply. */
function child(node: YamlNode, part: string | number): YamlNode | undefined {
  if (node.kind === "mapping") return typeof part === "string" ? mapIndex(node).children.get(part) : undefined;
  if (node.kind === "sequence") return typeof part === "number" && part >= 0 ? node.content[part] : undefined;
  return undefined;
}

/** vcontext's Node.Get: the node at exactly this path. */
function get(root: YamlNode, path: Path): YamlNode | undefined {
  let node: YamlNode | undefined = root;
  for (const part of path) {
    node = child(node, part);
    if (!node) return undefined;
  }
  return node;
}

const positionOf = (n: YamlNode): Position => ({ line: n.line, column: n.column });

export class ContextTree implements PositionTree {
  readonly root: YamlNode | undefined;

  constructor(doc: YamlNode | undefined) {
    this.root = doc && doc.kind === "document" ? doc.content[0] : doc;
  }

  locate(path: Path): Position | undefined {
    let node = this.root;
    if (!node) return undefined;
    for (const part of path) {
      const next = child(node, part);
      if (!next) break;
      node = next;
    }
    return positionOf(node);
  }

  /** ignition's ValidateUnusedKeys, run over every struct of the decoded value. */
  unusedKeys(rootType: StructType, value: unknown): Entry[] {
    const out: Entry[] = [];
    const root = this.root;
    if (!root) return out;
    const walk = (t: GoType, v: unknown, path: (string | number)[]): void => {
      switch (t.kind) {
        case "struct": {
          const node = get(root, path);
          if (node) {
            if (node.kind !== "mapping") {
              const pos = this.locate(path)!;
              out.push({
                level: "warning",
                path: [...path],
                message: `context tree does not match content tree at ${pathString(path)}. Line and column reporting may be inconsistent. Unused keys may not be reported`,
                line: pos.line,
                column: pos.column,
              });
            } else {
              const known = new Set(t.fields.map((f) => f.key));
              for (const [key, keyNode] of mapIndex(node).keys) {
                if (!known.has(key)) {
                  out.push({ level: "warning", path: [...path, key], message: `unused key ${key}`, ...positionOf(keyNode) });
                }
              }
            }
          }
          const o = (v ?? {}) as Record<string, unknown>;
          for (const f of t.fields) walk(f.type, o[f.key], [...path, f.key]);
          return;
        }
        case "slice":
          ((v as unknown[] | undefined) ?? []).forEach((item, i) => walk(t.elem, item, [...path, i]));
          return;
        case "ptr":
          if (v !== undefined && v !== null) walk(t.elem, v, path);
          return;
        default:
          return;
      }
    };
    walk(rootType, value, []);
    return out;
  }
}
