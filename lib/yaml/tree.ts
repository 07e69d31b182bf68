// vcontext's context tree (tree.MapNode / SliceNode / Leaf) built from the node tree, and
// ignition's ValidateUnusedKeys walk over a decoded value.
import type { GoType, StructType } from "../go/gotype";
import { type Path, pathString } from "../go/path";
import type { Entry } from "../go/report";
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

// Mappings up to this many key/value pairs are searched directly instead of being indexed.
const SMALL_MAPPING_PAIRS = 12;

/** The value of the last pair whose key is `key`, as MapIndex.children gives it. */
function mappingChild(n: YamlNode, key: string): YamlNode | undefined {
  const c = n.content;
  const pairs = c.length >> 1;
  if (pairs > SMALL_MAPPING_PAIRS) return mapIndex(n).children.get(key);
  for (let i = 2 * (pairs - 1); i >= 0; i -= 2) if (c[i].value === key) return c[i + 1];
  return undefined;
}

/**
 * The key nodes of `n` whose text is not in `known`, each distinct key once, where its text last
 * occurs, in that order (MapIndex.keys); undefined when there are none.
 */
function unknownKeys(n: YamlNode, known: Set<string>): YamlNode[] | undefined {
  const c = n.content;
  const pairs = c.length >> 1;
  let found: YamlNode[] | undefined;
  if (pairs > SMALL_MAPPING_PAIRS) {
    for (const [key, keyNode] of mapIndex(n).keys) if (!known.has(key)) (found ??= []).push(keyNode);
    return found;
  }
  outer: for (let i = 0; i < 2 * pairs; i += 2) {
    const key = c[i].value;
    if (known.has(key)) continue;
    for (let j = i + 2; j < 2 * pairs; j += 2) if (c[j].value === key) continue outer;
    (found ??= []).push(c[i]);
  }
  return found;
}

