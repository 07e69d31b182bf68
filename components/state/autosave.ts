// Restores the saved document on load, then saves every change after a short pause.
import { loadSaved, save } from "./persist";
import { designerStore } from "./store";

export function startAutosave(): () => void {
  const saved = loadSaved();
  if (saved) designerStore.getState().reset(saved.text, saved.files);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const { text, files } = designerStore.getState();
    save({ text, files });
  };
  const unsubscribe = designerStore.subscribe((s, prev) => {
    if (s.text === prev.text && s.files === prev.files) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, 300);
  });
  const onHide = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
  };
  window.addEventListener("pagehide", onHide);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", onHide);
    onHide();
  };
}
