// Re-parsing an edited text without parsing all of it: when the change lies inside one entry of
// a block collection (a list item or a `key: value` pair that begins its own line), only that
// entry's lines are parsed again; the new nodes replace the old ones in the Document and every
// source offset after the change moves by the change's length. The result must be what a full
// parse gives (node ranges, values, CST tokens), so anything unusual falls back to a full parse:
// directives, anchors or aliases in the entry, a change that alters the entry's column or key,
// or an entry that no longer parses as exactly one entry.
import { commonEnds, type Change } from "./text";
import { CST, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";

export const PARSE_OPTIONS = { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true } as const;

export type { Change } from "./text";

/** The smallest region outside of which `a` and `b` are equal (undefined when equal). */
export function changeBetween(a: string, b: string): Change | undefined {
  if (a === b) return undefined;
  const change = commonEnds(a, b);
  // Lines added or removed whole can look like a change that starts after the indentation they
  // share with the next line: slide it back to the start of the line, where it belongs.
  let k = 0;
  while (
    change.from - k > 0 &&
    a.charCodeAt(change.from - k - 1) !== 10 &&
    change.oldTo - k > 0 &&
    change.newTo - k > 0 &&
    a.charCodeAt(change.oldTo - k - 1) === b.charCodeAt(change.newTo - k - 1)
  )
    k++;
  if (k > 0 && (change.from - k === 0 || a.charCodeAt(change.from - k - 1) === 10)) return { from: change.from - k, oldTo: change.oldTo - k, newTo: change.newTo - k };
  return change;
}

type Tok = CST.Token | CST.SourceToken;
type Item = CST.CollectionItem;
type BlockTok = CST.BlockMap | CST.BlockSequence;

const SKIPPED = new Set(["space", "newline", "comment", "comma"]);

/** Offset of an item's first token of any kind (leading blank lines and comments included). */
export function itemBegin(it: Item): number | undefined {
  if (it.start.length) return it.start[0].offset;
  if (it.key) return it.key.offset;
  if (it.sep?.length) return it.sep[0].offset;
  return it.value?.offset;
}

/** Offset of an item's first meaningful token (`-`, `?`, an anchor, a tag, or its key). */
function itemFirst(it: Item): number | undefined {
  const t = it.start.find((x) => !SKIPPED.has(x.type));
  if (t) return t.offset;
  if (it.key) return it.key.offset;
  if (it.sep?.length) return it.sep.find((x) => !SKIPPED.has(x.type))?.offset;
  return it.value?.offset;
}

function isBlockTok(t: unknown): t is BlockTok {
  const type = (t as Tok | undefined)?.type;
  return type === "block-map" || type === "block-seq";
}

/**
 * Block collection entries that can be parsed on their own: one entry of a map or a list, or
 * several consecutive items of a list (an item removed, moved or added).
 */
interface Unit {
  node: YAMLMap | YAMLSeq;
  tok: BlockTok;
  index: number;
  /** How many entries, from `index`. */
  count: number;
  /** Its first meaningful token, which begins its line (or follows its item's `- `). */
  first: number;
  /** Where the next entry (or the collection) begins in the old text. */
  end: number;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The block collection entries that hold the change, outermost first, and the collections they are in. */
function unitsHolding(text: string, doc: Document.Parsed, change: Change): { units: Unit[]; spine: (YAMLMap | YAMLSeq)[] } {
  const units: Unit[] = [];
  const spine: (YAMLMap | YAMLSeq)[] = [];
  let node = doc.contents as Node | null;
  for (let depth = 0; depth < 200; depth++) {
    if (!(isMap(node) || isSeq(node))) break;
    spine.push(node);
    const tok = node.srcToken;
    if (!isBlockTok(tok) || tok.items.length !== node.items.length || tok.items.length === 0) break;
    // the last entry that begins at or before the change
    let lo = 0;
    let hi = tok.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const b = itemBegin(tok.items[mid]);
      if (b !== undefined && b <= change.from) lo = mid;
      else hi = mid - 1;
    }
    // text inserted where an entry begins is read as added to the end of the one before
    if (lo > 0 && change.oldTo === change.from && itemBegin(tok.items[lo]) === change.from) lo--;
    // a change from the start of an item's line (items removed whole): take the item before along
    else if (lo > 0 && isSeq(node) && (itemFirst(tok.items[lo]) ?? Infinity) > change.from) lo--;
    const it = tok.items[lo];
    const begin = itemBegin(it);
    const first = itemFirst(it);
    if (begin === undefined || first === undefined || begin > change.from) break;
    let last = lo;
    const endOf = (i: number) => (i + 1 < tok.items.length ? itemBegin(tok.items[i + 1]) : itemEnd(tok.items[i]));
    // a list: the change may run over the following items too
    if (isSeq(node)) while (last + 1 < tok.items.length && change.oldTo > (endOf(last) ?? Infinity)) last++;
    const end = endOf(last);
    if (end === undefined || change.oldTo > end) break;
    // an entry that begins its line, or the first key of a list item (`- key: …`), read with
    // its `-` made a space, which leaves the key's column and the lines below as they are
    const lineOwned = /^(?: |-(?= ))*$/.test(text.slice(lineStartOf(text, first), first));
    // a pair's key must come before the change: a new key could clash with its siblings
    const keyEnd = it.key ? it.key.offset + CST.stringify(it.key).length : first;
    const keyKept = !isMap(node) || (it.key !== undefined && it.key !== null && isScalarTok(it.key) && keyEnd <= change.from);
    const endsLine = end === text.length || text.charCodeAt(end - 1) === 10;
    if (lineOwned && endsLine && first <= change.from && keyKept) units.push({ node, tok, index: lo, count: last - lo + 1, first, end });
    if (last > lo) break;
    const child = node.items[lo] as unknown;
    node = isPair(child) ? ((child.value as Node | null) ?? null) : ((child as Node | null) ?? null);
  }
  return { units, spine };
}

const revisions = new WeakMap<object, number>();

/**
 * A number that changes whenever a collection, or anything in it, is re-parsed in place (a new
 * Document or a replaced node is a new object anyway): with the node itself, it tells whether
 * what a view shows of it may have changed.
 */
export function revisionOf(node: unknown): number {
  return node && typeof node === "object" ? (revisions.get(node) ?? 0) : 0;
}

/** Just past an entry's last token. */
export function itemEnd(it: Item): number | undefined {
  const last = <T>(list: T[] | undefined): T | undefined => (list && list.length ? list[list.length - 1] : undefined);
  for (let depth = 0; depth < 200; depth++) {
    const v = it.value;
    if (!v) {
      const t = last(it.sep) ?? (it.key ? undefined : last(it.start));
      if (t) return t.offset + t.source.length;
      return it.key ? tokEnd(it.key) : undefined;
    }
    if (isBlockTok(v)) {
      if (!v.items.length) return v.offset;
      it = v.items[v.items.length - 1];
      continue;
    }
    return tokEnd(v);
  }
  return undefined;
}

/** Just past a token that is not a block collection. */
function tokEnd(t: Tok): number | undefined {
  if (t.type === "block-map" || t.type === "block-seq" || t.type === "document") return undefined;
  if (t.type === "block-scalar") {
    const h = t.props[t.props.length - 1] as CST.SourceToken | undefined;
    return (h ? h.offset + h.source.length : t.offset) + t.source.length;
  }
  const end = (t as { end?: CST.SourceToken[] }).end;
  if (end && end.length) {
    const e = end[end.length - 1];
    return e.offset + e.source.length;
  }
  return t.offset + ((t as { source?: string }).source ?? "").length;
}

function isScalarTok(t: Tok): boolean {
  return t.type === "scalar" || t.type === "single-quoted-scalar" || t.type === "double-quoted-scalar";
}

/** Whether a subtree holds an anchor or an alias (which tie it to the rest of the document). */
function hasAnchorsOrAliases(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n === null || n === undefined) continue;
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    if (isAlias(n)) return true;
    if ((n as Node).anchor) return true;
    if (isCollection(n)) for (const x of n.items) stack.push(x);
  }
  return false;
}

