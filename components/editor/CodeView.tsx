"use client";
// The Code view: the Butane document in Monaco, with YAML highlighting, key completion and
// hover from the declared spec, the engine's findings as markers, and undo/redo going through
// the shared store (so they also undo edits made in the Form view).
import { useEffect, useRef, useState } from "react";
import type { editor } from "monaco-editor";
import SchemaLineButton from "./SchemaLineButton";
import { offerImportOnPaste } from "./paste-import";
import { downloadButane } from "../designer/save-butane";
import { designerStore, useDesigner } from "../state/store";
import { registerButaneLanguage, setMarkers } from "./butane-language";
import { LARGE_DOCUMENT, applyMinimalEdit, loadMonaco, monacoTheme, sizeOptions } from "./monaco";
import { startTabFocus, toggleTabFocus } from "./tab-focus";

const MODEL_URI = "inmemory://kindling/document.bu";

export default function CodeView({ dark, visible }: { dark: boolean; visible: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  const [tabMovesFocus, setTabMovesFocus] = useState(true);

  useEffect(() => {
    let disposed = false;
    const cleanups: (() => void)[] = [];
    loadMonaco()
      .then((monaco) => {
        if (disposed || !host.current) return;
        const store = designerStore;
        const uri = monaco.Uri.parse(MODEL_URI);
        const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(store.getState().text, "yaml", uri);
        model.updateOptions({ tabSize: 2, insertSpaces: true });
        const ed = monaco.editor.create(host.current, {
          model,
          theme: monacoTheme(document.documentElement.dataset.theme === "dark"),
          automaticLayout: true,
          minimap: { enabled: false },
          fontSize: 14,
          lineHeight: 21,
          scrollBeyondLastLine: false,
          wordBasedSuggestions: "off",
          quickSuggestions: { other: true, comments: false, strings: true },
          suggest: { showWords: false },
          renderWhitespace: "selection",
          fixedOverflowWidgets: true,
          ariaLabel: "Butane document",
          ...sizeOptions(store.getState().text.length > LARGE_DOCUMENT),
        });
        let large = store.getState().text.length > LARGE_DOCUMENT;
        editorRef.current = ed;
        let synced = model.getValue();
        if (synced !== store.getState().text) {
          applyMinimalEdit(monaco, model, store.getState().text);
          synced = store.getState().text;
        }
        let applying = false;
        const changes = model.onDidChangeContent(() => {
          if (applying) return;
          synced = model.getValue();
          store.getState().setText(synced, "code");
        });
        const reveal = (line: number, column: number) => {
          requestAnimationFrame(() => {
            ed.layout();
            ed.revealLineInCenter(line);
            ed.setPosition({ lineNumber: line, column });
            ed.focus();
          });
        };
        const unsubscribe = store.subscribe((s, prev) => {
          if (s.text !== prev.text && s.text.length > LARGE_DOCUMENT !== large) {
            large = !large;
            ed.updateOptions(sizeOptions(large));
          }
          if (s.text !== prev.text && s.text !== synced) {
            applying = true;
            try {
              applyMinimalEdit(monaco, model, s.text, false, synced);
            } finally {
              applying = false;
            }
            synced = s.text;
          }
          if (s.result !== prev.result && (s.result.report !== prev.result.report || s.result.error !== prev.result.error)) {
            setMarkers(monaco, model, s.result.report, s.result.error);
          }
          if (s.reveal && s.reveal !== prev.reveal) reveal(s.reveal.line, s.reveal.column);
        });
        const { result, reveal: pendingReveal } = store.getState();
        setMarkers(monaco, model, result.report, result.error);
        if (pendingReveal) reveal(pendingReveal.line, pendingReveal.column);

        const { KeyMod, KeyCode } = monaco;
        ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => store.getState().undo());
        ed.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => store.getState().redo());
        ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => store.getState().redo());
        ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, downloadButane);
        const stopTabFocus = startTabFocus(setTabMovesFocus);
        const cursorSub = ed.onDidChangeCursorPosition((e) => setCursor({ line: e.position.lineNumber, column: e.position.column }));
        const language = registerButaneLanguage(monaco, uri.toString());
        const pasteOffer = offerImportOnPaste(ed);
        cleanups.push(() => {
          stopTabFocus();
          pasteOffer.dispose();
          changes.dispose();
          cursorSub.dispose();
          language.dispose();
          unsubscribe();
          ed.dispose();
          editorRef.current = null;
        });
        setState("ready");
      })
      .catch((e) => {
        console.error("Monaco failed to load", e);
        if (!disposed) setState("failed");
      });
    return () => {
      disposed = true;
      cleanups.forEach((c) => c());
    };
  }, []);

  useEffect(() => {
    loadMonaco().then((m) => m.editor.setTheme(monacoTheme(dark)));
  }, [dark]);

  useEffect(() => {
    if (visible) editorRef.current?.layout();
  }, [visible]);

  return (
    <div className="code-view">
      <div ref={host} className="code-host" data-state={state} />
      {state === "loading" && <PlainText />}
      {state === "failed" && <FallbackTextarea />}
      <div className="statusbar" aria-live="off">
        <span data-testid="cursor">
          Ln {cursor.line}, Col {cursor.column}
        </span>
        <SchemaLineButton />
        {state === "ready" && (
          <button
            type="button"
            className="link tab-mode"
            onClick={toggleTabFocus}
            title="What the Tab key does in the editor (Ctrl+M switches it while you type)"
          >
            {tabMovesFocus ? "Tab moves focus · Ctrl+M: indent with Tab" : "Tab indents · Ctrl+M: Tab moves focus"}
          </button>
        )}
        <span>YAML · Butane</span>
      </div>
    </div>
  );
}

/** The document as plain text while the editor loads, so it can be read at once. */
function PlainText() {
  const text = useDesigner((s) => s.text);
  return (
    <pre className="placeholder plain-text" data-testid="plain-text">
      {text.length > 50_000 ? text.slice(0, 50_000) + "\n…" : text}
    </pre>
  );
}

/** When Monaco cannot start (very old browser), editing still works in a plain textarea. */
function FallbackTextarea() {
  const [text, setText] = useState(designerStore.getState().text);
  useEffect(() => designerStore.subscribe((s) => setText(s.text)), []);
  return (
    <textarea
      className="fallback-editor"
      aria-label="Butane document"
      spellCheck={false}
      value={text}
      onChange={(e) => designerStore.getState().setText(e.target.value, "code")}
    />
  );
}
