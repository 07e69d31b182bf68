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
    // `node` is get(root, path), followed down with the walk instead of looked up from the root
    // each time; `path` is a stack, copied into the entries.
    const path: (string | number)[] = [];
    const walk = (t: GoType, v: unknown, node: YamlNode | undefined): void => {
      switch (t.kind) {
        case "struct": {
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
              const known = knownKeys(t);
              for (const [key, keyNode] of mapIndex(node).keys) {
                if (!known.has(key)) {
                  out.push({ level: "warning", path: [...path, key], message: `unused key ${key}`, ...positionOf(keyNode) });
                }
              }
            }
          }
          const o = (v ?? {}) as Record<string, unknown>;
          for (const f of t.fields) {
            const k = f.type.kind;
            if (k === "string" || k === "int" || k === "bool" || k === "map") continue; // nothing to walk
            path.push(f.key);
            walk(f.type, o[f.key], node ? child(node, f.key) : undefined);
            path.pop();
          }
          return;
        }
        case "slice": {
          const arr = (v as unknown[] | undefined) ?? [];
          for (let i = 0; i < arr.length; i++) {
            if (!(i in arr)) continue; // forEach skips holes
            path.push(i);
            walk(t.elem, arr[i], node ? child(node, i) : undefined);
            path.pop();
          }
          return;
        }
        case "ptr":
          if (v !== undefined && v !== null) walk(t.elem, v, node);
          return;
        default:
          return;
      }
    };
    walk(rootType, value, root);
    return out;
  }
}

const knownKeysCache = new WeakMap<StructType, Set<string>>();

function knownKeys(t: StructType): Set<string> {
  let s = knownKeysCache.get(t);
  if (!s) knownKeysCache.set(t, (s = new Set(t.fields.map((f) => f.key))));
  return s;
}
