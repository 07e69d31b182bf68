"use client";
// The Form view: the Butane document as sections of fields. It reads the parsed YAML Document
// and writes each change back as a small splice of the text (lib/doc), so comments and
// formatting elsewhere survive. While the text has a syntax error the form shows the last
// version that parsed, read-only, and says so.
//
// A form edit on a large document stays cheap: lib/doc re-parses only the entry an edit
// changed (the Document is updated in place), and the lists re-render only the items whose
// part of the document or whose findings changed.
import { useCallback, useMemo, useRef, useState } from "react";
import { isMap, type Document } from "yaml";
import { describeSyntax, has, parseButane, setIn, type EditResult } from "../../lib/doc";
import type { Entry } from "../../lib/go/report";
import { DEFAULT_SPEC } from "../state/default-document";
import { inFresh, useFreshEntry } from "../state/fresh-entry";
import { designerStore, useDesigner } from "../state/store";
import { FormContext, pathKey, type Edit, type FormContextValue } from "./context";
import { FilesSection, DirectoriesSection, LinksSection, FilesystemsSection } from "./sections-storage";
import { GroupsSection, UsersSection } from "./sections-passwd";
import { KernelArgumentsSection, UnitsSection } from "./sections-systemd";
import SyntaxBanner from "./SyntaxBanner";
import FlatcarSettings from "../settings/FlatcarSettings";
import "./form.css";

const DEFAULT_HEADER = DEFAULT_SPEC;

/** Before the first edit of a document without `variant`/`version`, give it the default ones. */
function ensureHeader(text: string): EditResult {
  const p = parseButane(text);
  if (!p.ok) return { ok: false, error: describeSyntax(p.syntax) };
  if (has(p.doc, ["variant"]) || has(p.doc, ["version"])) return { ok: true, text };
  const r = setIn(text, ["variant"], DEFAULT_HEADER.variant);
  return r.ok ? setIn(r.text, ["version"], DEFAULT_HEADER.version) : r;
}

/**
 * The newest earlier text that parses, from the undo history: the Form tab is not mounted while
 * the Code view is shown, so a syntax error typed there is first seen here on mount.
 */
function lastParsableFromHistory(): Document | null {
  const { past } = designerStore.getState().history;
  for (let i = past.length - 1; i >= Math.max(0, past.length - 30); i--) {
    const p = parseButane(past[i].text);
    if (p.ok) return p.doc;
  }
  return null;
}

/** Applies `edits` to the current text (given a header first); the new text, or why not. */
function run(edits: Edit[]): EditResult {
  let r: EditResult = ensureHeader(designerStore.getState().text);
  for (const e of edits) if (r.ok) r = e(r.text);
  return r;
}

export default function FormView() {
  const text = useDesigner((s) => s.text);
  const report = useDesigner((s) => s.result.report);
  const fresh = useFreshEntry((s) => s.path);
  // Not memoized on the text: the parse is kept by lib/doc, and a Document is valid only until
  // another text is parsed (an edit that failed half-way may have parsed one).
  const parsed = parseButane(text);
  const lastGood = useRef<Document | null>(null);
  if (parsed.ok) lastGood.current = parsed.doc;
  else if (!lastGood.current) lastGood.current = lastParsableFromHistory();
  const doc = parsed.ok ? parsed.doc : lastGood.current;
  const [problem, setProblem] = useState<string | null>(null);

  const commit = useCallback((r: EditResult, store: (text: string) => void) => {
    if (!r.ok) {
      setProblem(r.error);
      return false;
    }
    setProblem(null);
    store(r.text);
    return true;
  }, []);
  const apply = useCallback((...edits: Edit[]) => commit(run(edits), (t) => designerStore.getState().setText(t, "form")), [commit]);
  const attach = useCallback(
    (files: Record<string, Uint8Array | null>, ...edits: Edit[]) => commit(run(edits), (t) => designerStore.getState().change(files, { text: t, origin: "form" })),
    [commit],
  );

  const byPath = useMemo(() => {
    const m = new Map<string, Entry[]>();
    for (const e of report) {
      const k = pathKey(e.path);
      if (inFresh(fresh, k)) continue;
      m.set(k, [...(m.get(k) ?? []), e]);
    }
    return m;
  }, [report, fresh]);
  const findings = useCallback(
    (path: readonly (string | number)[], deep?: boolean) => {
      const key = pathKey(path);
      if (!deep) return byPath.get(key) ?? [];
      return [...byPath.entries()].filter(([k]) => k === key || k.startsWith(key + ".")).flatMap(([, v]) => v);
    },
    [byPath],
  );

  // One context value for the form's life, reading through to this render's document.
  const live = useRef({ doc, editable: parsed.ok, findings });
  live.current = { doc, editable: parsed.ok, findings };
  const ctx = useMemo<FormContextValue>(
    () => ({
      get doc() {
        return live.current.doc as Document;
      },
      get editable() {
        return live.current.editable;
      },
      findings: (path, deep) => live.current.findings(path, deep),
      apply,
      attach,
    }),
    [apply, attach],
  );

  return (
    <div className="form-view">
      {!parsed.ok && (
        <SyntaxBanner text={text} own={parsed.syntax} hasDoc={Boolean(doc)} />
      )}
      {problem && (
        <div className="form-banner warning" role="status">
          {problem}{" "}
          <button type="button" className="link" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
      {doc && doc.contents && !isMap(doc.contents) && (
        <div className="form-banner warning" role="status">
          The top level of this document is not a mapping of Butane sections, so the form has nothing to show. Edit it in the Code view.
        </div>
      )}
      {doc && (
        <FormContext.Provider value={ctx}>
          <fieldset className="form-body" disabled={!parsed.ok}>
            <legend className="visually-hidden">Butane document</legend>
            {!has(doc, ["variant"]) && !has(doc, ["version"]) && (
              <p className="form-note">This document has no spec yet: the first change made here starts it as Flatcar 1.1.0 (pick another with Spec above).</p>
            )}
            <UsersSection />
            <GroupsSection />
            <FilesSection />
            <DirectoriesSection />
            <LinksSection />
            <UnitsSection />
            <KernelArgumentsSection />
            <FilesystemsSection />
            <FlatcarSettings />
          </fieldset>
        </FormContext.Provider>
      )}
    </div>
  );
}
