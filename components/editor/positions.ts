// Where a fatal error points: go-yaml prints "yaml: line 5: …" and "line 6: cannot unmarshal …".
/** Line and column of a fatal error text ("yaml: line 5: …", "line 6: cannot unmarshal …"). */
export function fatalPositions(error: string): { line: number; column?: number; message: string }[] {
  const out: { line: number; column?: number; message: string }[] = [];
  for (const m of error.matchAll(/line (\d+)(?:, column (\d+)|:(\d+))?: ([^\n]*)/g)) {
    out.push({ line: +m[1], column: m[2] ? +m[2] : m[3] ? +m[3] : undefined, message: m[4] });
  }
  return out;
}