/**
 * Whether an entry ends with a complete value (a scalar, a block scalar, a flow collection). One
 * that ends with `key:` or `-` and nothing after also takes the next line's indentation.
 */
function endsClosed(it: Item): boolean {
  for (let depth = 0; depth < 200; depth++) {
    const v = it.value;
    if (!v) return false;
    if (isBlockTok(v)) {
      if (v.items.length === 0) return false;
      it = v.items[v.items.length - 1];
      continue;
    }
    return v.type !== "document" && v.type !== "directive";
  }
  return false;
}

function hasKeptBlockScalar(root: Item): boolean {
  let found = false;
  CST.visit(root as never, (it) => {
    const v = it.value as CST.BlockScalar | undefined;
    if (v?.type === "block-scalar" && v.props.some((p) => p.type === "block-scalar-header" && p.source.includes("+"))) {
      found = true;
      return CST.visit.BREAK;
    }
  });
  return found;
}

/** Where the node of an entry ends, which is where its collection ends when it is the last. */
function entryEnd(entry: unknown): number | undefined {
  const n = (isPair(entry) ? (entry.value ?? entry.key) : entry) as Node | null;
  return n?.range?.[2];
}

/** Adds `delta` to every CST offset at or after `at` (`at` = -1: every offset). */
function shiftTokens(root: Tok | Item, at: number, delta: number): void {
  const sources = (list: CST.SourceToken[] | undefined) => {
    if (list) for (const t of list) if (t.offset >= at) t.offset += delta;
  };
  const item = (it: Item) => {
    sources(it.start);
    if (it.key) token(it.key);
    sources(it.sep);
    if (it.value) token(it.value);
  };
  const token = (t: Tok): void => {
    if (t.offset >= at) t.offset += delta;
    switch (t.type) {
      case "block-map":
      case "block-seq": {
        const items = t.items;
        // entries that end before `at` (the next one begins before it) stay as they are
        let k = 0;
        if (at > 0) while (k + 1 < items.length && (itemBegin(items[k + 1]) ?? Infinity) < at) k++;
        for (let i = k; i < items.length; i++) item(items[i]);
        return;
      }
      case "flow-collection":
        token(t.start);
        for (const it of t.items) item(it);
        sources(t.end as CST.SourceToken[]);
        return;
      case "block-scalar":
        sources(t.props as CST.SourceToken[]);
        return;
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
      case "alias":
        sources(t.end as CST.SourceToken[] | undefined);
        return;
      case "document":
        sources(t.start as CST.SourceToken[]);
        if (t.value) token(t.value);
        sources(t.end as CST.SourceToken[] | undefined);
        return;
      default:
        return;
    }
  };
  if ("type" in root) token(root);
  else item(root);
}

