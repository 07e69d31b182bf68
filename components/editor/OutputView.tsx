"use client";
// The Ignition output in a read-only Monaco editor, updated with minimal edits so that a large
// output does not flicker or lose its scroll position.
import { useEffect, useRef, useState } from "react";
import { designerStore, useDesigner } from "../state/store";
import { LARGE_DOCUMENT, applyMinimalEdit, loadMonaco, monacoTheme, sizeOptions } from "./monaco";

export default function OutputView({ dark }: { dark: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const output = useDesigner((s) => s.result.output);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      const text = designerStore.getState().result.output ?? "";
      const model = monaco.editor.createModel(text, languageOf(text));
      const ed = monaco.editor.create(host.current, {
        model,
        readOnly: true,
        domReadOnly: false,
        theme: monacoTheme(document.documentElement.dataset.theme === "dark"),
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        lineHeight: 20,
        scrollBeyondLastLine: false,
        renderLineHighlight: "none",
        ariaLabel: "Ignition output",
        ...sizeOptions(text.length > LARGE_DOCUMENT),
      });
      let large = text.length > LARGE_DOCUMENT;
      let shown = text; // the read-only model's text: only these updates change it
      const unsubscribe = designerStore.subscribe((s) => {
        const next = s.result.output ?? "";
        if (next === shown) return;
        if (next.length > LARGE_DOCUMENT !== large) {
          large = !large;
          ed.updateOptions(sizeOptions(large));
        }
        const lang = languageOf(next);
        if (model.getLanguageId() !== lang) monaco.editor.setModelLanguage(model, lang);
        applyMinimalEdit(monaco, model, next, false, shown);
        shown = next;
      });
      cleanup = () => {
        unsubscribe();
        ed.dispose();
        model.dispose();
      };
      setReady(true);
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, []);

  useEffect(() => {
    loadMonaco().then((m) => m.editor.setTheme(monacoTheme(dark)));
  }, [dark]);

  return (
    <div className="output-view">
      <div ref={host} className="code-host" data-testid="ignition-output" data-length={output?.length ?? 0} />
      {!ready && <pre className="placeholder">{(output ?? "").slice(0, 20000)}</pre>}
    </div>
  );
}

function languageOf(text: string): string {
  return text === "" || text.trimStart().startsWith("{") ? "ignition-json" : "yaml";
}
