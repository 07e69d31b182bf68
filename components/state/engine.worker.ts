// The engine's Web Worker: transpiles each text it receives and posts the result back, so the
// page never blocks on a large config.
import { createTranspileMemo, transpile } from "../../lib";
import { ATTACHED_DIR_NAME, attachedFilesDir } from "./attached-files";
import type { EngineResponse } from "./engine-protocol";
import { EngineRequestSchema } from "./engine-messages";
import { outputExports } from "../export/output-exports";
import { lintButane } from "../../lib/lint";
import { emptyNames, explainEntries } from "../../lib/form-rules";

let files: Record<string, Uint8Array> = {};
// the same document comes back on every keystroke: unchanged large contents are not encoded again
const memo = createTranspileMemo();

self.onmessage = (e: MessageEvent<unknown>) => {
  const request = EngineRequestSchema.safeParse(e.data);
  if (!request.success) {
    const id = typeof (e.data as { id?: unknown })?.id === "number" ? (e.data as { id: number }).id : -1;
    (self as unknown as Worker).postMessage({ id, report: [], error: "internal error: the engine received a message it does not understand", ms: 0 });
    return;
  }
  const { id, text } = request.data;
  if (request.data.files) files = request.data.files;
  const t0 = performance.now();
  const r = transpile(text, { pretty: true, filesDir: attachedFilesDir(files), memo });
  const exports = r.output === undefined || r.error ? undefined : outputExports(r.output);
  // Butane's findings (explained where the raw message would puzzle), the form's document
  // checks (empty user and group names), then Kindling's own checks marked `source: "kindling"`
  const bare = (p: string) => p.replace(/^(\.\/)+|^\/+/, "");
  const lint = lintButane(text, { engineReport: r.report, hasLocalFile: (p) => Object.keys(files).some((k) => bare(k) === bare(p)) });
  const report = [...explainEntries(r.report, ATTACHED_DIR_NAME), ...emptyNames(text), ...lint];
  const response: EngineResponse = { id, output: r.output, exports, report, error: r.error, ms: performance.now() - t0 };
  (self as unknown as Worker).postMessage(response);
};
