// Editing the Butane text through its parsed Document: every operation finds the nodes it
// touches, computes the smallest text splice that makes the change, and returns the new text.
// Nothing outside the splice changes, so comments, quoting, blank lines, flow style and
// anchors elsewhere survive byte for byte.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import { renderAfterKey, renderFlow, renderMapLines, renderPair, renderSeqItem, renderSeqItems, type Layout, type NewValue } from "./emit";
import { contentEnd, deref, detectLayout, entryLines, entrySpan, entrySpans, findPair, isBlock, isNullNode, nodeAt, rangeOf, type DocPath, type EntrySpan } from "./nodes";
import { butaneKeyOrder, type KeyOrder } from "./order";
import { describeSyntax, parseButane, type SyntaxProblem } from "./parse";
import { isScalarValue, Literal, quotedForType, renderScalar, type ScalarStyle, type ScalarValue } from "./scalar";
import { applySplice, lineEndIncl, lineStart, type Splice } from "./text";

export type EditResult = { ok: true; text: string } | { ok: false; error: string; syntax?: SyntaxProblem };

export interface EditOptions {
  /** Where new keys go among existing ones (default: Butane's usual order). */
  order?: KeyOrder;
}

class EditError extends Error {}

interface Ctx {
  text: string;
  doc: Document.Parsed;
  layout: Layout;
  order: KeyOrder;
}

/** Where a node sits: the document's root, the value of a map pair, or a sequence item. */
type Slot =
  | { kind: "root" }
  | { kind: "pair"; map: YAMLMap; index: number; mapPath: DocPath }
  | { kind: "item"; seq: YAMLSeq; index: number };

interface Step {
  slot: Slot;
  /** The node in the slot, as written (an alias stays an alias). */
  node: Node | null;
}

function run(text: string, options: EditOptions, edit: (ctx: Ctx) => Splice[]): EditResult {
  // Work on text that ends with a newline, so that every entry ends its line; put it back after.
  const addNewline = text.length > 0 && !text.endsWith("\n");
  const src = addNewline ? text + "\n" : text;
  const parsed = parseButane(src);
  if (!parsed.ok) return { ok: false, error: describeSyntax(parsed.syntax), syntax: parsed.syntax };
  const ctx: Ctx = { text: src, doc: parsed.doc, layout: detectLayout(src, parsed.doc), order: options.order ?? butaneKeyOrder };
  let splices: Splice[];
  try {
    splices = edit(ctx);
  } catch (e) {
    if (e instanceof EditError) return { ok: false, error: e.message };
    throw e;
  }
  // New lines follow the document's line endings.
  const crlf = src.includes("\r\n");
  let out = src;
  for (const s of [...splices].sort((a, b) => b.from - a.from)) out = applySplice(out, crlf ? { ...s, insert: s.insert.replace(/\r?\n/g, "\r\n") } : s);
  if (addNewline && out.endsWith("\n")) out = out.slice(0, -1);
  const check = parseButane(out);
  if (!check.ok) return { ok: false, error: `This edit would break the YAML (${check.syntax.message}); the text was left as it is.` };
  return { ok: true, text: out };
}

/** Walks `path` as far as it exists in the text, following aliases into anchored nodes. */
function walk(ctx: Ctx, path: DocPath): { steps: Step[]; missing: DocPath } {
  const steps: Step[] = [{ slot: { kind: "root" }, node: ctx.doc.contents as Node | null }];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const container = deref(ctx.doc, steps[steps.length - 1].node);
    if (typeof seg === "string") {
      const found = isMap(container) ? findPair(container, seg) : undefined;
      if (!found || !isMap(container)) return { steps, missing: path.slice(i) };
      steps.push({ slot: { kind: "pair", map: container, index: found.index, mapPath: path.slice(0, i) }, node: (found.pair.value as Node | null) ?? null });
    } else {
      if (!isSeq(container) || seg >= container.items.length) return { steps, missing: path.slice(i) };
      if (seg < 0) throw new EditError(`no item ${seg}`);
      steps.push({ slot: { kind: "item", seq: container, index: seg }, node: (container.items[seg] as Node | null) ?? null });
    }
  }
  return { steps, missing: [] };
}