/** One step of vcontext's Get (scalars and aliases are leaves); undefined when the part does not apply. */
function child(node: YamlNode, part: string | number): YamlNode | undefined {
  if (node.kind === "mapping") return typeof part === "string" ? mappingChild(node, part) : undefined;
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
      // Where the document has no node there is nothing to report, here or anywhere below.
      if (!node) return;
      switch (t.kind) {
        case "struct": {
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
            const unknown = unknownKeys(node, knownKeys(t));
            if (unknown) {
              for (const keyNode of unknown) {
                const key = keyNode.value;
                out.push({ level: "warning", path: [...path, key], message: `unused key ${key}`, ...positionOf(keyNode) });
              }
            }
          }
          const o = (v ?? {}) as Record<string, unknown>;
          const fields = t.fields;
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            const k = f.type.kind;
            if (k === "string" || k === "int" || k === "bool" || k === "map") continue; // nothing to walk
            const fieldNode = child(node, f.key);
            if (!fieldNode) continue; // no node: nothing to report (see above)
            const fv = o[f.key];
            if (k === "ptr" && (fv === undefined || fv === null)) continue; // a nil pointer: nothing either
            path.push(f.key);
            walk(f.type, fv, fieldNode);
            path.pop();
          }
          return;
        }
        case "slice": {
          const arr = (v as unknown[] | undefined) ?? [];
          for (let i = 0; i < arr.length; i++) {
            if (!(i in arr)) continue; // forEach skips holes
            path.push(i);
            walk(t.elem, arr[i], child(node, i));
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

const LEAF = 0;
const MAPPING = 1;
const SEQUENCE = 2;

/**
 * The position tree with only what locate needs, for the caller that keeps it (see
 * compactPositions): each node's kind, position and children in typed arrays (outside the
 * JavaScript heap), numbered so that a collection's children are consecutive, and the text of the
 * mapping keys. It answers exactly as ContextTree.locate does.
 */
class CompactPositionTree implements PositionTree {
  private readonly kind: Uint8Array;
  private readonly line: Uint32Array;
  private readonly column: Uint32Array;
  private readonly firstChild: Uint32Array;
  private readonly childCount: Uint32Array;
  /** Where a mapping's keys start in `keys`, one per pair. */
  private readonly keyStart: Uint32Array;
  private readonly keys: string[];
  /** Value numbers of mappings with many pairs, by key text (the last pair wins), made on first use. */
  private readonly bigMappings = new Map<number, Map<string, number>>();

  constructor(root: YamlNode) {
    const { size, pairs } = treeSize(root);
    this.keys = new Array<string>(pairs);
    this.kind = new Uint8Array(size);
    this.line = new Uint32Array(size);
    this.column = new Uint32Array(size);
    this.firstChild = new Uint32Array(size);
    this.childCount = new Uint32Array(size);
    this.keyStart = new Uint32Array(size);
    // Depth first; a collection's children are numbered together when it is reached.
    const nodes: YamlNode[] = [root];
    const numbers: number[] = [0];
    let next = 1;
    let nextKey = 0;
    while (nodes.length > 0) {
      const n = nodes.pop()!;
      const id = numbers.pop()!;
      this.line[id] = n.line;
      this.column[id] = n.column;
      if (n.kind !== "mapping" && n.kind !== "sequence") continue;
      const c = n.content;
      this.kind[id] = n.kind === "mapping" ? MAPPING : SEQUENCE;
      this.firstChild[id] = next;
      this.childCount[id] = c.length;
      if (n.kind === "mapping") {
        this.keyStart[id] = nextKey;
        for (let j = 0; j < c.length; j += 2) this.keys[nextKey++] = c[j].value;
      }
      for (let j = 0; j < c.length; j++) {
        nodes.push(c[j]);
        numbers.push(next + j);
      }
      next += c.length;
    }
  }

  locate(path: Path): Position | undefined {
    let id = 0;
    for (const part of path) {
      const next = this.child(id, part);
      if (next < 0) break;
      id = next;
    }
    return { line: this.line[id], column: this.column[id] };
  }

  /** ContextTree's child(), by number: -1 where it gives undefined. */
  private child(id: number, part: string | number): number {
    const kind = this.kind[id];
    if (kind === MAPPING) return typeof part === "string" ? this.mappingChild(id, part) : -1;
    if (kind === SEQUENCE && typeof part === "number" && Number.isInteger(part) && part >= 0 && part < this.childCount[id]) {
      return this.firstChild[id] + part;
    }
    return -1;
  }

  /** The value of the last pair whose key is `key` (see mappingChild), or -1. */
  private mappingChild(id: number, key: string): number {
    const keys = this.keyStart[id];
    const values = this.firstChild[id] + 1;
    const pairs = this.childCount[id] >> 1;
    if (pairs > SMALL_MAPPING_PAIRS) {
      let index = this.bigMappings.get(id);
      if (!index) {
        index = new Map();
        for (let i = 0; i < pairs; i++) index.set(this.keys[keys + i], values + 2 * i);
        this.bigMappings.set(id, index);
      }
      return index.get(key) ?? -1;
    }
    for (let i = pairs - 1; i >= 0; i--) if (this.keys[keys + i] === key) return values + 2 * i;
    return -1;
  }
}

/** The number of nodes in the tree under `root` (itself included), and of mapping pairs. */
function treeSize(root: YamlNode): { size: number; pairs: number } {
  let size = 0;
  let pairs = 0;
  const nodes: YamlNode[] = [root];
  while (nodes.length > 0) {
    const n = nodes.pop()!;
    size++;
    if (n.kind === "mapping") pairs += n.content.length >> 1;
    if (n.kind === "mapping" || n.kind === "sequence") for (let j = 0; j < n.content.length; j++) nodes.push(n.content[j]);
  }
  return { size, pairs };
}

/**
 * The position tree to keep once decoding is done: the same answers as the ContextTree, without
 * keeping the node tree (its objects, arrays and scalar texts) alive, and copied by every garbage
 * collection, through the translation that follows.
 */
export function compactPositions(tree: ContextTree): PositionTree {
  const root = tree.root;
  return root ? new CompactPositionTree(root) : { locate: () => undefined };
}

