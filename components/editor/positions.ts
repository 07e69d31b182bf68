// Where a fatal error points: go-yaml prints "yaml: line 5: …" and "line 6: cannot unmarshal …".
/** Line and column of a fatal error text ("yaml: line 5: …", "line 6: cannot unmarshal …"). */
export function fatalPositions(error: string): { line: number; column?: number; message: string }[] {
  const out: { line: number; column?: number; message: string }[] = [];
  for (const m of error.matchAll(/line (\d+)(?:, column (\d+)|:(\d+))?: ([^\n]*)/g)) {
    out.push({ line: +m[1], column: m[2] ? +m[2] : m[3] ? +m[3] : undefined, message: m[4] });
  }
  return out;
}

/** The engine's YAML syntax error (go-yaml's words and line), when a fatal error is one. */
export function yamlSyntaxError(error: string | undefined): { line: number; column: number; message: string } | undefined {
  if (!error || !/^Error unmarshaling yaml: yaml: line \d+/.test(error)) return undefined;
  const at = fatalPositions(error)[0];
  return at && { line: at.line, column: at.column ?? 1, message: at.message };
}

/** The same error as one sentence, as both the Problems list and the form say it. */
export const SYNTAX_ERROR_PREFIX = "YAML syntax error";

/** The top-level key (`storage`, `systemd`…) whose part of the text holds `line`, if any. */
export function topLevelKeyAt(text: string, line: number): string | undefined {
  const lines = text.split("\n", line);
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]);
    if (m) return m[1];
  }
  return undefined;
}
