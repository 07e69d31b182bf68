// Finding nodes and the stretch of text each collection entry occupies.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import type { Layout } from "./emit";
import { column, lineEndIncl, lineStart, startsLine } from "./text";

export type DocPath = readonly (string | number)[];
type AnyNode = Node;

export function rangeOf(node: Node): [number, number, number] {
  const r = node.range;
  if (!r) throw new Error("node without a source range");
  return r as [number, number, number];
}

/** Follows aliases to the anchored node. */
export function deref(doc: Document, node: unknown): AnyNode | null {
  let n = node as AnyNode | null;
  for (let i = 0; i < 100 && n && isAlias(n); i++) n = (n.resolve(doc) as AnyNode | undefined) ?? null;
  return n && isAlias(n) ? null : n;
}

export function keyName(pair: Pair): string | undefined {
  const k = pair.key as AnyNode | null;
  if (k && isScalar(k)) return k.source ?? String(k.value);
  return undefined;
}

export function isNullNode(node: unknown): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

/** The local pair holding `key` (merge keys not followed). */
export function findPair(map: YAMLMap, key: string): { pair: Pair; index: number } | undefined {
  for (let i = 0; i < map.items.length; i++) {
    const p = map.items[i] as Pair;
    if (keyName(p) === key) return { pair: p, index: i };
  }
  return undefined;
}

/** A map's value for `key`, looking through `<<` merge keys as go-yaml does. */
export function lookup(doc: Document, map: YAMLMap, key: string, depth = 0): AnyNode | null | undefined {
  const local = findPair(map, key);
  if (local) return (local.pair.value as AnyNode | null) ?? null;
  if (depth > 20) return undefined;
  for (const p of map.items as Pair[]) {
    if (keyName(p) !== "<<") continue;
    const v = deref(doc, p.value);
    const sources = isSeq(v) ? v.items.map((x) => deref(doc, x)) : [v];
    for (const s of sources) {
      if (isMap(s)) {
        const found = lookup(doc, s, key, depth + 1);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/**
 * The node at `path` (aliases and merge keys followed); undefined when absent. The path starts
 * at the document's root, or at `from` (a node of `doc`), so that a loop over a long list reads
 * each item's fields without walking down from the root again.
 */
export function nodeAt(doc: Document, path: DocPath, from: unknown = doc.contents): AnyNode | null | undefined {
  let cur = from as AnyNode | null | undefined;
  for (const seg of path) {
    cur = deref(doc, cur);
    if (typeof seg === "string") {
      if (!isMap(cur)) return undefined;
      cur = lookup(doc, cur, seg);
    } else {
      if (!isSeq(cur) || seg < 0 || seg >= cur.items.length) return undefined;
      cur = (cur.items[seg] as AnyNode | null) ?? null;
    }
    if (cur === undefined) return undefined;
  }
  return deref(doc, cur);
}

export function isBlock(node: unknown): boolean {
  const t = (node as AnyNode | null)?.srcToken?.type;
  return t === "block-map" || t === "block-seq";
}

/** The offset just past a node's last character of content (trailing comments excluded). */
export function contentEnd(node: AnyNode): number {
  if ((isMap(node) || isSeq(node)) && isBlock(node) && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if (isPair(last)) {
      const keyEnd = last.key ? rangeOf(last.key as AnyNode)[1] : 0;
      const v = last.value as AnyNode | null;
      return v ? Math.max(keyEnd, contentEnd(v)) : keyEnd;
    }
    return contentEnd(last as AnyNode);
  }
  return rangeOf(node)[1];
}

export interface EntrySpan {
  /** Offset of the entry's first token: `-`, its key, or an anchor/tag before the key. */
  first: number;
  /** Just past its content (for block entries, trailing comments on the last line excluded). */
  end: number;
  /** A block entry that begins its line (not `- key: …` sharing the line with a `-`). */
  lineOwned: boolean;
  /** Column of `first`. */
  col: number;
}

const SKIPPED = new Set(["space", "newline", "comment", "comma"]);

function firstToken(start: { type: string; offset: number }[] | undefined): number | undefined {
  return start?.find((t) => !SKIPPED.has(t.type))?.offset;
}

/** Where each entry of a map or sequence sits in the text. */
export function entrySpans(text: string, coll: YAMLMap | YAMLSeq): EntrySpan[] {
  return coll.items.map((_, i) => entrySpan(text, coll, i));
}

/** Where entry `i` of a map or sequence sits in the text. */
export function entrySpan(text: string, coll: YAMLMap | YAMLSeq, i: number): EntrySpan {
  const tok = coll.srcToken as { type: string; items?: { start: { type: string; offset: number }[] }[] } | undefined;
  const cstItems = tok?.items;
  const block = isBlock(coll);
  if (!cstItems || cstItems.length !== coll.items.length || i < 0 || i >= cstItems.length) throw new Error("cannot match the collection's source");
  {
    const item = coll.items[i];
    let nodeStart: number;
    let end: number;
    if (isPair(item)) {
      const k = item.key as AnyNode | null;
      const v = item.value as AnyNode | null;
      nodeStart = k ? rangeOf(k)[0] : v ? rangeOf(v)[0] : 0;
      end = Math.max(k ? rangeOf(k)[1] : 0, v ? contentEnd(v) : 0);
    } else {
      const n = item as AnyNode;
      nodeStart = rangeOf(n)[0];
      end = contentEnd(n);
    }
    const ft = firstToken(cstItems[i].start);
    const first = ft !== undefined && ft < nodeStart ? ft : nodeStart;
    return { first, end, lineOwned: block && startsLine(text, first), col: column(text, first) };
  }
}

/**
 * The whole lines a line-owned block entry occupies: comment lines right above it at its own
 * column, its lines, and the rest of its last line (a trailing comment, the newline).
 */
export function entryLines(text: string, span: EntrySpan): { from: number; to: number } {
  let from = lineStart(text, span.first);
  while (from > 0) {
    const prev = lineStart(text, from - 1);
    const line = text.slice(prev, from - 1);
    if (!/^[ \t]*#/.test(line) || line.length - line.trimStart().length !== span.col) break;
    from = prev;
  }
  return { from, to: lineEndIncl(text, span.end) };
}

/** The document's indentation habits, so that new text looks like the old. */
export function detectLayout(text: string, doc: Document): Layout {
  let unit: number | undefined;
  let seqIndent: number | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 50 || (unit !== undefined && seqIndent !== undefined)) return;
    if (isMap(node)) {
      for (const p of node.items as Pair[]) {
        const k = p.key as AnyNode | null;
        const v = p.value as AnyNode | null;
        if (k && v && isBlock(v) && (isMap(v) || isSeq(v)) && v.items.length > 0) {
          const diff = entrySpan(text, v, 0).col - column(text, rangeOf(k)[0]);
          if (isMap(v) && unit === undefined && diff > 0) unit = diff;
          if (isSeq(v) && seqIndent === undefined && diff >= 0) seqIndent = diff;
        }
        visit(v, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const x of node.items) visit(x, depth + 1);
    }
  };
  try {
    visit(doc.contents, 0);
  } catch {
    // A collection we could not match to its source: keep the defaults.
  }
  return { unit: unit ?? 2, seqIndent: seqIndent ?? unit ?? 2 };
}
