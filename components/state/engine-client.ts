// Feeds the engine worker from the store: after each change (debounced by a frame or two) the
// latest text is posted; while the worker is busy, only the newest text waits, so a slow
// transpile of a large config never builds a queue.
import type { EngineRequest, EngineResponse } from "./engine-protocol";
import { designerStore } from "./store";

export interface EngineTiming {
  /** When the text of request `id` was set in the store (performance.now()). */
  editedAt: number;
  /** Transpile time inside the worker, and edit-to-result time on the page. */
  workerMs: number;
  totalMs: number;
}

/** The last timing, for the benchmark and the status line. */
export const lastTiming: { value?: EngineTiming } = {};

/** A transpile running longer than this is stopped (hostile or pathological input). */
export const ENGINE_TIMEOUT_MS = 30_000;

export function startEngine(): () => void {
  let worker: Worker;
  let nextId = 1;
  let inFlight: number | undefined;
  let sentId = 0;
  let dirty = true;
  let filesSent: Record<string, Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let editedAt = performance.now();
  const editedAtById = new Map<number, number>();

  const spawn = () => {
    worker = new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "kindling-engine" });
    filesSent = undefined;
    worker.onmessage = onResult;
    worker.onerror = (e) => {
      finish();
      designerStore.getState().receiveResult({ report: [], error: `internal error: the engine worker failed (${e.message})` }, !dirty);
    };
  };

  const finish = () => {
    inFlight = undefined;
    if (watchdog !== undefined) clearTimeout(watchdog);
    watchdog = undefined;
  };

  const send = () => {
    timer = undefined;
    if (inFlight !== undefined || !dirty) return;
    const { text, files } = designerStore.getState();
    const id = nextId++;
    const msg: EngineRequest = { id, text };
    if (files !== filesSent) {
      msg.files = files;
      filesSent = files;
    }
    dirty = false;
    inFlight = id;
    sentId = id;
    editedAtById.set(id, editedAt);
    watchdog = setTimeout(() => {
      // the worker is stuck: replace it and say why there is no new output
      worker.terminate();
      finish();
      spawn();
      designerStore
        .getState()
        .receiveResult({ report: [], error: `the engine took more than ${ENGINE_TIMEOUT_MS / 1000} s on this document and was stopped` }, !dirty);
      if (dirty) send();
    }, ENGINE_TIMEOUT_MS);
    worker.postMessage(msg);
  };

  const schedule = () => {
    dirty = true;
    editedAt = performance.now();
    // one frame or two: long enough to merge a burst of keystrokes, short enough to feel live
    if (timer === undefined) timer = setTimeout(send, 24);
  };

  function onResult(e: MessageEvent<EngineResponse>) {
    const r = e.data;
    finish();
    const current = r.id === sentId && !dirty;
    const at = editedAtById.get(r.id) ?? performance.now();
    editedAtById.delete(r.id);
    lastTiming.value = { editedAt: at, workerMs: r.ms, totalMs: performance.now() - at };
    designerStore.getState().receiveResult(r, current);
    if (dirty && timer === undefined) send();
  }

  spawn();
  const unsubscribe = designerStore.subscribe((s, prev) => {
    if (s.text !== prev.text || s.files !== prev.files) schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    finish();
    worker.terminate();
  };
}
