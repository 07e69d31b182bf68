// The engine's Web Worker: transpiles each text it receives and posts the result back, so the
// page never blocks on a large config.
import { transpile } from "../../lib";
import { ATTACHED_DIR_NAME, attachedFilesDir } from "./attached-files";
import type { EngineRequest, EngineResponse } from "./engine-protocol";
import { outputExports } from "../export/output-exports";
import { emptyNames, explainEntries } from "../../lib/form-rules";

let files: Record<string, Uint8Array> = {};

self.onmessage = (e: MessageEvent<EngineRequest>) => {
  const { id, text } = e.data;
  if (e.data.files) files = e.data.files;
  const t0 = performance.now();
  const r = transpile(text, { pretty: true, filesDir: attachedFilesDir(files) });
  const exports = r.output === undefined || r.error ? undefined : outputExports(r.output);
  // the form's document checks (empty user and group names) join the engine's findings
  const own = emptyNames(text);
  const engine = explainEntries(r.report, ATTACHED_DIR_NAME);
  const report = own.length ? [...engine, ...own] : engine;
  const response: EngineResponse = { id, output: r.output, exports, report, error: r.error, ms: performance.now() - t0 };
  (self as unknown as Worker).postMessage(response);
};
