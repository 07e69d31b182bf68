// The designer's store (zustand), implementing ./contract.ts: the Butane text, the attached
// files, the latest engine result, and the undo history shared by the Form and Code views.
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
  /** Replace the document and its files, forgetting the history (first load, restore). */
  reset(text: string, files?: Record<string, Uint8Array>): void;
  /** Called by the engine client with each result, `current` when it belongs to the latest text. */
  receiveResult(r: { output?: string; report: EngineResult["report"]; error?: string }, current: boolean): void;
}

let revealSeq = 0;

export const useDesigner = create<DesignerStore>()((set, get) => ({
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
    const s = get();
    if (text === s.text) return;
    const history = origin === "undo" ? s.history : hist.record(s.history, s.text, origin, Date.now());
    set({
      text,
      history,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      pending: true,
      result: { ...s.result, stale: true },
    });
  },

  setFile(path: string, bytes: Uint8Array | null) {
    const files = { ...get().files };
    if (bytes) files[path] = bytes;
    else delete files[path];
    set({ files, pending: true, result: { ...get().result, stale: true } });
  },

  undo() {
    const s = get();
    const r = hist.undo(s.history, s.text);
    if (!r) return;
    set({ text: r.text, history: r.history, canUndo: r.history.past.length > 0, canRedo: true, pending: true, result: { ...s.result, stale: true } });
  },

  redo() {
    const s = get();
    const r = hist.redo(s.history, s.text);
    if (!r) return;
    set({ text: r.text, history: r.history, canUndo: true, canRedo: r.history.future.length > 0, pending: true, result: { ...s.result, stale: true } });
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
      ? { output: r.output, report: r.report, stale: !current }
      : { output: prev.output, report: r.report, error: r.error, stale: true };
    set({ result, pending: !current });
  },
}));

/** The store outside React (the engine client, keyboard shortcuts, tests). */
export const designerStore = useDesigner;
