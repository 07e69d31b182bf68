// Completion and hover for Butane keys in the code view, from the schema of the spec the
// document declares (variant + version), and the engine's findings as editor markers.
import type { editor, languages, IDisposable } from "monaco-editor";
import type { Entry } from "../../lib/go/report";
import { contextAt, keyInfo, keyPathAt, keysAt, readHeaderFields, siblingKeys, type Lines } from "../../lib/schema-help";
import { type Path, pathString } from "../../lib/go/path";
import type { Monaco } from "./monaco";
import { fatalPositions } from "./positions";
import { SPEC_LIST, specType } from "./specs";

/** The model's lines, read one at a time (no copy of a large document per keystroke). */
function modelLines(model: editor.ITextModel): Lines {
  return { count: model.getLineCount(), get: (i) => (i >= 0 && i < model.getLineCount() ? model.getLineContent(i + 1) : "") };
}

/** The header as written in the first lines (where `variant:` and `version:` normally are). */
function headerOf(model: editor.ITextModel) {
  const n = Math.min(model.getLineCount(), 400);
  return readHeaderFields(model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: n, endColumn: model.getLineMaxColumn(n) }));
}

async function rootType(model: editor.ITextModel) {
  const { variant, version } = headerOf(model);
  if (!variant || !version) return undefined;
  return specType(variant, version);
}

export function registerButaneLanguage(monaco: Monaco, modelUri: string): IDisposable {
  const ours = (model: editor.ITextModel) => model.uri.toString() === modelUri;
  const completion = monaco.languages.registerCompletionItemProvider("yaml", {
    triggerCharacters: [" ", ":"],
    async provideCompletionItems(model, position) {
      if (!ours(model)) return { suggestions: [] };
      const ctx = contextAt(modelLines(model), position.lineNumber, position.column);
      if (!ctx) return { suggestions: [] };
      const range = new monaco.Range(position.lineNumber, ctx.startColumn, position.lineNumber, position.column);
      if (ctx.valueKey !== undefined) return { suggestions: await valueSuggestions(monaco, model, ctx.path, ctx.valueKey, range) };
      const root = await rootType(model);
      if (ctx.path.length === 0 && !root) {
        return {
          suggestions: ["variant", "version"].map((k) => ({
            label: k,
            kind: monaco.languages.CompletionItemKind.Property,
            insertText: `${k}: `,
            range,
          })),
        };
      }
      if (!root) return { suggestions: [] };
      const present = siblingKeys(modelLines(model), position.lineNumber, ctx.startColumn);
      const keys = keysAt(root, ctx.path)?.filter((k) => !present.has(k.key));
      if (!keys) return { suggestions: [] };
      const indent = " ".repeat(ctx.startColumn - 1);
      return {
        suggestions: keys.map((k, i): languages.CompletionItem => ({
          label: k.key,
          kind: monaco.languages.CompletionItemKind.Property,
          detail: k.kind,
          documentation: k.help,
          sortText: String(i).padStart(3, "0"),
          insertText:
            k.shape === "list"
              ? `${k.key}:\n${indent}  - $0`
              : k.shape === "mapping"
                ? `${k.key}:\n${indent}  $0`
                : `${k.key}: $0`,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          range,
        })),
      };
    },
  });

  const hover = monaco.languages.registerHoverProvider("yaml", {
    async provideHover(model, position) {
      if (!ours(model)) return null;
      const at = keyPathAt(modelLines(model), position.lineNumber, position.column);
      if (!at) return null;
      const root = await rootType(model);
      const info = root ? keyInfo(root, at.path) : undefined;
      if (!info) return null;
      const lines = [`**${at.key}** — ${info.kind}`, `\`${pathString(at.path)}\``];
      if (info.help) lines.push(info.help);
      return {
        range: new monaco.Range(position.lineNumber, at.startColumn, position.lineNumber, at.endColumn),
        contents: lines.map((value) => ({ value })),
      };
    },
  });
  return { dispose: () => (completion.dispose(), hover.dispose()) };
}

async function valueSuggestions(monaco: Monaco, model: editor.ITextModel, path: Path, key: string, range: InstanceType<Monaco["Range"]>) {
  const plain = (values: string[]): languages.CompletionItem[] =>
    values.map((v, i) => ({ label: v, kind: monaco.languages.CompletionItemKind.Value, insertText: v, range, sortText: String(i).padStart(3, "0") }));
  if (path.length === 0 && (key === "variant" || key === "version")) {
    const specs = SPEC_LIST;
    if (key === "variant") return plain([...new Set(specs.map((s) => s.variant))]);
    const { variant } = headerOf(model);
    return plain(specs.filter((s) => s.variant === variant).map((s) => s.version));
  }
  const root = await rootType(model);
  const info = root ? keyInfo(root, [...path, key]) : undefined;
  return info?.bool ? plain(["true", "false"]) : [];
}

export function setMarkers(monaco: Monaco, model: editor.ITextModel, report: Entry[], error?: string): void {
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
  const lines = model.getLineCount();
  const marker = (level: keyof typeof severity, line: number, column: number | undefined, message: string): editor.IMarkerData => {
    const l = Math.min(Math.max(line, 1), lines);
    const start = column && column > 0 ? column : model.getLineFirstNonWhitespaceColumn(l) || 1;
    const end = Math.max(model.getLineMaxColumn(l), start + 1);
    return { severity: severity[level], startLineNumber: l, startColumn: start, endLineNumber: l, endColumn: end, message, source: "butane" };
  };
  const markers = report.filter((e) => e.line).map((e) => marker(e.level, e.line!, e.column, e.message));
  if (error) for (const p of fatalPositions(error)) markers.push(marker("error", p.line, p.column, p.message));
  monaco.editor.setModelMarkers(model, "kindling", markers);
}
