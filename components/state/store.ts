// The designer's store (zustand), implementing ./contract.ts: the Butane text, the attached
// files, the latest engine result, and the undo history (text and files together) shared by
// the Form and Code views and the Files panel.
// Views read it with `useDesigner(selector)` and write through its actions; the engine runs
// in a Web Worker (./engine-client.ts) that this store feeds and that writes `result` back.
import { create } from "zustand";
import type { DesignerState, EditOrigin, EngineResult } from "./contract";
import { DEFAULT_DOCUMENT } from "./default-document";
import * as hist from "./history";

export type Tab = "form" | "code";

export interface RevealRequest {
  line: number;
  column: number;
  /** Changes on every request, so revealing the same place twice works. */
  seq: number;
}

export interface DesignerStore extends DesignerState {
  history: hist.History;
  canUndo: boolean;
  canRedo: boolean;
  /** A newer text than the one `result` belongs to is waiting for the engine. */
  pending: boolean;
  tab: Tab;
  setTab(tab: Tab): void;
  /** Ask the code view to show and select a place (from the problems list). */
  reveal: RevealRequest | null;
  revealAt(line: number, column?: number): void;
  /**
   * Attach (bytes) or remove (null) several files, and optionally replace the text, as one undo
   * step (an Attach of many files, a form field naming the file it attaches).
   */
  change(files: Record<string, Uint8Array | null>, text?: { text: string; origin: EditOrigin }): void;
  /** Replace the document and its files, forgetting the history (first load, restore). */
  reset(text: string, files?: Record<string, Uint8Array>): void;
  /** Called by the engine client with each result, `current` when it belongs to the latest text. */
  receiveResult(r: { output?: string; exports?: EngineResult["exports"]; report: EngineResult["report"]; error?: string }, current: boolean): void;
}

let revealSeq = 0;

/** `files` with the changes applied, or `files` itself when nothing changes. */
function withChanges(files: hist.Files, changes: Record<string, Uint8Array | null>): hist.Files {
  let out: hist.Files | undefined;
  for (const [path, bytes] of Object.entries(changes)) {
    if (bytes ? files[path] === bytes : !(path in files)) continue;
    out ??= { ...files };
    if (bytes) out[path] = bytes;
    else delete out[path];
  }
  return out ?? files;
}

export const useDesigner = create<DesignerStore>()((set, get) => {
  /** Moves to a new text and files, recording the old ones as an undo step. */
  const commit = (text: string, files: hist.Files, origin: hist.HistoryOrigin) => {
    const s = get();
    if (text === s.text && files === s.files) return;
    const history = origin === "undo" ? s.history : hist.record(s.history, { text: s.text, files: s.files }, origin, Date.now());
    set({
      text,
      files,
      history,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      pending: true,
      result: { ...s.result, stale: true },
    });
  };
  /** Restores a snapshot from the history. */
  const restore = (snapshot: hist.Snapshot, history: hist.History) => {
    const s = get();
    set({
      text: snapshot.text,
      files: snapshot.files,
      history,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      pending: true,
      result: { ...s.result, stale: true },
    });
  };

  return {
    text: DEFAULT_DOCUMENT,
    files: {},
    result: { report: [], stale: true },
    history: hist.emptyHistory(),
    canUndo: false,
    canRedo: false,
    pending: true,
    tab: "code",
    reveal: null,

    setText(text: string, origin: EditOrigin) {
      commit(text, get().files, origin);
    },

    change(files, text) {
      const s = get();
      const next = withChanges(s.files, files);
      // a step of its own whenever files change (never merged into the typing before it)
      commit(text?.text ?? s.text, next, next !== s.files || !text ? "files" : text.origin);
    },

    undo() {
      const s = get();
      const r = hist.undo(s.history, { text: s.text, files: s.files });
      if (r) restore(r.snapshot, r.history);
    },

    redo() {
      const s = get();
      const r = hist.redo(s.history, { text: s.text, files: s.files });
      if (r) restore(r.snapshot, r.history);
    },

    setTab(tab: Tab) {
      set({ tab });
    },

    revealAt(line: number, column = 1) {
      set({ tab: "code", reveal: { line, column, seq: ++revealSeq } });
    },

    reset(text: string, files: Record<string, Uint8Array> = {}) {
      set({ text, files, history: hist.emptyHistory(), canUndo: false, canRedo: false, pending: true, result: { report: [], stale: true } });
    },

    receiveResult(r, current) {
      const prev = get().result;
      const ok = r.output !== undefined && !r.error;
      const result: EngineResult = ok
        ? { output: r.output, exports: r.exports, report: r.report, stale: !current }
        : { output: prev.output, exports: prev.exports, report: r.report, error: r.error, stale: true };
      set({ result, pending: !current });
    },
  };
});

/** The store outside React (the engine client, keyboard shortcuts, tests). */
export const designerStore = useDesigner;