/** Adds `delta` to every node range boundary at or after `at` (`at` = -1: every one). */
function shiftNodes(root: unknown, at: number, delta: number): void {
  // Plain property checks, not the `yaml` type guards: this visits every node after an edit.
  const visit = (n: { range?: number[]; key?: unknown; value?: unknown; items?: unknown[]; srcToken?: Tok } | null | undefined): void => {
    if (!n) return;
    const r = n.range;
    if (!r) {
      if ("key" in n) {
        visit(n.key as never);
        visit(n.value as never);
      }
      return;
    }
    for (let i = 0; i < r.length; i++) if (r[i] >= at) r[i] += delta;
    const items = n.items;
    if (!items) return;
    let k = 0;
    const tok = n.srcToken;
    if (at > 0 && isBlockTok(tok) && tok.items.length === items.length) {
      // (a range's end may be the next entry's start, which moves)
      while (k + 1 < items.length && (itemBegin(tok.items[k + 1]) ?? Infinity) < at) k++;
    }
    for (let i = k; i < items.length; i++) visit(items[i] as never);
  };
  visit(root as never);
}

/** The new entries for `unit`, parsed from their lines in the new text, or undefined when they cannot stand. */
function parseUnit(next: string, unit: Unit, change: Change): { nodes: unknown[]; items: Item[]; fragStart: number } | undefined {
  const delta = change.newTo - change.oldTo;
  const fragStart = lineStartOf(next, unit.first);
  const fragEnd = unit.end + delta;
  // the entries must still end their line, so that what follows is read as before
  if (fragEnd < next.length && next.charCodeAt(fragEnd - 1) !== 10) return undefined;
  const frag = " ".repeat(unit.first - fragStart) + next.slice(unit.first, fragEnd);
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(frag, PARSE_OPTIONS) as Document.Parsed[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length !== 1 || docs[0].errors.length > 0) return undefined;
  const root = docs[0].contents as Node | null;
  const sameKind = isSeq(unit.node) ? isSeq(root) : isMap(root);
  if (!sameKind || !root || !isCollection(root) || root.items.length === 0) return undefined;
  // a map entry stays one entry with its key (new keys could clash with the others)
  if (isMap(root) && root.items.length !== 1) return undefined;
  const tok = root.srcToken;
  if (!isBlockTok(tok) || tok.type !== unit.tok.type || tok.items.length !== root.items.length) return undefined;
  const items = tok.items as Item[];
  const first = itemFirst(items[0]);
  const lastItem = items[items.length - 1];
  const lastBegin = itemBegin(lastItem);
  // the entries begin where the old ones did and take all of their lines, nothing more or less
  if (first === undefined || lastBegin === undefined || first + fragStart !== unit.first) return undefined;
  if (lastBegin + CST.stringify(lastItem).length !== frag.length) return undefined;
  const nodes = root.items as unknown[];
  if (!endsClosed(lastItem) || nodes.some(hasAnchorsOrAliases)) return undefined;
  // An empty list item is placed by the tokens before it, which differ outside the document.
  const head = nodes[0];
  if (isScalar(head) && head.range && head.range[0] === head.range[1]) return undefined;
  // A kept (`|+`) block scalar takes the blank lines after it, which lie outside the entries.
  if (/^[ \t]*(?:\r?\n|$)/.test(next.slice(fragEnd, fragEnd + 200)) && hasKeptBlockScalar(lastItem)) return undefined;
  return { nodes, items, fragStart };
}

