// Where in the document a cursor is, read from indentation alone so that it also works while
// the YAML is half typed (and therefore invalid). Block style only: flow collections and
// multi-line keys are not followed. Lines and columns are 1-based, as in the editor.
import type { Path, PathPart } from "../go/path";

/** Lines of a document, read on demand (an editor model can serve them without copying the text). */
export interface Lines {
  count: number;
  /** 0-based. */
  get(index: number): string;
}

export function linesOf(text: string): Lines {
  const all = text.split("\n");
  return { count: all.length, get: (i) => all[i] ?? "" };
}

const asLines = (doc: string | Lines): Lines => (typeof doc === "string" ? linesOf(doc) : doc);

interface Token {
  col: number; // 0-based column
  kind: "dash" | "key";
  key?: string;
  /** The text after "key:" (trimmed, comments removed). */
  rest?: string;
}

const keyRe = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"{[\]}:,&*!|>][^:#]*?))\s*:(?:\s+(.*)|$)/;

/** The block tokens a line starts with: "- " dashes, then possibly "key:". */
function tokens(line: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < line.length && line[i] === " ") i++;
  for (;;) {
    if (line[i] === "-" && (i + 1 === line.length || line[i + 1] === " ")) {
      out.push({ col: i, kind: "dash" });
      i++;
      while (i < line.length && line[i] === " ") i++;
      continue;
    }
    break;
  }
  const m = keyRe.exec(line.slice(i));
  if (m) {
    const rest = (m[4] ?? "").replace(/(^|\s)#.*$/, "").trim();
    out.push({ col: i, kind: "key", key: (m[1] ?? m[2] ?? m[3]).trim(), rest });
  }
  return out;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

/**
 * The path of the mapping a key written at (line, col) would belong to, scanning upwards for
 * the lines that open the enclosing blocks. `tokensBefore` are tokens on the cursor's own line
 * left of the cursor (e.g. "  - " before a key being typed). Returns undefined inside a block
 * scalar (`|`, `>`) or under a key that holds a plain value.
 */
function enclosingPath(lines: Lines, lineIdx: number, col: number, own: Token[]): Path | undefined {
  const path: PathPart[] = [];
  let x = col;
  const climb = (toks: Token[]): boolean | undefined => {
    // rightmost token left of x first
    for (let t = toks.length - 1; t >= 0; t--) {
      const tok = toks[t];
      if (tok.col >= x) continue;
      if (tok.kind === "dash") {
        path.unshift(0);
      } else {
        if (tok.rest && /^[|>]/.test(tok.rest)) return undefined; // inside a block scalar
        if (tok.rest && !/^[&!]/.test(tok.rest)) return false; // a plain value: not a parent
        path.unshift(tok.key!);
      }
      x = tok.col;
    }
    return true;
  };
  if (climb(own) === undefined) return undefined;
  for (let i = lineIdx - 1; i >= 0 && x > 0; i--) {
    const line = lines.get(i).replace(/\r$/, "");
    if (isBlank(line)) continue;
    const toks = tokens(line);
    const first = toks.length ? toks[0].col : line.length - line.trimStart().length;
    if (first >= x) continue;
    if (!toks.length) return undefined; // a continuation line of some scalar
    const r = climb(toks);
    if (r === undefined) return undefined;
    if (r === false) return undefined;
  }
  return path;
}

export interface CursorContext {
  /** The mapping the key at the cursor belongs to. */
  path: Path;
  /** The key being typed, when the cursor is in key position. */
  keyPrefix?: string;
  /** When the cursor is on a value: the key it belongs to. */
  valueKey?: string;
  /** Column (1-based) where the key or value being typed starts. */
  startColumn: number;
}

export function contextAt(doc: string | Lines, line: number, column: number): CursorContext | undefined {
  const lines = asLines(doc);
  const current = lines.get(line - 1).replace(/\r$/, "");
  const before = current.slice(0, column - 1);
  // key position: optional dashes, then a bare word being typed
  const keyPos = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(before);
  if (keyPos) {
    const col = keyPos[1].length;
    const own = tokens(keyPos[1]).filter((t) => t.kind === "dash");
    const path = enclosingPath(lines, line - 1, col, own);
    if (!path) return undefined;
    return { path, keyPrefix: keyPos[2], startColumn: col + 1 };
  }
  // value position: "key: partial"
  const toks = tokens(before);
  const last = toks[toks.length - 1];
  if (last?.kind === "key") {
    const valueStart = before.indexOf(":", last.col) + 1;
    const path = enclosingPath(lines, line - 1, last.col, toks.slice(0, -1));
    if (!path) return undefined;
    const lead = before.slice(valueStart).length - before.slice(valueStart).trimStart().length;
    return { path, valueKey: last.key, startColumn: valueStart + lead + 1 };
  }
  return undefined;
}

/** The full path of the key written on `line` around `column` (for hover), or undefined. */
export function keyPathAt(
  doc: string | Lines,
  line: number,
  column: number,
): { path: Path; key: string; startColumn: number; endColumn: number } | undefined {
  const lines = asLines(doc);
  const current = lines.get(line - 1).replace(/\r$/, "");
  const toks = tokens(current);
  const keyTok = toks.find((t) => t.kind === "key");
  if (!keyTok) return undefined;
  const end = keyTok.col + current.slice(keyTok.col).indexOf(":");
  if (column - 1 < keyTok.col || column - 1 > end) return undefined;
  const path = enclosingPath(lines, line - 1, keyTok.col, toks.filter((t) => t.kind === "dash"));
  if (!path) return undefined;
  return { path: [...path, keyTok.key!], key: keyTok.key!, startColumn: keyTok.col + 1, endColumn: end + 1 };
}

/**
 * The keys already written in the block mapping whose keys start at `column` (1-based) around
 * `line`, so that completion can leave them out. Follows the same indentation rules as above.
 */
export function siblingKeys(doc: string | Lines, line: number, column: number): Set<string> {
  const lines = asLines(doc);
  const col = column - 1;
  const keys = new Set<string>();
  const scan = (i: number): "stop" | "go" => {
    const l = lines.get(i).replace(/\r$/, "");
    if (isBlank(l)) return "go";
    const toks = tokens(l);
    if (!toks.length) {
      const indent = l.length - l.trimStart().length;
      return indent <= col ? "stop" : "go"; // deeper scalar text, or a line that closes the block
    }
    const key = toks.find((t) => t.kind === "key");
    if (key && key.col === col) {
      keys.add(key.key!);
      // a "- key:" line starts the list item: nothing above it belongs to this mapping
      return toks[0].kind === "dash" ? "stop" : "go";
    }
    return toks[0].col < col ? "stop" : "go";
  };
  for (let i = line - 2; i >= 0 && scan(i) === "go"; i--);
  for (let i = line; i < lines.count; i++) {
    const l = lines.get(i);
    const toks = tokens(l);
    if (toks[0]?.kind === "dash" && toks[0].col < col) break; // the next list item
    if (scan(i) === "stop") break;
  }
  return keys;
}
