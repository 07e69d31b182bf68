// Feeds the engine worker from the store: after each change the latest text is posted; while
// the worker is busy, only the newest text waits, so a slow transpile of a large config never
// builds a queue.
import type { EngineRequest } from "./engine-protocol";
import { EngineResponseSchema, engineTimeoutMs } from "./engine-messages";
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
      // a crash (out of memory, a bug): a fresh worker takes over; the text is untouched
      e.preventDefault();
      restart(`the engine stopped working on this document (${e.message || "it crashed"}) and was restarted`);
    };
  };

  const restart = (why: string) => {
    worker.terminate();
    finish();
    spawn();
    designerStore.getState().receiveResult({ report: [], error: why }, !dirty);
    if (dirty) send();
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
    // the worker is stuck: replace it and say why there is no new output
    const limit = engineTimeoutMs(text.length);
    watchdog = setTimeout(() => restart(`the engine took more than ${Math.round(limit / 1000)} s on this document and was stopped (then restarted)`), limit);
    worker.postMessage(msg);
  };

  const schedule = () => {
    dirty = true;
    editedAt = performance.now();
    // sent once the current task ends (changes made in one task go as one text); no longer
    // pause: while the worker is busy only the newest text waits, so bursts never queue, and a
    // wait here would add to every keystroke's latency
    if (timer === undefined) timer = setTimeout(send, 0);
  };

  function onResult(e: MessageEvent<unknown>) {
    const checked = EngineResponseSchema.safeParse(e.data);
    if (!checked.success) {
      restart("internal error: the engine sent an answer the page does not understand; it was restarted");
      return;
    }
    const r = checked.data;
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
