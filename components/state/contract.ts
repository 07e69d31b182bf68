// The designer's state, shared by every view. The Butane text is the single source of truth:
// the code view edits it directly, the form view parses it (yaml Document), edits nodes and
// writes the Document back, so comments and formatting elsewhere survive.
import type { Entry } from "../../lib/go/report";

export type EditOrigin = "code" | "form" | "load" | "undo";

/** What the export bar shows for an output, worked out in the engine worker (outputs can be megabytes). */
export interface OutputExports {
  /** The compact JSON form of a JSON output (undefined for a YAML MachineConfig). */
  compact?: string;
  /** UTF-8 length and URL-escaped data URL length of the pretty and of the compact form. */
  pretty: { bytes: number; escapedDataUrl: number };
  compactSizes: { bytes: number; escapedDataUrl: number };
}

export interface EngineResult {
  /** The Ignition (or MachineConfig) output of the latest successful translation. */
  output?: string;
  /** The output's other forms and sizes, when the worker sent them. */
  exports?: OutputExports;
  report: Entry[];
  /** The fatal error of the latest run, when it failed ("Error translating config: …" text). */
  error?: string;
  /** True while `output` belongs to an older text than the one being edited (invalid or pending). */
  stale: boolean;
}

export interface DesignerState {
  /** The Butane document. */
  text: string;
  /** Files attached for `local:` contents, by their path relative to the files directory. */
  files: Record<string, Uint8Array>;
  result: EngineResult;
  /** Replace the whole document (records an undo step unless origin is "undo"). */
  setText(text: string, origin: EditOrigin): void;
  undo(): void;
  redo(): void;
}
