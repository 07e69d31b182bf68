import { test } from "node:test";
import assert from "node:assert/strict";
import { bool, int, ptr, slice, str, struct } from "../../../lib/go/gotype";
import { contextAt, keyInfo, keyPathAt, keysAt, readHeaderFields, setHeaderFields } from "../../../lib/schema-help";

const contents = struct("v.Resource", [
  { key: "inline", type: ptr(str) },
  { key: "local", type: ptr(str) },
]);
const file = struct("v.File", [
  { key: "path", type: str },
  { key: "mode", type: ptr(int) },
  { key: "overwrite", type: ptr(bool) },
  { key: "contents", type: contents },
]);
const root = struct("v.Config", [
  { key: "variant", type: str },
  { key: "version", type: str },
  { key: "storage", type: struct("v.Storage", [{ key: "files", type: slice(file) }]) },
  { key: "passwd", type: struct("v.Passwd", [{ key: "users", type: slice(struct("v.User", [{ key: "name", type: str }, { key: "ssh_authorized_keys", type: slice(str) }])) }]) },
]);

test("keysAt lists the fields of the mapping at a path, in order", () => {
  assert.deepEqual(keysAt(root, [])?.map((k) => k.key), ["variant", "version", "storage", "passwd"]);
  assert.deepEqual(keysAt(root, ["storage", "files", 3])?.map((k) => k.key), ["path", "mode", "overwrite", "contents"]);
  assert.deepEqual(keysAt(root, ["storage", "files", 0, "contents"])?.map((k) => k.key), ["inline", "local"]);
  assert.equal(keysAt(root, ["storage", "files"]), undefined); // a list, not a mapping
  assert.equal(keysAt(root, ["nope"]), undefined);
});

test("key descriptions carry kind, shape and help", () => {
  const mode = keyInfo(root, ["storage", "files", 0, "mode"])!;
  assert.equal(mode.kind, "integer");
  assert.equal(mode.shape, "scalar");
  assert.match(mode.help!, /octal/);
  const files = keyInfo(root, ["storage", "files"])!;
  assert.equal(files.shape, "list");
  assert.equal(files.kind, "list of mappings");
  assert.equal(keyInfo(root, ["passwd", "users", 0, "ssh_authorized_keys"])!.kind, "list of strings");
  assert.equal(keyInfo(root, ["storage", "files", 0, "overwrite"])!.bool, true);
});

const doc = `variant: flatcar
version: 1.1.0
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: |
          text
      
passwd:
  users:
    - name: core
      
`;

test("contextAt follows indentation, list items and the key being typed", () => {
  const lines = doc.split("\n");
  const at = (line: number, text: string) => {
    const l = [...lines];
    l[line - 1] = text;
    return contextAt(l.join("\n"), line, text.length + 1);
  };
  assert.deepEqual(at(10, "      ov"), { path: ["storage", "files", 0], keyPrefix: "ov", startColumn: 7 });
  assert.deepEqual(at(8, "        lo")?.path, ["storage", "files", 0, "contents"]);
  assert.deepEqual(at(14, "      ")?.path, ["passwd", "users", 0]);
  assert.deepEqual(at(14, "    - na")?.path, ["passwd", "users", 0]);
  assert.deepEqual(at(11, "st")?.path, []);
  assert.deepEqual(at(11, "st"), { path: [], keyPrefix: "st", startColumn: 1 });
  // inside a block scalar: no key completion
  assert.equal(at(10, "          mo"), undefined);
  // value position
  const v = at(14, "      name: co");
  assert.equal(v?.valueKey, "name");
  assert.deepEqual(v?.path, ["passwd", "users", 0]);
});

test("keyPathAt gives the full path of the key under the cursor", () => {
  assert.deepEqual(keyPathAt(doc, 6, 8), { path: ["storage", "files", 0, "mode"], key: "mode", startColumn: 7, endColumn: 11 });
  assert.deepEqual(keyPathAt(doc, 5, 8)?.path, ["storage", "files", 0, "path"]);
  assert.equal(keyPathAt(doc, 5, 20), undefined); // on the value
});

test("header fields are read and rewritten without touching the rest", () => {
  const text = "# my config\nvariant: fcos   # the OS\nversion: '1.5.0'\nstorage: {}\n";
  assert.deepEqual(readHeaderFields(text), { variant: "fcos", version: "1.5.0" });
  assert.equal(setHeaderFields(text, "flatcar", "1.1.0"), "# my config\nvariant: flatcar   # the OS\nversion: 1.1.0\nstorage: {}\n");
  assert.equal(setHeaderFields("storage: {}\n", "flatcar", "1.1.0"), "variant: flatcar\nversion: 1.1.0\nstorage: {}\n");
  assert.equal(setHeaderFields("", "fcos", "1.6.0"), "variant: fcos\nversion: 1.6.0\n");
  // nested keys named version are not the header
  assert.deepEqual(readHeaderFields("x:\n  version: 2\n"), {});
});

test("siblingKeys lists the keys already present in the same mapping", async () => {
  const { siblingKeys } = await import("../../../lib/schema-help");
  const text = "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      mode: 0644\n      \n      contents:\n        inline: x\n    - path: /b\n      overwrite: true\nsystemd: {}\n";
  assert.deepEqual([...siblingKeys(text, 7, 7)].sort(), ["contents", "mode", "path"]);
  assert.deepEqual([...siblingKeys(text, 13, 1)].sort(), ["storage", "systemd", "variant", "version"]);
  assert.deepEqual([...siblingKeys(text, 5, 7)].sort(), ["contents", "mode"]); // the cursor line itself is left out
});
