"use client";
// The header's Export button and its panel.
import { useEffect, useState } from "react";
import ExportPanel from "./ExportPanel";

export default function ExportMenu() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button type="button" className="button" aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen((o) => !o)}>
        Export
      </button>
      {open && <ExportPanel onClose={() => setOpen(false)} />}
    </>
  );
}
