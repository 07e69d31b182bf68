// Undo history over the document text, shared by both views. Consecutive edits from the same
// view within a short pause merge into one step, so undo goes back a word or a field at a time,
// not a keystroke.
import type { EditOrigin } from "./contract";

export interface History {
  past: string[];
  future: string[];
  lastOrigin?: EditOrigin;
  lastAt: number;
}

export const MERGE_WINDOW_MS = 1000;
const LIMIT = 300;

export const emptyHistory = (): History => ({ past: [], future: [], lastAt: 0 });

/** Record that `before` is being replaced by an edit from `origin` at time `now`. */
export function record(h: History, before: string, origin: EditOrigin, now: number): History {
  const merge = (origin === "code" || origin === "form") && origin === h.lastOrigin && now - h.lastAt < MERGE_WINDOW_MS && h.past.length > 0;
  return {
    past: merge ? h.past : [...h.past, before].slice(-LIMIT),
    future: [],
    lastOrigin: origin,
    lastAt: now,
  };
}

export function undo(h: History, current: string): { history: History; text: string } | undefined {
  if (!h.past.length) return undefined;
  return {
    text: h.past[h.past.length - 1],
    history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastOrigin: "undo", lastAt: 0 },
  };
}

export function redo(h: History, current: string): { history: History; text: string } | undefined {
  if (!h.future.length) return undefined;
  return {
    text: h.future[0],
    history: { past: [...h.past, current], future: h.future.slice(1), lastOrigin: "undo", lastAt: 0 },
  };
}
