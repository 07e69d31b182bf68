"use client";
// The workshop pieces of the page: the Templates dialog, the Lesson region, Try it, and
// presenter mode, with the address kept in step (?template=, ?lesson=, ?present=1).
import { useEffect } from "react";
import { findTemplate } from "../../lib/workshop/templates";
import LessonPanel from "./LessonPanel";
import TemplateAbout from "./TemplateAbout";
import TemplatesDialog from "./TemplatesDialog";
import TryIt from "./TryIt";
import { setPresenter } from "./presenter";
import { openTemplateById, useWorkshop, workshopStore } from "./workshop-store";
import "./workshop.css";

/** The address with `present` set or removed, other parameters and the fragment kept. */
function addressWith(params: URLSearchParams): string {
  const q = params.toString();
  return window.location.pathname + (q ? `?${q}` : "") + window.location.hash;
}

export default function Workshop() {
  const present = useWorkshop((s) => s.present);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get("present") === "1") workshopStore.setState({ present: true });
    // After the autosaved work has been restored (the parent's effects run after this one).
    const timer = setTimeout(() => {
      const lesson = params.get("lesson");
      const template = params.get("template");
      if (lesson && findTemplate(lesson)?.lesson) openTemplateById(lesson, { lesson: true });
      else if (template) openTemplateById(template);
      if (lesson || template) {
        // opened once; a reload must not offer to replace the work again
        params.delete("lesson");
        params.delete("template");
        history.replaceState(null, "", addressWith(params));
      }
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    void setPresenter(present);
    const params = new URLSearchParams(window.location.search);
    if (present === (params.get("present") === "1")) return;
    if (present) params.set("present", "1");
    else params.delete("present");
    history.replaceState(null, "", addressWith(params));
  }, [present]);

  return (
    <>
      <TemplatesDialog />
      <LessonPanel />
      <TemplateAbout />
      <TryIt />
    </>
  );
}
