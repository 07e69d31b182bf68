"use client";
// Problems-panel actions for Kindling's own findings (lib/lint): the fix, when there is an
// obvious one (computed by lib/lint/fixes from the current text), and Silence, which writes a
// `# kindling-disable: id` comment at the top of the text (so the choice is saved and shared).
import type { Entry } from "../../lib/go/report";
import type { Finding } from "../../lib/lint";
import { fixFor } from "../../lib/lint/fixes";
import { useDesigner } from "../state/store";
import "./helpers.css";

export function isKindling(e: Entry): e is Finding {
  return (e as Partial<Finding>).source === "kindling";
}

export function KindlingActions({ entry }: { entry: Entry }) {
  const text = useDesigner((s) => s.text);
  const setText = useDesigner((s) => s.setText);
  if (!isKindling(entry)) return null;
  const fix = fixFor(text, entry);
  const silence = () => {
    setText(`# kindling-disable: ${entry.id}\n${useDesigner.getState().text}`, "code");
  };
  return (
    <div className="lint-actions">
      {fix && (
        <button type="button" className="button small lint-fix" onClick={() => setText(fix.text, "form")} title="Changes the document; Undo takes it back">
          Fix: {fix.label}
        </button>
      )}
      <button type="button" className="button small lint-silence" onClick={silence} title={`Adds "# kindling-disable: ${entry.id}" to the document`}>
        Silence {entry.id}
      </button>
    </div>
  );
}
