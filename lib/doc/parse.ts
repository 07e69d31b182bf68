// Parsing the Butane text into a `yaml` Document that keeps every node's source range.
import { parseAllDocuments, visit, type Document } from "yaml";
import { PARSE_OPTIONS, reparseInPlace } from "./incremental";
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
 *
 * The last few parses are kept, so that one edit (read, splice, check, show) parses a text only
 * once. A large text that differs from a kept one inside one entry (a form edit, an undo) is not
 * parsed again: the kept Document is updated in place (./incremental.ts). So a Document from
 * this function is valid until the next call with another text; read it, do not keep it.
 */
const recent: Parsed[] = [];
const RECENT_LIMIT = 4;

/** Texts below this size are always parsed whole (it takes a few milliseconds). */
export const INCREMENTAL_MIN_LENGTH = 16 * 1024;

export function parseButane(text: string): Parsed {
  for (let i = 0; i < recent.length; i++) {
    const p = recent[i];
    if (p.text === text) {
      if (i > 0) recent.unshift(...recent.splice(i, 1));
      return p;
    }
  }
  const parsed = text.length >= INCREMENTAL_MIN_LENGTH ? (derive(text) ?? parseUncached(text)) : parseUncached(text);
  recent.unshift(parsed);
  if (recent.length > RECENT_LIMIT) recent.pop();
  return parsed;
}

/** The parse of `text` made from the latest kept parse by re-parsing only what changed. */
function derive(text: string): Parsed | undefined {
  const i = recent.findIndex((p) => p.ok);
  if (i < 0) return undefined;
  const base = recent[i] as Extract<Parsed, { ok: true }>;
  if (!reparseInPlace(base.doc, base.text, text)) return undefined;
  // its Document now belongs to `text`
  recent.splice(i, 1);
  return { ok: true, doc: base.doc, text };
}

/** Forgets the kept parses (tests, and a caller that must not share Documents). */
export function clearParseCache(): void {
  recent.length = 0;
}

function parseUncached(text: string): Parsed {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[];
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
