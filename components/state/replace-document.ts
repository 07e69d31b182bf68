// Replacing the whole document (a share link, a template): text and attached files change in
// one recorded step, so one Undo brings the previous work back.
import { DEFAULT_DOCUMENT } from "./default-document";
import { designerStore } from "./store";

export function replaceDocument(text: string, files: Record<string, Uint8Array>): void {
  const store = designerStore.getState();
  const detached = Object.fromEntries(Object.keys(store.files).map((path) => [path, null]));
  store.change({ ...detached, ...files }, { text, origin: "load" });
}

/** Whether replacing the document would throw away work of the user's (ask first then). */
export function hasOwnWork(): boolean {
  const { text, files } = designerStore.getState();
  return (text.trim() !== "" && text !== DEFAULT_DOCUMENT) || Object.keys(files).length > 0;
}
