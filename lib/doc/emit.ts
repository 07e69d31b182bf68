// Writing new YAML (a value that is not in the text yet) in the document's own block style.
import { isScalarValue, renderScalar, type ScalarValue } from "./scalar";

export type NewValue = ScalarValue | NewValue[] | { [key: string]: NewValue | undefined };

export interface Layout {
  /** Spaces per nesting level of block maps (2 unless the document uses another width). */
  unit: number;
  /** Extra spaces before `-` under a key: 2 for `key:\n  - x`, 0 for `key:\n- x`. */
  seqIndent: number;
}

export const DEFAULT_LAYOUT: Layout = { unit: 2, seqIndent: 2 };

function isEmptyCollection(v: NewValue): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return !isScalarValue(v) && Object.values(v).every((x) => x === undefined);
}

function entries(v: { [key: string]: NewValue | undefined }): [string, NewValue][] {
  return Object.entries(v).filter((e): e is [string, NewValue] => e[1] !== undefined);
}

/** A flow rendering, for values going into `[...]` or `{...}`. */
export function renderFlow(v: NewValue): string {
  if (isScalarValue(v)) return renderScalar(v, { indent: 0, inFlow: true });
  if (Array.isArray(v)) return "[" + v.map(renderFlow).join(", ") + "]";
  return "{" + entries(v).map(([k, x]) => `${renderScalar(k, { indent: 0, inFlow: true })}: ${renderFlow(x)}`).join(", ") + "}";
}

/**
 * What follows `key:` for a key at column `keyCol`: ` scalar\n`, or `\n` and the nested block.
 * Always ends with a newline.
 */
export function renderAfterKey(v: NewValue, keyCol: number, layout: Layout): string {
  if (isScalarValue(v)) {
    const s = renderScalar(v, { indent: keyCol + layout.unit, inFlow: false });
    return " " + s + (s.endsWith("\n") ? "" : "\n");
  }
  if (isEmptyCollection(v)) return Array.isArray(v) ? " []\n" : " {}\n";
  if (Array.isArray(v)) return "\n" + renderSeqItems(v, keyCol + layout.seqIndent, layout);
  return "\n" + renderMapLines(v, keyCol + layout.unit, layout);
}

/** `key: value` lines of a block map at column `col`, each line indented, ending with a newline. */
export function renderMapLines(v: { [key: string]: NewValue | undefined }, col: number, layout: Layout): string {
  return entries(v).map(([k, x]) => " ".repeat(col) + renderPair(k, x, col, layout)).join("");
}

/** `key: value` for a key at column `col`, without the leading indentation. */
export function renderPair(key: string, v: NewValue, col: number, layout: Layout): string {
  return renderScalar(key, { indent: 0, inFlow: false }) + ":" + renderAfterKey(v, col, layout);
}

/** Block sequence items with `-` at column `col`, each line indented, ending with a newline. */
export function renderSeqItems(items: NewValue[], col: number, layout: Layout): string {
  return items.map((x) => " ".repeat(col) + renderSeqItem(x, col, layout)).join("");
}

/** `- value` for a `-` at column `col`, without the leading indentation. */
export function renderSeqItem(v: NewValue, col: number, layout: Layout): string {
  const inner = col + 2;
  if (isScalarValue(v)) {
    const s = renderScalar(v, { indent: inner, inFlow: false });
    return "- " + s + (s.endsWith("\n") ? "" : "\n");
  }
  if (isEmptyCollection(v)) return Array.isArray(v) ? "- []\n" : "- {}\n";
  if (Array.isArray(v)) return "- " + renderSeqItems(v, inner, layout).slice(inner);
  // The first key shares the `-` line; the others line up under it.
  return "- " + renderMapLines(v, inner, layout).slice(inner);
}
