// Small Go type descriptors for exercising lib/yaml without the Butane specs.
import { bool, int, ptr, slice, str, struct, type StructType } from "../../../lib/go/gotype";

export const inner: StructType = struct("main.Inner", [
  { key: "name", type: str },
  { key: "mode", type: ptr(int) },
  { key: "on", type: ptr(bool) },
  { key: "tags", type: slice(str) },
]);

export const root: StructType = struct("main.Root", [
  { key: "version", type: str },
  { key: "variant", type: str },
  { key: "count", type: int },
  { key: "flag", type: bool },
  { key: "items", type: slice(inner) },
  { key: "sub", type: inner },
  { key: "psub", type: ptr(inner) },
  { key: "labels", type: { kind: "map", key: str, elem: str } },
  { key: "strs", type: slice(str) },
  { key: "ints", type: slice(int) },
  { key: "pstrs", type: slice(ptr(str)) },
]);
