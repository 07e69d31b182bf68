// Monaco, loaded on demand in the browser only, from the bundled monaco-editor package (no CDN):
// the editor core and its features, YAML highlighting, a small JSON highlighter for the output,
// and the editor worker served from our own build.
import { commonEnds } from "../../lib/doc/text";

export type Monaco = typeof import("monaco-editor");

let loading: Promise<Monaco> | undefined;

export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    (self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
      getWorker: () => new Worker(new URL("monaco-editor/esm/vs/editor/editor.worker", import.meta.url), { name: "monaco-editor" }),
    };
    const monaco = (await import("monaco-editor/esm/vs/editor/edcore.main")) as unknown as Monaco;
    await import("monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution");
    registerJsonHighlighting(monaco);
    defineThemes(monaco);
    return monaco;
  })();
  return loading;
}

/** A Monarch tokenizer for the output: enough to color JSON, no language worker needed. */
function registerJsonHighlighting(monaco: Monaco): void {
  monaco.languages.register({ id: "ignition-json" });
  monaco.languages.setMonarchTokensProvider("ignition-json", {
    tokenizer: {
      root: [
        [/"(?:[^"\\]|\\.)*"(?=\s*:)/, "type"],
        [/"(?:[^"\\]|\\.)*"/, "string"],
        [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, "number"],
        [/\b(?:true|false|null)\b/, "keyword"],
        [/[{}[\],:]/, "delimiter"],
      ],
    },
  });
  monaco.languages.setLanguageConfiguration("ignition-json", {
    brackets: [
      ["{", "}"],
      ["[", "]"],
    ],
  });
}

function defineThemes(monaco: Monaco): void {
  monaco.editor.defineTheme("kindling-light", {
    base: "vs",
    inherit: true,
    rules: [
      { token: "type", foreground: "8a3c00" },
      { token: "string", foreground: "0b6e4f" },
    ],
    // line numbers (the dimmed one after a final newline included) readable: 4.5:1 or more
    colors: { "editor.background": "#fffdf9", "editorLineNumber.foreground": "#5f6b73", "editorLineNumber.dimmedForeground": "#5f6b73" },
  });
  monaco.editor.defineTheme("kindling-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [
      { token: "type", foreground: "ffb26b" },
      { token: "string", foreground: "8fd9b6" },
    ],
    colors: { "editor.background": "#17151a", "editorLineNumber.foreground": "#9a958f", "editorLineNumber.dimmedForeground": "#9a958f" },
  });
}

export function monacoTheme(dark: boolean): string {
  return dark ? "kindling-dark" : "kindling-light";
}

/**
 * Replace a model's text with the smallest single edit (common prefix and suffix kept), so that
 * cursors, scroll and folding survive and a 1 MB document is not re-set for a one-letter change.
 */
export function applyMinimalEdit(
  monaco: Monaco,
  model: import("monaco-editor").editor.ITextModel,
  next: string,
  asUndoStop = false,
  // the model's text when the caller knows it (a read-only model it alone edits): saves
  // building a copy of a megabyte model on every update
  current?: string,
): void {
  const prev = current ?? model.getValue();
  if (prev === next) return;
  const { from, oldTo, newTo } = commonEnds(prev, next);
  const a = model.getPositionAt(from);
  const b = model.getPositionAt(oldTo);
  const edit = { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: next.slice(from, newTo) };
  if (asUndoStop) model.pushEditOperations([], [edit], () => null);
  else model.applyEdits([edit]);
}

/** Above this many characters, features that rescan the whole document on every edit are turned off. */
export const LARGE_DOCUMENT = 200_000;

/**
 * Editor options for large documents: folding, sticky scroll, occurrence and selection
 * highlights, link detection, bracket colouring and guides all recompute over the whole model
 * after an edit; on a 1 MB config that is where typing would stutter.
 */
export function sizeOptions(large: boolean): import("monaco-editor").editor.IEditorOptions {
  return {
    folding: !large,
    stickyScroll: { enabled: !large },
    occurrencesHighlight: large ? "off" : "singleFile",
    selectionHighlight: !large,
    links: !large,
    colorDecorators: !large,
    matchBrackets: large ? "never" : "always",
    bracketPairColorization: { enabled: !large },
    guides: { indentation: !large, bracketPairs: false, highlightActiveIndentation: !large },
    unicodeHighlight: large ? { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false } : {},
  };
}
