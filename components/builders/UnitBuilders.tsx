"use client";
// "Add from a builder" under the Systemd units list: one button per builder; the chosen one opens
// its dialog, and Add appends its units to systemd.units as one undoable form edit.
import { useRef, useState } from "react";
import { addUnits, type BuiltUnit } from "../../lib/builders";
import { listLength, readString } from "../../lib/doc";
import { useForm } from "../form/context";
import ContainerBuilder from "./ContainerBuilder";
import FirstBootBuilder from "./FirstBootBuilder";
import TimerBuilder from "./TimerBuilder";

const BUILDERS = [
  { id: "container", label: "Run a container…", Dialog: ContainerBuilder },
  { id: "first-boot", label: "Run once at first boot…", Dialog: FirstBootBuilder },
  { id: "timer", label: "Timer…", Dialog: TimerBuilder },
] as const;

export default function UnitBuilders() {
  const { doc, apply, editable } = useForm();
  const [open, setOpen] = useState<string | null>(null);
  const launcher = useRef<HTMLDivElement>(null);
  // closing a dialog gives the focus back to the button that opened it
  const close = (id: string) => {
    setOpen(null);
    requestAnimationFrame(() => launcher.current?.querySelector<HTMLElement>(`[data-builder="${id}"]`)?.focus());
  };
  const path = ["systemd", "units"];
  const existing = Array.from({ length: listLength(doc, path) }, (_, i) => readString(doc, [...path, i, "name"]) ?? "");
  const chosen = BUILDERS.find((b) => b.id === open);
  const add = (units: BuiltUnit[]) => {
    if (open && apply((t) => addUnits(t, units))) close(open);
  };
  return (
    <div className="builders">
      <div className="builder-launch" role="group" aria-label="Add from a builder" ref={launcher}>
        <span>Add from a builder:</span>
        {BUILDERS.map((b) => (
          <button key={b.id} data-builder={b.id} type="button" className="button small" disabled={!editable} aria-expanded={open === b.id} onClick={() => setOpen(open === b.id ? null : b.id)}>
            {b.label}
          </button>
        ))}
      </div>
      {chosen && <chosen.Dialog key={chosen.id} existing={existing} onAdd={add} onClose={() => close(chosen.id)} />}
    </div>
  );
}
