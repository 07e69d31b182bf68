// Editor help drawn from the Butane schemas: allowed keys, their help texts, and where the
// cursor is in a (possibly half-typed) YAML document.
export { keysAt, keyInfo, typeAt, describeType } from "./keys";
export type { KeyInfo } from "./keys";
export { helpFor } from "./help";
export { contextAt, keyPathAt, linesOf, siblingKeys } from "./yaml-path";
export type { Lines } from "./yaml-path";
export type { CursorContext } from "./yaml-path";
export { readHeaderFields, setHeaderFields } from "./header";
