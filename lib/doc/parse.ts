// Parsing the Butane text into a `yaml` Document that keeps every node's source range.
import { parseAllDocuments, visit, type Document } from "yaml";
import { lineAndColumn } from "./text";

export interface SyntaxProblem {
  message: string;
  line?: number;
  column?: number;
}

export type Parsed = { ok: true; doc: Document.Parsed; text: string } | { ok: false; syntax: SyntaxProblem; text: string };

/**
 * Parses the first YAML document of `text` (Butane reads only the first one). Any error the
 * `yaml` package finds (syntax, duplicate keys, unknown aliases) makes the text uneditable by
 * the form: we cannot know where a splice would land.
 */
// The last few parses, so that one edit (read, splice, check, show) parses a text only once.
// Documents are never mutated by lib/doc, so sharing them is safe.
const recent: Parsed[] = [];
const RECENT_LIMIT = 4;

export function parseButane(text: string): Parsed {
  for (const p of recent) if (p.text === text) return p;
  const parsed = parseUncached(text);
  recent.unshift(parsed);
  if (recent.length > RECENT_LIMIT) recent.pop();
  return parsed;
}

function parseUncached(text: string): Parsed {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch (e) {
    return { ok: false, syntax: { message: e instanceof Error ? e.message : String(e) }, text };
  }
  const doc = docs[0] as Document.Parsed | undefined;
  if (!doc) {
    // Empty text: an empty document we can still add to.
    const empty = parseAllDocuments("", { keepSourceTokens: true });
    const d = Array.isArray(empty) ? (empty[0] as Document.Parsed | undefined) : undefined;
    if (d) return { ok: true, doc: d, text };
    return { ok: true, doc: emptyDocument(), text };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lineAndColumn(text, err.pos[0]);
    const message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, syntax: { message, line: pos.line, column: pos.column }, text };
  }
  // An alias before its anchor is not a parse error for the `yaml` package, but it is for Butane.
  let unknown: { message: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        unknown = { message: `unknown anchor '${node.source}' referenced`, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
    },
  });
  if (unknown) return { ok: false, syntax: { message: unknown.message, ...lineAndColumn(text, unknown.offset) }, text };
  return { ok: true, doc, text };
}

function emptyDocument(): Document.Parsed {
  const [d] = parseAllDocuments("~", { keepSourceTokens: true }) as Document.Parsed[];
  d.contents = null;
  return d;
}

export function describeSyntax(p: SyntaxProblem): string {
  const where = p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : "";
  return `The code has a syntax error${where}: ${p.message}`;
}
