// The `variant:` and `version:` lines of a Butane document, read and rewritten as text so that
// everything else (comments, order, formatting) stays as the user wrote it.

const lineRe = /^(variant|version)([ \t]*:[ \t]*)([^#\r\n]*?)([ \t]*(?:#.*)?)(\r?)$/;

function unquote(v: string): string {
  const m = /^"(.*)"$|^'(.*)'$/.exec(v);
  return m ? (m[1] ?? m[2]) : v;
}

export function readHeaderFields(text: string): { variant?: string; version?: string } {
  const out: { variant?: string; version?: string } = {};
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const m = lineRe.exec(text.slice(start, end));
    if (m && out[m[1] as "variant" | "version"] === undefined) out[m[1] as "variant" | "version"] = unquote(m[3].trim());
    if (out.variant !== undefined && out.version !== undefined) break;
    start = end + 1;
  }
  return out;
}

/** Set the top-level variant and version, touching only their values (added at the top when absent). */
export function setHeaderFields(text: string, variant: string, version: string): string {
  const lines = text.split("\n");
  const want: Record<string, string> = { variant, version };
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const m = lineRe.exec(lines[i]);
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    lines[i] = m[1] + m[2] + want[m[1]] + m[4] + m[5];
  }
  const missing = ["variant", "version"].filter((k) => !seen.has(k)).map((k) => `${k}: ${want[k]}`);
  if (missing.length) {
    const body = text === "" ? [] : lines;
    return [...missing, ...body].join("\n") + (text === "" ? "\n" : "");
  }
  return lines.join("\n");
}
