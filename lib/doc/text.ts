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