/** The value to write for a path that does not exist yet below an existing node. */
function build(rest: DocPath, value: NewValue): NewValue {
  if (rest.length === 0) return value;
  const [seg, ...tail] = rest;
  if (typeof seg === "number") {
    if (seg !== 0) throw new EditError(`cannot create item ${seg} of a missing list`);
    return [build(tail, value)];
  }
  return { [seg]: build(tail, value) };
}

function spansOf(ctx: Ctx, coll: YAMLMap | YAMLSeq): EntrySpan[] {
  try {
    return entrySpans(ctx.text, coll);
  } catch {
    throw new EditError("this part of the YAML is written in a way the form cannot edit; use the Code view");
  }
}

/** One entry's span (a list of thousands need not be measured for one of its items). */
function spanOf(ctx: Ctx, coll: YAMLMap | YAMLSeq, i: number): EntrySpan {
  try {
    return entrySpan(ctx.text, coll, i);
  } catch {
    throw new EditError("this part of the YAML is written in a way the form cannot edit; use the Code view");
  }
}

/** Column that nested content of the slot's value is indented from (the key's or the dash's). */
function ownerColumn(ctx: Ctx, slot: Slot): number {
  if (slot.kind === "root") return -ctx.layout.unit;
  const coll = slot.kind === "pair" ? slot.map : slot.seq;
  return spanOf(ctx, coll, slot.index).col;
}

function slotIsFlow(slot: Slot): boolean {
  if (slot.kind === "root") return false;
  return !isBlock(slot.kind === "pair" ? slot.map : slot.seq);
}

/** Offset just past the `:` of a block pair, or the `-` of a block sequence item. */
function indicatorEnd(slot: Slot): number {
  if (slot.kind === "root") throw new Error("no indicator at the root");
  const coll = slot.kind === "pair" ? slot.map : slot.seq;
  const item = (coll.srcToken as unknown as { items: { start: { type: string; offset: number }[]; sep?: { type: string; offset: number }[] }[] }).items[slot.index];
  const tokens = slot.kind === "pair" ? item.sep ?? [] : item.start;
  const ind = tokens.find((t) => t.type === (slot.kind === "pair" ? "map-value-ind" : "seq-item-ind"));
  if (!ind) throw new EditError("this entry is written in a way the form cannot edit; use the Code view");
  return ind.offset + 1;
}

/** The indentation of a block scalar's first content line (0 when it has none). */
function blockIndent(source: string): number {
  const line = source.split("\n").slice(1).find((l) => l.trim() !== "");
  return line ? line.length - line.trimStart().length : 0;
}

