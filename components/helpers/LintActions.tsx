"use client";
// Problems-panel actions for Kindling's own findings (lib/lint): silence the check for this
// document, which writes a `# kindling-disable: id` comment at the top of the text (so the
// choice is saved and shared with it).
import type { Entry } from "../../lib/go/report";
import type { Finding } from "../../lib/lint";
import { useDesigner } from "../state/store";
import "./helpers.css";

export function isKindling(e: Entry): e is Finding {
  return (e as Partial<Finding>).source === "kindling";
}

export function KindlingActions({ entry }: { entry: Entry }) {
  const setText = useDesigner((s) => s.setText);
  if (!isKindling(entry)) return null;
  const silence = () => {
    const text = useDesigner.getState().text;
    setText(`# kindling-disable: ${entry.id}\n${text}`, "code");
  };
  return (
    <button type="button" className="button small lint-silence" onClick={silence} title={`Adds "# kindling-disable: ${entry.id}" to the document`}>
      Silence {entry.id}
    </button>
  );
}
