// A trimmed Ignition 3.4-shaped Config type for the tests (json keys, Go field order).
import { bool, int, ptr, slice, str, struct } from "../../../lib/go/gotype";

const nodeUser = struct("types.NodeUser", [{ key: "id", type: ptr(int) }, { key: "name", type: ptr(str) }]);
const nodeGroup = struct("types.NodeGroup", [{ key: "id", type: ptr(int) }, { key: "name", type: ptr(str) }]);
const node = [
  { key: "group", type: nodeGroup },
  { key: "overwrite", type: ptr(bool) },
  { key: "path", type: str },
  { key: "user", type: nodeUser },
];
const resource = struct("types.Resource", [
  { key: "compression", type: ptr(str) },
  { key: "source", type: ptr(str) },
]);
export const fileT = struct("types.File", [
  ...node,
  { key: "append", type: slice(resource) },
  { key: "contents", type: resource },
  { key: "mode", type: ptr(int) },
]);
export const dirT = struct("types.Directory", [...node, { key: "mode", type: ptr(int) }]);
export const linkT = struct("types.Link", [...node, { key: "hard", type: ptr(bool) }, { key: "target", type: ptr(str) }]);
const dropin = struct("types.Dropin", [{ key: "contents", type: ptr(str) }, { key: "name", type: str }]);
export const unitT = struct("types.Unit", [
  { key: "contents", type: ptr(str) },
  { key: "dropins", type: slice(dropin) },
  { key: "enabled", type: ptr(bool) },
  { key: "mask", type: ptr(bool) },
  { key: "name", type: str },
]);
const storage = struct("types.Storage", [
  { key: "directories", type: slice(dirT) },
  { key: "files", type: slice(fileT) },
  { key: "links", type: slice(linkT) },
]);
const systemd = struct("types.Systemd", [{ key: "units", type: slice(unitT) }]);
const ignition = struct("types.Ignition", [{ key: "version", type: str }]);
export const configT = struct("types.Config", [
  { key: "ignition", type: ignition },
  { key: "storage", type: storage },
  { key: "systemd", type: systemd },
]);
export const nodeTypes = { file: fileT, directory: dirT, link: linkT };
