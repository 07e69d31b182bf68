// The keys a Butane spec knows, read from the engine's own type descriptors (the StructType
// tree that decodes the document and that lib/json-schema publishes), for did-you-mean.
import { getSpec, type GoType, type StructType } from "../index";

function structOf(t: GoType | undefined): StructType | undefined {
  while (t && (t.kind === "ptr" || t.kind === "slice" || t.kind === "map")) t = t.elem;
  return t?.kind === "struct" ? t : undefined;
}

/** The struct a document path leads to (list indexes and map keys step into their elements). */
function structAt(root: StructType, path: readonly (string | number)[]): StructType | undefined {
  let t: GoType | undefined = root;
  for (const seg of path) {
    while (t && t.kind === "ptr") t = t.elem;
    if (!t) return undefined;
    if (t.kind === "slice" || t.kind === "map") t = t.elem;
    else if (t.kind === "struct" && typeof seg === "string") t = t.fields.find((f) => f.key === seg)?.type;
    else return undefined;
  }
  return structOf(t);
}

function allKeys(root: StructType): string[] {
  const seen = new Set<StructType>();
  const keys = new Set<string>();
  const visit = (t: StructType | undefined) => {
    if (!t || seen.has(t)) return;
    seen.add(t);
    for (const f of t.fields) {
      keys.add(f.key);
      visit(structOf(f.type));
    }
  };
  visit(root);
  return [...keys];
}

/**
 * The keys valid in the map that holds `path`'s last key, for the document's spec; every key
 * of the spec when the path cannot be followed; undefined for an unknown spec.
 */
export function keysBeside(variant: unknown, version: unknown, path: readonly (string | number)[]): string[] | undefined {
  if (typeof variant !== "string" || typeof version !== "string") return undefined;
  const spec = getSpec(variant, version);
  if (!spec) return undefined;
  const parent = structAt(spec.type, path.slice(0, -1));
  return parent ? parent.fields.map((f) => f.key) : allKeys(spec.type);
}

/** Damerau–Levenshtein distance (adjacent swaps count as one edit). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The nearest of `candidates` within `max` edits of `word` (ties: the first listed). */
export function nearest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d > 0 && d < bestD) [best, bestD] = [c, d];
  }
  return best;
}
