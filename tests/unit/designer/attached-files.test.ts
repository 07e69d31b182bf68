import { test } from "node:test";
import assert from "node:assert/strict";
import { attachedFilesDir, cleanPath } from "../../../components/state/attached-files";

const bytes = (s: string) => new TextEncoder().encode(s);
const dir = attachedFilesDir({ "app.conf": bytes("a=1"), "tree/b.txt": bytes("b"), "tree/sub/c.txt": bytes("c"), "tree/A.txt": bytes("A") });

test("cleanPath behaves like Go's path.Clean", () => {
  assert.equal(cleanPath("./a//b/../c"), "a/c");
  assert.equal(cleanPath("."), ".");
  assert.equal(cleanPath("../x"), "../x");
  assert.equal(cleanPath("/a/../../b"), "/b");
});

test("attached files read back, directories are implied", () => {
  assert.equal(new TextDecoder().decode(dir.readFile("app.conf") as Uint8Array), "a=1");
  assert.deepEqual(dir.stat("tree"), { kind: "dir", mode: 0o755 });
  assert.deepEqual(dir.stat("./tree/b.txt"), { kind: "file", mode: 0o644 });
  assert.deepEqual(dir.readDir("tree"), ["A.txt", "b.txt", "sub"]);
  assert.deepEqual(dir.readDir("."), ["app.conf", "tree"]);
});

test("errors read as Go's os package prints them", () => {
  assert.deepEqual(dir.readFile("absent.conf"), { error: "open absent.conf: no such file or directory" });
  assert.deepEqual(dir.stat("absent"), { error: "lstat absent: no such file or directory" });
  assert.deepEqual(dir.readFile("tree"), { error: "read tree: is a directory" });
  assert.deepEqual(dir.readFile("app.conf/x"), { error: "open app.conf/x: not a directory" });
  assert.deepEqual(dir.readDir("nope"), { error: "open nope: no such file or directory" });
});

test("a named directory strips its prefix", () => {
  const named = attachedFilesDir({ "x.txt": bytes("x") }, "files");
  assert.deepEqual(named.stat("files/x.txt"), { kind: "file", mode: 0o644 });
  assert.deepEqual(named.readFile("files/y.txt"), { error: "open files/y.txt: no such file or directory" });
});
