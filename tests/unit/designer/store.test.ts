import { test } from "node:test";
import assert from "node:assert/strict";
import { designerStore } from "../../../components/state/store";
import { MERGE_WINDOW_MS } from "../../../components/state/history";
import { fromBase64, loadSaved, save, toBase64 } from "../../../components/state/persist";

const s = () => designerStore.getState();

test("undo and redo step through edits from both views", async () => {
  s().reset("a\n");
  s().setText("ab\n", "code");
  s().setText("abc\n", "code"); // merged with the previous code edit
  s().setText("abc\nform: 1\n", "form");
  assert.equal(s().canUndo, true);
  s().undo();
  assert.equal(s().text, "abc\n");
  s().undo();
  assert.equal(s().text, "a\n");
  assert.equal(s().canUndo, false);
  s().redo();
  s().redo();
  assert.equal(s().text, "abc\nform: 1\n");
  assert.equal(s().canRedo, false);
  // a new edit after undo drops the redo branch
  s().undo();
  s().setText("x\n", "code");
  assert.equal(s().canRedo, false);
});

test("code edits after a pause make separate undo steps", async () => {
  s().reset("1");
  s().setText("12", "code");
  await new Promise((r) => setTimeout(r, MERGE_WINDOW_MS + 50));
  s().setText("123", "code");
  s().undo();
  assert.equal(s().text, "12");
});

test("a failed run keeps the last good output, marked stale", () => {
  s().reset("x");
  const exports = { compact: "{}", pretty: { bytes: 2, escapedDataUrl: 12 }, compactSizes: { bytes: 2, escapedDataUrl: 12 } };
  s().receiveResult({ output: "{}", exports, report: [] }, true);
  assert.deepEqual(s().result, { output: "{}", exports, report: [], stale: false });
  s().setText("y", "code");
  assert.equal(s().result.stale, true);
  assert.equal(s().pending, true);
  const err = { level: "error" as const, message: "path not absolute", path: ["storage"], line: 3, column: 5 };
  s().receiveResult({ report: [err], error: "config is invalid" }, true);
  assert.equal(s().result.output, "{}");
  assert.equal(s().result.exports, exports); // the export figures stay with the output they describe
  assert.equal(s().result.stale, true);
  assert.equal(s().result.error, "config is invalid");
  assert.equal(s().pending, false);
});

test("autosave round-trips the text and binary files", () => {
  const mem = new Map<string, string>();
  const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) } as Storage;
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  assert.equal(save({ text: "variant: flatcar\n", files: { "bin/x": bytes } }, storage), true);
  const back = loadSaved(storage)!;
  assert.equal(back.text, "variant: flatcar\n");
  assert.deepEqual([...back.files["bin/x"]], [...bytes]);
  assert.deepEqual([...fromBase64(toBase64(new Uint8Array(100000).fill(7)))].length, 100000);
});
