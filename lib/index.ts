// Kindling's engine: Butane text in, Ignition out, exactly as Butane 0.29.0 does it.
// Pure TypeScript, no DOM and no Node APIs: the CLI, the tests and the browser's Web Worker
// all call `transpile`.
export { createTranspileMemo, transpile } from "./transpile";
export type { TranspileOptions, TranspileResult } from "./transpile";
export type { Entry, Level } from "./go/report";
export { formatEntry } from "./go/report";
export type { FilesDir, FileStat } from "./go/files";
// The spec registry and the Ignition type descriptors, for tools built on the engine (import,
// JSON Schema, lint). Import engine pieces through this file: its names stay put when the
// engine's folders move.
export { getSpec, allSpecs } from "./butane/specs";
export { SPEC_LIST, VARIANT_NAMES } from "./butane/spec-list";
export type { SpecInfo } from "./butane/spec-list";
export type { Spec } from "./butane/specs";
export { ignitionSpec, ignitionVersions, parseConfig as parseIgnitionConfig, marshalJson } from "./ignition";
export type { IgnitionSpec } from "./ignition";
export type { GoType, StructType } from "./go/gotype";
export { isZero } from "./go/gotype";
export { pathString } from "./go/path";
export type { Path } from "./go/path";
export { SPEC_TABLE } from "./butane/versions";
export { generateMountUnits } from "./butane/resources/mountunits";
