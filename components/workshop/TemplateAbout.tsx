"use client";
// What the opened template does, what to change and how to try it (from its meta.json).
import { findTemplate } from "../../lib/workshop/templates";
import { useWorkshop, workshopStore } from "./workshop-store";

export default function TemplateAbout() {
  const source = useWorkshop((s) => s.source);
  const lesson = useWorkshop((s) => s.lesson);
  const template = source ? findTemplate(source) : undefined;
  if (!template || lesson) return null;
  return (
    <details className="try-it template-about" open>
      <summary>About this template: {template.title}</summary>
      {template.explanation.map((p, i) => (
        <p key={i} className="template-explanation">
          {p}
        </p>
      ))}
      <button type="button" className="link" onClick={() => workshopStore.setState({ source: null })}>
        Hide
      </button>
    </details>
  );
}
