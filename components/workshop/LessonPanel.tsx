"use client";
// The Lesson region: "Step K of N", the step's explanation, Back / Next. Each step opens the
// view it is about and points at its place; a step that asks for something says when the
// document shows it done.
import { useEffect } from "react";
import { locate, stepDone } from "../../lib/workshop/lesson";
import { findTemplate } from "../../lib/workshop/templates";
import { designerStore, useDesigner } from "../state/store";
import { useWorkshop, workshopStore } from "./workshop-store";

/** In the Form view: scroll to and mark the field or section the step is about. */
function pointInForm(target: string) {
  const value = target.replace(/^.*?:\s*/, "").trim();
  const panel = document.getElementById("panel-form");
  if (!panel) return;
  const input = [...panel.querySelectorAll<HTMLInputElement>("input, textarea")].find((el) => el.value === value);
  const word = target.replace(/:$/, "").toLowerCase();
  const heading = [...panel.querySelectorAll<HTMLElement>("h2, h3, legend")].find((h) => h.textContent?.toLowerCase().includes(word));
  const el = input ?? heading;
  if (!el) return;
  el.scrollIntoView({ block: "center" });
  el.classList.add("lesson-pointer");
  setTimeout(() => el.classList.remove("lesson-pointer"), 2500);
}

export default function LessonPanel() {
  const lesson = useWorkshop((s) => s.lesson);
  const text = useDesigner((s) => s.text);
  const template = lesson ? findTemplate(lesson.id) : undefined;
  const step = template?.lesson?.[lesson!.step];

  useEffect(() => {
    if (!step) return;
    const store = designerStore.getState();
    if (step.view === "code") {
      const at = locate(store.text, step.target);
      if (at) store.revealAt(at.line, at.column);
      else store.setTab("code");
    } else {
      store.setTab("form");
      // the form renders after the tab switch
      if (step.target) setTimeout(() => pointInForm(step.target!), 300);
    }
    // only when the step changes, not on every keystroke
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson?.id, lesson?.step]);

  if (!lesson || !template?.lesson || !step) return null;
  const n = template.lesson.length;
  const k = lesson.step + 1;
  const done = step.task ? stepDone(step, text) : undefined;
  const go = (to: number) => workshopStore.setState({ lesson: { id: lesson.id, step: to } });

  return (
    <section className="lesson" role="region" aria-label="Lesson">
      <div className="lesson-head">
        <span className="lesson-name">Lesson: {template.title}</span>
        <span className="lesson-count">
          Step {k} of {n}
        </span>
        <button type="button" className="link" onClick={() => workshopStore.setState({ lesson: null })}>
          End lesson
        </button>
      </div>
      <h2 className="lesson-title">{step.title}</h2>
      <p className="lesson-text">{step.text}</p>
      {step.task && (
        <p className="lesson-task" role="status" data-done={done ? "true" : "false"}>
          {done ? `✓ Done: ${step.task.done}` : "To do: make the change above; this line turns green when the document shows it."}
        </p>
      )}
      <div className="workshop-row">
        <button type="button" className="button" onClick={() => go(lesson.step - 1)} disabled={lesson.step === 0}>
          Back
        </button>
        <button type="button" className="button primary" onClick={() => go(lesson.step + 1)} disabled={k === n}>
          Next
        </button>
        {k === n && (
          <button type="button" className="button" onClick={() => workshopStore.setState({ lesson: null })}>
            Finish
          </button>
        )}
      </div>
    </section>
  );
}