/** Rewrites the value in `slot` (currently `node`) as `value`. */
function replaceValue(ctx: Ctx, slot: Slot, node: Node | null, value: NewValue): Splice[] {
  const { text, layout } = ctx;
  if (slot.kind === "root") {
    if (!isNullNode(node)) throw new EditError("the document's top level is not a mapping; use the Code view");
    if (isScalarValue(value) || Array.isArray(value)) throw new EditError("the document's top level must be a mapping");
    const sep = text === "" || text.endsWith("\n") ? "" : "\n";
    const start = node ? rangeOf(node)[0] : text.length;
    const end = node ? lineEndIncl(text, rangeOf(node)[1]) : text.length;
    // An explicit `~`/`null` document is replaced; a comment-only one gets the mapping appended.
    const from = node && rangeOf(node)[1] > rangeOf(node)[0] ? lineStart(text, start) : text.length;
    return [{ from, to: from === text.length ? text.length : end, insert: sep + renderMapLines(value, 0, layout) }];
  }
  const inFlow = slotIsFlow(slot);
  const owner = ownerColumn(ctx, slot);
  const indent = owner + (slot.kind === "pair" ? layout.unit : 2);
  const emptyNull = !node || (isScalar(node) && node.value === null && rangeOf(node)[1] === rangeOf(node)[0]);

  if (isScalarValue(value) && node && isScalar(node) && !emptyNull) {
    const [a, b] = rangeOf(node);
    const style = (node as Scalar).type as ScalarStyle | undefined;
    // Quotes the old value needed (`""`, `"123"`) say nothing of the author's taste; others are kept.
    const oldValue = node.source ?? "";
    const quoted = style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE";
    // A one-line quoted value that gains lines (a unit file being typed) becomes a block literal.
    const gainsLines = typeof value === "string" && value.includes("\n") && !oldValue.includes("\n");
    const keep = node.value === null || (quoted && (quotedForType(oldValue) || gainsLines)) ? undefined : style;
    const oldIsBlock = text.slice(a, b).endsWith("\n");
    // A block scalar keeps the indentation its lines already have.
    const rendered = renderScalar(value, { indent: (oldIsBlock && blockIndent(text.slice(a, b))) || indent, inFlow, style: keep });
    const newIsBlock = rendered.endsWith("\n");
    if (oldIsBlock === newIsBlock) return [{ from: a, to: b, insert: rendered }];
    if (oldIsBlock) return [{ from: a, to: b, insert: rendered + "\n" }];
    // Block scalar replacing an inline one: the header takes the old place, the lines follow
    // the rest of that line (which may hold a comment).
    const nl = rendered.indexOf("\n");
    return [
      { from: a, to: b, insert: rendered.slice(0, nl) },
      { from: lineEndIncl(text, b), to: lineEndIncl(text, b), insert: rendered.slice(nl + 1) },
    ];
  }

  if (inFlow) {
    if (!node) throw new EditError("cannot edit this flow entry; use the Code view");
    const [a, b] = rangeOf(node);
    return [{ from: a, to: b, insert: renderFlow(value) }];
  }

  const after = indicatorEnd(slot);
  const rendered = slot.kind === "pair" ? renderAfterKey(value, owner, layout) : renderSeqItem(value, owner, layout).slice(1);
  if (emptyNull) {
    // `key:` with nothing after it (perhaps a comment): keep that line as it is.
    if (rendered.startsWith("\n")) {
      const at = lineEndIncl(text, after);
      return [{ from: at, to: at, insert: rendered.slice(1) }];
    }
    return [{ from: after, to: after, insert: rendered.slice(0, -1) }];
  }
  const end = lineEndIncl(text, node ? contentEnd(node) : after);
  return [{ from: after, to: end, insert: rendered }];
}

/** Adds `key: value` to an existing map. */
function insertPair(ctx: Ctx, map: YAMLMap, mapPath: DocPath, mapSlot: Slot, key: string, value: NewValue): Splice[] {
  const { text, layout } = ctx;
  if (!isBlock(map)) {
    if (map.items.length === 0) {
      if (slotIsFlow(mapSlot)) {
        const at = rangeOf(map)[0] + 1;
        return [{ from: at, to: at, insert: `${renderScalar(key, { indent: 0, inFlow: true })}: ${renderFlow(value)}` }];
      }
      return replaceValue(ctx, mapSlot, map, { [key]: value });
    }
    const last = map.items[map.items.length - 1] as Pair;
    const at = Math.max(rangeOf(last.key as Node)[1], last.value ? rangeOf(last.value as Node)[1] : 0);
    return [{ from: at, to: at, insert: `, ${renderScalar(key, { indent: 0, inFlow: true })}: ${renderFlow(value)}` }];
  }
  const spans = spansOf(ctx, map);
  const col = spans[0].col;
  const line = " ".repeat(col) + renderPair(key, value, col, layout);
  const order = ctx.order(mapPath);
  const rank = order ? order.indexOf(key) : -1;
  if (rank >= 0 && order) {
    for (let i = 0; i < spans.length; i++) {
      const k = (map.items[i] as Pair).key as Node | null;
      const name = k && isScalar(k) ? String(k.source ?? k.value) : undefined;
      const r = name === undefined ? -1 : order.indexOf(name);
      if (r > rank) {
        if (!spans[i].lineOwned) continue;
        const at = entryLines(text, spans[i]).from;
        return [{ from: at, to: at, insert: line }];
      }
    }
  }
  const at = lineEndIncl(text, spans[spans.length - 1].end);
  return [{ from: at, to: at, insert: line }];
}