/**
 * Turns `doc` (the parse of `prev`) into the parse of `next` in place, when the change between
 * them can be re-parsed on its own. Returns false (and leaves `doc` untouched) otherwise.
 */
export function reparseInPlace(doc: Document.Parsed, prev: string, next: string): boolean {
  const dir = doc.directives;
  if (dir?.yaml.explicit || Object.keys(dir?.tags ?? {}).some((h) => h !== "!!")) return false;
  const change = changeBetween(prev, next);
  if (!change) return true;
  const { units, spine } = unitsHolding(prev, doc, change);
  for (let u = units.length - 1; u >= 0; u--) {
    const unit = units[u];
    const old = unit.node.items.slice(unit.index, unit.index + unit.count) as unknown[];
    const oldItems = unit.tok.items.slice(unit.index, unit.index + unit.count) as Item[];
    if (old.some(hasAnchorsOrAliases) || !endsClosed(oldItems[oldItems.length - 1])) continue;
    const parsed = parseUnit(next, unit, change);
    if (!parsed) continue;
    const delta = change.newTo - change.oldTo;
    if (unit.index + unit.count === unit.node.items.length) {
      // the collections around a last entry end where it ends
      const oldEnd = entryEnd(old[old.length - 1]);
      const newEnd = entryEnd(parsed.nodes[parsed.nodes.length - 1]);
      if (oldEnd === undefined || newEnd === undefined || newEnd + parsed.fragStart !== (oldEnd >= change.oldTo ? oldEnd + delta : oldEnd)) continue;
    }
    // Move everything after the change, then put the new entries (moved to their place) in.
    shiftNodes(doc.contents, change.oldTo, delta);
    shiftTokens((doc.contents as Node).srcToken as Tok, change.oldTo, delta);
    if (doc.range) for (let i = 0; i < doc.range.length; i++) if (doc.range[i] >= change.oldTo) doc.range[i] += delta;
    for (const item of parsed.items) shiftTokens(item, -1, parsed.fragStart);
    for (const node of parsed.nodes) shiftNodes(node, -1, parsed.fragStart);
    const head = parsed.items[0];
    head.start = [...oldItems[0].start.filter((t) => t.offset < unit.first), ...head.start.filter((t) => t.offset >= unit.first)];
    keepLeadingComments(old[0], parsed.nodes[0]);
    const splice = <T>(list: T[], add: T[]) => list.slice(0, unit.index).concat(add, list.slice(unit.index + unit.count));
    (unit.tok as { items: Item[] }).items = splice(unit.tok.items as Item[], parsed.items);
    (unit.node as { items: unknown[] }).items = splice(unit.node.items as unknown[], parsed.nodes);
    for (const n of spine) {
      revisions.set(n, revisionOf(n) + 1);
      if (n === unit.node) break;
    }
    return true;
  }
  return false;
}

/**
 * Comments and blank lines above an entry are not re-parsed: the new entry keeps what the old
 * one had from them, unless its own lines give it a leading comment. (Comments are not used by
 * the form, which edits the text; everything else matches a full parse exactly.)
 */
function keepLeadingComments(old: unknown, fresh: unknown): void {
  const a = (isPair(old) ? old.key : old) as Node | null;
  const b = (isPair(fresh) ? (fresh as Pair).key : fresh) as Node | null;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return;
  if (b.commentBefore === undefined && a.commentBefore !== undefined) b.commentBefore = a.commentBefore;
  if (b.spaceBefore === undefined && a.spaceBefore !== undefined) b.spaceBefore = a.spaceBefore;
}
