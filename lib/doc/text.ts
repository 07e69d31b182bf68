// Offsets, lines and columns in the Butane text.

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** The offset just past the newline ending the line that holds `offset` (or the text's end). */
export function lineEndIncl(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** True when only spaces precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: column(text, offset) + 1 };
}

export interface Splice {
  from: number;
  to: number;
  insert: string;
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.from) + s.insert + text.slice(s.to);
}

/** Where two texts differ: `from` is where they start to, `oldTo`/`newTo` where the common tail starts. */
export interface Change {
  from: number;
  oldTo: number;
  newTo: number;
}

/** The longest `n` ≤ `max` for which `same(n)` holds, when `same` holds for every n below it. */
function longestRun(max: number, same: (from: number, length: number) => boolean): number {
  // blocks of halving sizes, each compared as one substring (a memcmp inside the engine)
  // rather than a character at a time: a megabyte's common prefix costs microseconds
  let n = 0;
  for (let block = 1 << 16; block >= 1; block >>= 1) while (n + block <= max && same(n, block)) n += block;
  return n;
}

/** The common head and tail of `a` and `b` (the tail not reaching into the head). */
export function commonEnds(a: string, b: string): Change {
  const max = Math.min(a.length, b.length);
  const from = longestRun(max, (at, n) => a.substring(at, at + n) === b.substring(at, at + n));
  const tail = longestRun(max - from, (at, n) => a.substring(a.length - at - n, a.length - at) === b.substring(b.length - at - n, b.length - at));
  return { from, oldTo: a.length - tail, newTo: b.length - tail };
}
