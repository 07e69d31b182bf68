"use client";
// The one page: header; the document on the left (Form or Code); the Ignition output and the
// problems on the right. Starts the engine worker and the autosave, and owns the page-wide
// shortcuts (undo/redo) and drag-and-drop.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { startAutosave } from "../state/autosave";
import { startEngine } from "../state/engine-client";
import { designerStore, useDesigner } from "../state/store";
import ExportBar from "../export/ExportBar";
import SharedLinkOpener from "../export/SharedLinkOpener";
import SavedWorkNotices from "./SavedWorkNotices";
import Workshop from "../workshop/Workshop";
import ImportNotice from "./ImportNotice";
import FilesPanel from "./FilesPanel";
import Header from "./Header";
import IgnitionPane from "./IgnitionPane";
import ProblemsPanel from "./ProblemsPanel";
import { handleDrop } from "./open-files";
import { ShortcutsDialog, usePageShortcuts } from "./Shortcuts";
import Welcome from "./Welcome";
import { useTheme } from "./theme";
import "./newcomer.css";

const CodeView = dynamic(() => import("../editor/CodeView"), { ssr: false });
const FormView = dynamic(() => import("../form/FormView"), { ssr: false });

export default function Designer() {
  const { choice, dark, cycle } = useTheme();
  const tab = useDesigner((s) => s.tab);
  const setTab = useDesigner((s) => s.setTab);
  const [dragging, setDragging] = useState(false);
  usePageShortcuts();

  useEffect(() => {
    const stopAutosave = startAutosave();
    const stopEngine = startEngine();
    return () => {
      stopEngine();
      stopAutosave();
    };
  }, []);

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside the code editor (which binds its own) go to the
  // shared history, so the Form view's edits undo the same way.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest(".monaco-editor")) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) designerStore.getState().undo();
      else if ((k === "z" && e.shiftKey) || k === "y") designerStore.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div
      className="designer"
      data-dragging={dragging ? "true" : undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes("Files")) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!to || !e.currentTarget.contains(to)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDragging(false);
        void handleDrop([...e.dataTransfer.files]);
      }}
    >
      <Header theme={choice} onTheme={cycle} />
      <ExportBar />
      <SharedLinkOpener />
      <SavedWorkNotices />
      <Workshop />
      <ImportNotice />
      <Welcome />
      <main className="workspace">
        <section className="document" aria-label="Butane document">
          <div className="tabs" role="tablist" aria-label="View">
            {(["form", "code"] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-controls={`panel-${t}`}
                aria-selected={tab === t}
                tabIndex={tab === t ? 0 : -1}
                className="tab"
                onClick={() => setTab(t)}
                onKeyDown={(e) => {
                  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
                  const next = t === "form" ? "code" : "form";
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }}
              >
                {t === "form" ? "Form" : "Code"}
              </button>
            ))}
          </div>
          <div className="tab-panel" role="tabpanel" id="panel-form" aria-labelledby="tab-form" hidden={tab !== "form"}>
            {tab === "form" && <FormView />}
          </div>
          <div className="tab-panel" role="tabpanel" id="panel-code" aria-labelledby="tab-code" hidden={tab !== "code"}>
            <CodeView dark={dark} visible={tab === "code"} />
          </div>
          <FilesPanel />
        </section>
        <div className="results">
          <IgnitionPane dark={dark} />
          <ProblemsPanel />
        </div>
      </main>
      <ShortcutsDialog />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a .bu or .yaml file to open it; other files are attached as local files.
        </div>
      )}
    </div>
  );
}
