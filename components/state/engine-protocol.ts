// Messages between the page and the engine worker.
import type { Entry } from "../../lib/engine/report";

export interface EngineRequest {
  id: number;
  text: string;
  /** Sent only when the attached files changed since the previous request. */
  files?: Record<string, Uint8Array>;
}

export interface EngineResponse {
  id: number;
  output?: string;
  report: Entry[];
  error?: string;
  /** Milliseconds the transpile took inside the worker. */
  ms: number;
}
