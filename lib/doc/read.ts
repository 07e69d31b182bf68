// Reading typed values from the Document as Butane (go-yaml v3) would decode them.
import { isMap, isScalar, isSeq, type Document } from "yaml";
import { deref, nodeAt, type DocPath } from "./nodes";

/** Go's strconv.ParseInt(s, 0, 64) as go-yaml uses it: `0644` octal, `0o`, `0x`, `0b`, `_`. */
export function parseGoInt(source: string): number | undefined {
  const s = source.trim();
  const m = /^([-+]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (m) {
    const sign = m[1] === "-" ? -1 : 1;
    let body = m[2];
    if (/__|_$/.test(body)) return undefined;
    body = body.replace(/_/g, "");
    let n: number;
    if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
    else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
    else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
    else if (body.length > 1 && body.startsWith("0")) n = parseInt(body.slice(1), 8);
    else n = parseInt(body, 10);
    return Number.isFinite(n) ? sign * n : undefined;
  }
  // go-yaml also takes decimal digits with a leading zero (`08`) and floats, truncated.
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(s)) return Math.trunc(parseFloat(s));
  return undefined;
}

const TRUE = /^(?:true|yes|on|y)$/i;
const FALSE = /^(?:false|no|off|n)$/i;

function scalarAt(doc: Document, path: DocPath, from?: unknown) {
  const n = nodeAt(doc, path, from === undefined ? doc.contents : from);
  return isScalar(n) && n.value !== null ? n : undefined;
}

/** A scalar's text before type resolution, as a string field takes it (`path` from `from`, else the root). */
export function readString(doc: Document, path: DocPath, from?: unknown): string | undefined {
  const n = scalarAt(doc, path, from);
  if (!n) return undefined;
  return n.source ?? String(n.value);
}

export function readInt(doc: Document, path: DocPath): number | undefined {
  const s = readString(doc, path);
  return s === undefined ? undefined : parseGoInt(s);
}

export function readBool(doc: Document, path: DocPath): boolean | undefined {
  const s = readString(doc, path);
  if (s === undefined) return undefined;
  return TRUE.test(s) ? true : FALSE.test(s) ? false : undefined;
}

/** The items of a list of scalars (non-scalar items are skipped). */
export function readStrings(doc: Document, path: DocPath): string[] {
  const n = nodeAt(doc, path);
  if (!isSeq(n)) return [];
  return n.items.flatMap((x) => {
    const d = deref(doc, x);
    return isScalar(d) && d.value !== null ? [d.source ?? String(d.value)] : [];
  });
}

export function listLength(doc: Document, path: DocPath): number {
  const n = nodeAt(doc, path);
  return isSeq(n) ? n.items.length : 0;
}

export function has(doc: Document, path: DocPath): boolean {
  const n = nodeAt(doc, path);
  return n !== undefined && n !== null && !(isScalar(n) && n.value === null);
}

export function isMapAt(doc: Document, path: DocPath): boolean {
  return isMap(nodeAt(doc, path));
}

