"use client";
// The top bar: spec picker, Open, undo/redo, the engine status and the theme toggle.
import SpecPicker from "./SpecPicker";
import WorkshopButtons from "../workshop/HeaderButtons";
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
      <div className="brand">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M12 2c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5 0 2 1 3 2 3-1-3 0-6 1-9.5z" fill="currentColor" />
        </svg>
        <span>Kindling</span>
      </div>
      <SpecPicker />
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
      <button type="button" className="button theme-toggle" onClick={onTheme} aria-label={`Theme: ${theme}`} title="Switch light / dark / system theme">
        {theme === "dark" ? "☾ Dark" : theme === "light" ? "☀ Light" : "◐ Auto"}
      </button>
    </header>
  );
}
