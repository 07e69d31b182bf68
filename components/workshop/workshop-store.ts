// Workshop state: the Templates dialog, the open lesson and its step, presenter mode, and the
// template the document came from (for Try it's ports). Mirrored in the address by
// ./url-sync.ts so that a projected link opens the same way.
import { create } from "zustand";
import { findTemplate, type Template } from "../../lib/workshop/templates";
import { hasOwnWork, replaceDocument } from "../state/replace-document";

export interface WorkshopState {
  galleryOpen: boolean;
  /** A template waiting for the user's yes before it replaces their work. */
  confirm: { template: Template; lesson: boolean } | null;
  present: boolean;
  lesson: { id: string; step: number } | null;
  /** The template last opened, while the document is still its text or an edit of it. */
  source: string | null;
}

export const workshopStore = create<WorkshopState>()(() => ({
  galleryOpen: false,
  confirm: null,
  present: false,
  lesson: null,
  source: null,
}));

export const useWorkshop = workshopStore;

/** Opens a template: at once, or after asking when the user has work to lose. */
export function requestTemplate(t: Template, opts: { lesson?: boolean } = {}): void {
  if (hasOwnWork()) workshopStore.setState({ confirm: { template: t, lesson: !!opts.lesson }, galleryOpen: true });
  else openTemplate(t, opts);
}

export function openTemplate(t: Template, opts: { lesson?: boolean } = {}): void {
  replaceDocument(t.config, t.files);
  workshopStore.setState((s) => ({
    galleryOpen: false,
    confirm: null,
    source: t.id,
    lesson: opts.lesson && t.lesson ? { id: t.id, step: 0 } : s.lesson?.id === t.id ? s.lesson : null,
  }));
}

export function openTemplateById(id: string, opts: { lesson?: boolean } = {}): boolean {
  const t = findTemplate(id);
  if (!t) return false;
  requestTemplate(t, opts);
  return true;
}
