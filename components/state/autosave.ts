// Restores the saved document on load, then saves every change after a short pause. Never
// overwrites what it could not read, never saves over another tab's newer work without the
// user's word, and says so when the browser refuses a save.
import { z } from "../../lib/zod";
import { readSaved, SAVED_WORK_KEY, saveSerialized, serialize } from "./persist";
import { useSavedWorkStatus } from "./saved-work-status";
import { designerStore } from "./store";

/** Messages between tabs of the designer (another tab may run another Kindling version). */
export const TabMessage = z.object({ type: z.enum(["hello", "here", "bye"]), tab: z.string() });

/**
 * How long the document must rest before it is saved: a save blocks the page while the browser
 * stores the whole text (tens of ms for a megabyte), so a large document waits for a real
 * pause in the typing rather than the gap between two keys. Leaving the page saves at once.
 */
export const savePause = (textLength: number): number => (textLength > 200_000 ? 1500 : 300);

export function startAutosave(): () => void {
  const status = useSavedWorkStatus;
  const loaded = readSaved();
  if (loaded.kind === "ok") designerStore.getState().reset(loaded.doc.text, loaded.doc.files);
  // What is under the key as far as this tab knows: a change by someone else means another tab.
  let known: string | null = null;
  let blocked = loaded.kind === "unreadable";
  if (loaded.kind === "unreadable") status.setState({ unreadable: { raw: loaded.raw, reason: loaded.reason } });
  try {
    known = localStorage.getItem(SAVED_WORK_KEY);
  } catch {
    /* storage off */
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (force = false) => {
    timer = undefined;
    if (blocked || (status.getState().overtaken && !force)) return;
    const { text, files } = designerStore.getState();
    const value = serialize({ text, files });
    if (value === known && !force) return;
    if (saveSerialized(value)) {
      known = value;
      if (status.getState().saveFailed) status.setState({ saveFailed: undefined });
    } else {
      status.setState({ saveFailed: { size: value.length } });
    }
  };
  const unsubscribe = designerStore.subscribe((s, prev) => {
    if (s.text === prev.text && s.files === prev.files) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, savePause(s.text.length));
  });
  const onHide = () => {
    channel?.postMessage({ type: "bye", tab: me });
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
  };
  // Another tab wrote the saved work: stop saving here, so neither silently overwrites the other.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SAVED_WORK_KEY || e.newValue === known) return;
    known = e.newValue;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    status.setState({ overtaken: true, otherTabOpen: true });
  };

  const me = Math.random().toString(36).slice(2);
  const others = new Set<string>();
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("kindling.saved-work") : undefined;
  if (channel) {
    channel.onmessage = (e) => {
      const msg = TabMessage.safeParse(e.data);
      if (!msg.success || msg.data.tab === me) return;
      if (msg.data.type === "bye") others.delete(msg.data.tab);
      else others.add(msg.data.tab);
      if (msg.data.type === "hello") channel.postMessage({ type: "here", tab: me });
      status.setState({ otherTabOpen: others.size > 0 });
    };
    channel.postMessage({ type: "hello", tab: me });
  }

  status.setState({
    actions: {
      replaceUnreadable: () => {
        blocked = false;
        status.setState({ unreadable: undefined });
        flush(true);
      },
      takeOver: () => {
        status.setState({ overtaken: false });
        flush(true);
      },
    },
  });

  window.addEventListener("pagehide", onHide);
  window.addEventListener("storage", onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", onHide);
    window.removeEventListener("storage", onStorage);
    onHide();
    channel?.close();
  };
}
