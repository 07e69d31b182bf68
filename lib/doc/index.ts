// Editing Butane text through its YAML Document, touching only the bytes an edit needs.
export { parseButane, describeSyntax, clearParseCache } from "./parse";
export type { Parsed, SyntaxProblem } from "./parse";
export { setIn, deleteIn, addItem, removeItem, moveItem, setList } from "./edit";
export type { EditResult, EditOptions } from "./edit";
export { readString, readInt, readBool, readStrings, listLength, has, isMapAt, parseGoInt } from "./read";
export { nodeAt } from "./nodes";
export { commonEnds } from "./text";
export type { DocPath } from "./nodes";
export { Literal, octalLiteral } from "./scalar";
export type { ScalarValue } from "./scalar";
export type { NewValue } from "./emit";
export { butaneKeyOrder } from "./order";
export { revisionOf } from "./incremental";