/** Adds `value` at the end of an existing sequence. */
function appendItem(ctx: Ctx, seq: YAMLSeq, seqSlot: Slot, value: NewValue): Splice[] {
  const { text, layout } = ctx;
  if (!isBlock(seq)) {
    if (seq.items.length === 0) {
      if (slotIsFlow(seqSlot)) {
        const at = rangeOf(seq)[0] + 1;
        return [{ from: at, to: at, insert: renderFlow(value) }];
      }
      return replaceValue(ctx, seqSlot, seq, [value]);
    }
    const at = rangeOf(seq.items[seq.items.length - 1] as Node)[1];
    return [{ from: at, to: at, insert: ", " + renderFlow(value) }];
  }
  const at = lineEndIncl(text, spanOf(ctx, seq, seq.items.length - 1).end);
  return [{ from: at, to: at, insert: renderSeqItems([value], spanOf(ctx, seq, 0).col, layout) }];
}

function setInCtx(ctx: Ctx, path: DocPath, value: NewValue): Splice[] {
  const { steps, missing } = walk(ctx, path);
  const last = steps[steps.length - 1];
  if (missing.length === 0) return replaceValue(ctx, last.slot, last.node, value);
  const container = deref(ctx.doc, last.node);
  const [seg, ...rest] = missing;
  const mapPath = path.slice(0, path.length - missing.length);
  if (typeof seg === "string" && isMap(container)) return insertPair(ctx, container, mapPath, last.slot, seg, build(rest, value));
  if (typeof seg === "number" && isSeq(container)) {
    if (seg !== container.items.length) throw new EditError(`no item ${seg} in this list`);
    return appendItem(ctx, container, last.slot, build(rest, value));
  }
  if (last.node && isAlias(last.node)) throw new EditError("this value is an alias to another node; edit it in the Code view");
  // Nothing, or a scalar where a map or list belongs: write the new structure in its place.
  return replaceValue(ctx, last.slot, last.node, build(missing, value));
}

/** Removes entry `steps[k]`; a map or list left empty goes too (a list item becomes `{}`). */
function removeStep(ctx: Ctx, steps: Step[], k: number): Splice[] {
  const { text } = ctx;
  const slot = steps[k].slot;
  if (slot.kind === "root") throw new EditError("cannot remove the whole document");
  const coll = slot.kind === "pair" ? slot.map : slot.seq;
  if (coll.items.length === 1 && k > 1) {
    const parent = steps[k - 1];
    if (parent.slot.kind === "pair") return removeStep(ctx, steps, k - 1);
    if (parent.slot.kind === "item") return replaceValue(ctx, parent.slot, parent.node, isMap(coll) ? {} : []);
  }
  const spans = spansOf(ctx, coll);
  const i = slot.index;
  const span = spans[i];
  if (!isBlock(coll)) {
    if (i + 1 < spans.length) return [{ from: span.first, to: spans[i + 1].first, insert: "" }];
    if (i > 0) return [{ from: spans[i - 1].end, to: span.end, insert: "" }];
    return [{ from: span.first, to: span.end, insert: "" }];
  }
  if (span.lineOwned) {
    let { from, to } = entryLines(text, span);
    // Between blank lines (or at the top), take one of the blank lines along.
    const prevLineBlank = from === 0 || /^[ \t]*$/.test(text.slice(lineStart(text, from - 1), from - 1));
    const nl = text.indexOf("\n", to);
    const nextLine = nl < 0 ? text.slice(to) : text.slice(to, nl);
    if (prevLineBlank && to < text.length && /^[ \t]*$/.test(nextLine)) to = nl < 0 ? text.length : nl + 1;
    return [{ from, to, insert: "" }];
  }
  // `- key: value` sharing the line with its `-`: the next entry moves up onto that line.
  if (i + 1 < spans.length) return [{ from: span.first, to: spans[i + 1].first, insert: "" }];
  throw new EditError("cannot remove this entry from the form; use the Code view");
}

// ---------------------------------------------------------------------------------------------
// The operations

/** Sets the value at `path`, creating the maps and lists above it when they are missing. */
export function setIn(text: string, path: DocPath, value: NewValue | undefined, options: EditOptions = {}): EditResult {
  if (value === undefined) return deleteIn(text, path, options);
  return run(text, options, (ctx) => setInCtx(ctx, path, value));
}

