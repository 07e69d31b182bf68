import { test } from "node:test";
import assert from "node:assert/strict";
import { clean, join, rel } from "../../../lib/butane/resources/gopath";
import { localPath, pathEscapesFilesDir, readLocalFile } from "../../../lib/butane/resources/local";
import { ErrFilesDirEscape, ErrNoFilesDir } from "../../../lib/butane/errors";
import { memFilesDir } from "./memfs";

test("clean and join behave like Go's filepath", () => {
  assert.equal(clean(""), ".");
  assert.equal(clean("a/./b/../c/"), "a/c");
  assert.equal(clean("/../x"), "/x");
  assert.equal(clean("../../x"), "../../x");
  assert.equal(join("files", "/etc/app.conf"), "files/etc/app.conf");
  assert.equal(join("files", ""), "files");
  assert.equal(join("", ""), "");
  assert.equal(rel("files/root", "files/root"), ".");
  assert.equal(rel("files/root", "files/root/a/b"), "a/b");
});

test("local paths are relative to the files dir, even with a leading slash", () => {
  assert.equal(localPath("/ops/key.pub", "files"), "files/ops/key.pub");
  assert.equal(localPath("ops/old/../dave.pub", "files"), "files/ops/dave.pub");
});

test("climbing out of the files dir is refused; staying inside is fine", () => {
  assert.equal(pathEscapesFilesDir(localPath("../input.bu", "files"), "files"), ErrFilesDirEscape);
  assert.equal(pathEscapesFilesDir(localPath("sub/../../args", "files"), "files"), ErrFilesDirEscape);
  assert.equal(pathEscapesFilesDir(localPath("sub/../allowed.txt", "files"), "files"), undefined);
  assert.equal(pathEscapesFilesDir(localPath("", "files"), "files"), undefined);
  // a sibling that shares the prefix is outside
  assert.equal(pathEscapesFilesDir(localPath("../files2/x", "files"), "files"), ErrFilesDirEscape);
  assert.equal(pathEscapesFilesDir(localPath("../x", "/srv/files"), "/srv/files"), ErrFilesDirEscape);
  assert.equal(pathEscapesFilesDir(localPath("x", "../up"), "../up"), undefined);
});

test("readLocalFile: contents and Go's error texts", () => {
  const fd = memFilesDir("files", { "present.conf": "ok\n", "confdir/x": "x" });
  assert.equal(new TextDecoder().decode(readLocalFile("present.conf", fd) as Uint8Array), "ok\n");
  assert.deepEqual(readLocalFile("absent.conf", fd), { error: "open files/absent.conf: no such file or directory" });
  assert.deepEqual(readLocalFile("confdir", fd), { error: "read files/confdir: is a directory" });
  assert.deepEqual(readLocalFile("../x", fd), { error: ErrFilesDirEscape });
  assert.deepEqual(readLocalFile("present.conf", undefined), { error: ErrNoFilesDir });
});
