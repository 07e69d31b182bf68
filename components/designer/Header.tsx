"use client";
// The top bar: spec picker, New and Open, undo/redo, shortcuts and the theme toggle.
import SpecPicker from "./SpecPicker";
import WorkshopButtons from "../workshop/HeaderButtons";
import { newDocument } from "./new-document";
import { ShortcutsButton } from "./Shortcuts";
import { openDocument } from "./open-files";
import { useDesigner } from "../state/store";
import type { ThemeChoice } from "./theme";

export default function Header({ theme, onTheme }: { theme: ThemeChoice; onTheme(): void }) {
  const canUndo = useDesigner((s) => s.canUndo);
  const canRedo = useDesigner((s) => s.canRedo);
  const undo = useDesigner((s) => s.undo);
  const redo = useDesigner((s) => s.redo);
  return (
    <header className="topbar">
      <h1 className="brand">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M12 2c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5 0 2 1 3 2 3-1-3 0-6 1-9.5z" fill="currentColor" />
        </svg>
        <span>Kindling</span>
      </h1>
      <SpecPicker />
      <button type="button" className="button" onClick={newDocument} title="A blank document for the chosen spec (Undo brings this one back)">
        New
      </button>
      <label className="button">
        Open
        <input
          type="file"
          className="visually-hidden"
          accept=".bu,.yaml,.yml,.ign,.json,.txt,text/yaml,application/yaml,application/json,text/plain"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) await openDocument(f);
            e.target.value = "";
          }}
        />
      </label>
      <div className="button-group" role="group" aria-label="History">
        <button type="button" className="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" className="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <WorkshopButtons />
      <div className="spacer" />
      <ShortcutsButton />
      <button type="button" className="button theme-toggle" onClick={onTheme} title="Switch light / dark / system theme">
        <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span> Theme: {theme === "system" ? "auto" : theme}
      </button>
    </header>
  );
}