/** Removes the entry at `path` (a key or a list item); nothing happens when it is absent. */
export function deleteIn(text: string, path: DocPath, options: EditOptions = {}): EditResult {
  return run(text, options, (ctx) => {
    const { steps, missing } = walk(ctx, path);
    if (missing.length > 0 || path.length === 0) return [];
    return removeStep(ctx, steps, steps.length - 1);
  });
}

/** Appends `item` to the list at `path` (creating the list and its parents). */
export function addItem(text: string, path: DocPath, item: NewValue, options: EditOptions = {}): EditResult {
  return run(text, options, (ctx) => {
    const n = nodeAt(ctx.doc, path);
    const len = isSeq(n) ? n.items.length : 0;
    if (n !== undefined && !isSeq(n) && !isNullNode(n)) throw new EditError("this is not a list; use the Code view");
    return setInCtx(ctx, [...path, len], item);
  });
}

/** Removes item `index` of the list at `path`. */
export function removeItem(text: string, path: DocPath, index: number, options: EditOptions = {}): EditResult {
  return deleteIn(text, [...path, index], options);
}

/** Swaps items `index` and `index + 1` of the list at `path`. */
function swapWithNext(text: string, path: DocPath, index: number, options: EditOptions): EditResult {
  return run(text, options, (ctx) => {
    const seq = nodeAt(ctx.doc, path);
    if (!isSeq(seq) || index < 0 || index + 1 >= seq.items.length) throw new EditError("no such items to move");
    const spans = spansOf(ctx, seq);
    const a = spans[index];
    const b = spans[index + 1];
    if (!isBlock(seq)) {
      const t = ctx.text;
      return [{ from: a.first, to: b.end, insert: t.slice(b.first, b.end) + t.slice(a.end, b.first) + t.slice(a.first, a.end) }];
    }
    if (!a.lineOwned || !b.lineOwned) throw new EditError("cannot move these items; use the Code view");
    const A = entryLines(ctx.text, a);
    const B = entryLines(ctx.text, b);
    const t = ctx.text;
    return [{ from: A.from, to: B.to, insert: t.slice(B.from, B.to) + t.slice(A.to, B.from) + t.slice(A.from, A.to) }];
  });
}

/** Moves item `from` of the list at `path` to position `to`. */
export function moveItem(text: string, path: DocPath, from: number, to: number, options: EditOptions = {}): EditResult {
  let t = text;
  const step = to > from ? 1 : -1;
  for (let i = from; i !== to; i += step) {
    const r = swapWithNext(t, path, step > 0 ? i : i - 1, options);
    if (!r.ok) return r;
    t = r.text;
  }
  return run(t, options, () => []);
}

/**
 * Makes the list at `path` hold `values`, changing only the items that differ (an empty list
 * removes the key).
 */
export function setList(text: string, path: DocPath, values: ScalarValue[], options: EditOptions = {}): EditResult {
  const first = parseButane(text);
  if (!first.ok) return { ok: false, error: describeSyntax(first.syntax), syntax: first.syntax };
  if (values.length === 0) return deleteIn(text, path, options);
  const n = nodeAt(first.doc, path);
  if (!isSeq(n)) return setIn(text, path, values, options);
  const old = n.items.map((x) => {
    const d = deref(first.doc, x);
    return isScalar(d) ? d.source ?? String(d.value) : undefined;
  });
  let t = text;
  const apply = (r: EditResult): boolean => {
    if (r.ok) t = r.text;
    return r.ok;
  };
  let r: EditResult = { ok: true, text };
  for (let i = 0; i < Math.min(old.length, values.length); i++) {
    const v = values[i];
    if (old[i] !== (v instanceof Literal ? v.source : String(v))) {
      r = setIn(t, [...path, i], values[i], options);
      if (!apply(r)) return r;
    }
  }
  for (let i = old.length; i < values.length; i++) {
    r = addItem(t, path, values[i], options);
    if (!apply(r)) return r;
  }
  for (let i = old.length - 1; i >= values.length; i--) {
    r = removeItem(t, path, i, options);
    if (!apply(r)) return r;
  }
  return { ok: true, text: t };
}

