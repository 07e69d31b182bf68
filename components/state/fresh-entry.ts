// The entry the form has just added (a user, a file…), still empty: its findings wait until
// the person leaves its first field, so a click on Add is not answered with errors. Any change
// that is not a form edit (typing in the code, undo, opening a file) ends the wait.
import { create } from "zustand";
import { designerStore } from "./store";

export const useFreshEntry = create<{ path: string | null }>()(() => ({ path: null }));

let watching = false;

/** Marks the entry at `pathKey` ("storage.files.2") as just added. */
export function markFresh(pathKey: string): void {
  useFreshEntry.setState({ path: pathKey });
  if (watching) return;
  watching = true;
  designerStore.subscribe((s, prev) => {
    if (s.text !== prev.text && s.history.lastOrigin !== "form" && useFreshEntry.getState().path !== null) useFreshEntry.setState({ path: null });
  });
}

/** Ends the wait (for `pathKey` only, when given). */
export function clearFresh(pathKey?: string): void {
  const current = useFreshEntry.getState().path;
  if (current !== null && (pathKey === undefined || current === pathKey)) useFreshEntry.setState({ path: null });
}

/** Whether a finding at `pathKey` belongs to the fresh entry `fresh`. */
export function inFresh(fresh: string | null, pathKey: string): boolean {
  return fresh !== null && (pathKey === fresh || pathKey.startsWith(fresh + "."));
}
