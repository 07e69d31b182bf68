"use client";
// The Templates dialog: every bundled template (title, one-line summary); choosing one opens
// it, after asking when the user has work to lose (one Undo brings that work back).
import { useEffect, useRef } from "react";
import { allTemplates } from "../../lib/workshop/templates";
import { openTemplate, requestTemplate, useWorkshop, workshopStore } from "./workshop-store";

const close = () => workshopStore.setState({ galleryOpen: false, confirm: null });

export default function TemplatesDialog() {
  const open = useWorkshop((s) => s.galleryOpen);
  const confirm = useWorkshop((s) => s.confirm);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    window.addEventListener("keydown", onKey);
    box.current?.querySelector<HTMLElement>("button")?.focus();
    return () => window.removeEventListener("keydown", onKey);
  }, [open, confirm]);

  if (!open) return null;
  return (
    <div className="workshop-backdrop" onClick={(e) => e.target === e.currentTarget && close()}>
      <div ref={box} className="workshop-dialog" role="dialog" aria-modal="true" aria-labelledby="templates-title">
        <div className="workshop-dialog-head">
          <h2 id="templates-title">Templates</h2>
          <button type="button" className="button small" onClick={close} aria-label="Close templates">
            Close
          </button>
        </div>
        {confirm ? (
          <div className="workshop-confirm" role="alert">
            <p>
              Opening <strong>{confirm.template.title}</strong> replaces the document you are working on and its attached files. One Undo brings
              your work back.
            </p>
            <div className="workshop-row">
              <button type="button" className="button primary" onClick={() => openTemplate(confirm.template, { lesson: confirm.lesson })}>
                Open template
              </button>
              <button type="button" className="button" onClick={() => workshopStore.setState({ confirm: null })}>
                Keep my work
              </button>
            </div>
          </div>
        ) : (
          <>
            <p className="workshop-note">Flatcar configs from Flatcar&apos;s own teaching material, each transpiling with no warning. Lessons walk through one step by step.</p>
            <ul className="template-list">
              {allTemplates().map((t) => (
                <li key={t.id}>
                  <button type="button" className="template-item" onClick={() => requestTemplate(t)}>
                    <span className="template-title">{t.title}</span>
                    <span className="template-summary">{t.summary}</span>
                  </button>
                  {t.lesson && (
                    <button type="button" className="button small" onClick={() => requestTemplate(t, { lesson: true })} aria-label={`Start lesson: ${t.title}`}>
                      Lesson
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
