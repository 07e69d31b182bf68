// Messages between the page and the engine worker.
import type { Entry } from "../../lib/go/report";
import type { OutputExports } from "./contract";

export interface EngineRequest {
  id: number;
  text: string;
  /** Sent only when the attached files changed since the previous request. */
  files?: Record<string, Uint8Array>;
}

export interface EngineResponse {
  id: number;
  output?: string;
  exports?: OutputExports;
  report: Entry[];
  error?: string;
  /** Milliseconds the transpile took inside the worker. */
  ms: number;
}
