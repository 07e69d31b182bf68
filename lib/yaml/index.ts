// Reading Butane YAML exactly as Butane 0.29.0 does through go-yaml v3 and vcontext.
//   scanner.ts  tokens, marks and syntax errors (libyaml's scanner as v3 runs it)
//   parser.ts   events (libyaml's parser state machine)
//   nodes.ts    yaml.Node tree of the first document, anchors and aliases
//   resolve.ts  scalar resolution (tags, ints, floats, bools, nulls, timestamps)
//   decode.ts   decoding into a Go type descriptor, collected type errors, merges, alias limits
//   tree.ts     vcontext's position tree (Correlate) and ignition's unused-key check
import { type StructType, zeroValue } from "../go/gotype";
import type { Entry } from "../go/report";
import { Decoder, typeErrorText } from "./decode";
import { YamlError } from "./errors";
import { parseFirstDocument } from "./nodes";
import { compactPositions, ContextTree, type PositionTree } from "./tree";

export type { PositionTree, Position } from "./tree";

/** Butane's config.commonFields: the struct of the first pass. */
const commonFields: StructType = {
  kind: "struct",
  name: "config.commonFields",
  fields: [
    { key: "version", type: { kind: "string" } },
    { key: "variant", type: { kind: "string" } },
  ],
};

/** The text of a failure: go-yaml's error, or a guard against input too deep to walk. */
function failureText(e: unknown): string {
  if (e instanceof YamlError) return e.message;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return "yaml: exceeded max depth of 10000";
  throw e;
}

// Butane parses the same text twice (header, then the whole document); the node tree is never
// modified after composition, so the second pass takes over the tree the first pass left here.
let lastParsed: { text: string; doc: ReturnType<typeof parseFirstDocument> } | undefined;

function parseForHeader(text: string): ReturnType<typeof parseFirstDocument> {
  lastParsed = undefined;
  const doc = parseFirstDocument(text);
  lastParsed = { text, doc };
  return doc;
}

function parseForDecode(text: string): ReturnType<typeof parseFirstDocument> {
  const cached = lastParsed;
  lastParsed = undefined; // used once: each transpile parses once, and no tree is kept alive
  return cached !== undefined && cached.text === text ? cached.doc : parseFirstDocument(text);
}

/** Butane's first pass: yaml.Unmarshal into {version, variant}. */
export function readHeader(text: string): { variant: string; version: string } | { fatal: string } {
  try {
    const doc = parseForHeader(text);
    let value = zeroValue(commonFields) as Record<string, unknown>;
    if (doc) {
      const d = new Decoder();
      value = d.unmarshal(doc, commonFields, value) as Record<string, unknown>;
      if (d.terrors.length) return { fatal: "Error unmarshaling yaml: " + typeErrorText(d.terrors) };
    }
    return { variant: value.variant as string, version: value.version as string };
  } catch (e) {
    return { fatal: "Error unmarshaling yaml: " + failureText(e) };
  }
}

/** Butane's second pass: yaml.Decoder.Decode into the spec's type, plus vcontext's tree and unused keys. */
export function decodeDocument(
  text: string,
  rootType: StructType,
):
  | { ok: true; value: Record<string, unknown>; tree: PositionTree; unused: Entry[] }
  | { ok: false; fatal: string } {
  try {
    const doc = parseForDecode(text);
    if (!doc) return { ok: false, fatal: "EOF" };
    const d = new Decoder();
    const value = d.unmarshal(doc, rootType, zeroValue(rootType)) as Record<string, unknown>;
    if (d.terrors.length) return { ok: false, fatal: typeErrorText(d.terrors) };
    const tree = new ContextTree(doc);
    return { ok: true, value, tree: compactPositions(tree), unused: tree.unusedKeys(rootType, value) };
  } catch (e) {
    return { ok: false, fatal: failureText(e) };
  }
}
