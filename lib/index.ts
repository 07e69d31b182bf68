// Kindling's engine: Butane text in, Ignition out, exactly as Butane 0.29.0 does it.
// Pure TypeScript, no DOM and no Node APIs: the CLI, the tests and the browser's Web Worker
// all call `transpile`.
export { transpile } from "./transpile";
export type { TranspileOptions, TranspileResult } from "./transpile";
export type { Entry, Level } from "./engine/report";
export { formatEntry } from "./engine/report";
export type { FilesDir, FileStat } from "./engine/files";
