// Undo history over the document: its text and its attached files, shared by both views and the
// Files panel. Each step is a snapshot of both (files records are replaced, never changed, so a
// snapshot only holds references). Consecutive edits from the same view within a short pause
// merge into one step, so undo goes back a word or a field at a time, not a keystroke; files
// attached one by one right after each other (a dropped folder, a shared link's files after its
// text) merge into the step that began them.
import type { EditOrigin } from "./contract";

export type Files = Record<string, Uint8Array>;

export interface Snapshot {
  text: string;
  files: Files;
}

/** Where a change comes from: a view's edit, or files attached or removed ("files"). */
export type HistoryOrigin = EditOrigin | "files";

export interface History {
  past: Snapshot[];
  future: Snapshot[];
  lastOrigin?: HistoryOrigin;
  lastAt: number;
}

export const MERGE_WINDOW_MS = 1000;
const LIMIT = 300;

export const emptyHistory = (): History => ({ past: [], future: [], lastAt: 0 });

/** Typing (in the code or the form) merges into the step before it; every other change is a step of its own. */
function merges(h: History, origin: HistoryOrigin, now: number): boolean {
  if (h.past.length === 0) return false;
  return (origin === "code" || origin === "form") && origin === h.lastOrigin && now - h.lastAt < MERGE_WINDOW_MS;
}

/** Record that `before` is being replaced by a change from `origin` at time `now`. */
export function record(h: History, before: Snapshot, origin: HistoryOrigin, now: number): History {
  const merge = merges(h, origin, now);
  return {
    past: merge ? h.past : [...h.past, before].slice(-LIMIT),
    future: [],
    lastOrigin: origin,
    lastAt: now,
  };
}

export function undo(h: History, current: Snapshot): { history: History; snapshot: Snapshot } | undefined {
  if (!h.past.length) return undefined;
  return {
    snapshot: h.past[h.past.length - 1],
    history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastOrigin: "undo", lastAt: 0 },
  };
}

export function redo(h: History, current: Snapshot): { history: History; snapshot: Snapshot } | undefined {
  if (!h.future.length) return undefined;
  return {
    snapshot: h.future[0],
    history: { past: [...h.past, current], future: h.future.slice(1), lastOrigin: "undo", lastAt: 0 },
  };
}
