// Kindling's engine: Butane text in, Ignition out, exactly as Butane 0.29.0 does it.
// Pure TypeScript, no DOM and no Node APIs: the CLI, the tests and the browser's Web Worker
// all call `transpile`.
export { transpile } from "./transpile";
export type { TranspileOptions, TranspileResult } from "./transpile";
export type { Entry, Level } from "./engine/report";
export { formatEntry } from "./engine/report";
export type { FilesDir, FileStat } from "./engine/files";
// The spec registry and the Ignition type descriptors, for tools built on the engine (import,
// JSON Schema, lint). Import engine pieces through this file: its names stay put when the
// engine's folders move.
export { getSpec, allSpecs } from "./butane/specs";
export type { Spec } from "./butane/specs";
export { ignitionSpec, ignitionVersions, parseConfig as parseIgnitionConfig, marshalJson } from "./ignition";
export type { IgnitionSpec } from "./ignition";
export type { GoType, StructType } from "./engine/gotype";
export { pathString } from "./engine/path";
export type { Path } from "./engine/path";
