import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFileContentsSugarV0_1, applyResourceSugar } from "../../../lib/butane/resources/resource";
import { applyContentsLocal, applySshKeysLocal } from "../../../lib/butane/resources/localfields";
import { ErrNoFilesDir } from "../../../lib/butane/errors";
import { memFilesDir } from "./memfs";

const fd = memFilesDir("files", {
  "motd.txt": "hello\n",
  "zeros.img": new Uint8Array(4096),
  "team/keys": "# team keys\r\nssh-ed25519 AAAA a@b\n\n\nssh-ed25519 BBBB c@d",
  "empty.pub": "",
  "units/a.service": "[Service]\nExecStart=/bin/true\n",
});
const translations = (ts: { entries(): { from: readonly unknown[]; to: readonly unknown[] }[] }) =>
  ts.entries().map((t) => `${t.from.join(".")}→${t.to.join(".")}`).sort();

test("inline becomes a data URL with compression and translations", () => {
  const to: Record<string, unknown> = { source: undefined, compression: undefined };
  const r = applyResourceSugar({ inline: "hi there" }, to, {});
  assert.equal(to.source, "data:,hi%20there");
  assert.equal(to.compression, "");
  assert.deepEqual(translations(r.ts), ["inline→compression", "inline→source"]);
  assert.equal(r.report.entries.length, 0);
});

test("local reads from the files dir; gzip for zeros; user compression kept", () => {
  const to: Record<string, unknown> = { compression: undefined };
  applyResourceSugar({ local: "zeros.img" }, to, { filesDir: fd });
  assert.equal(to.compression, "gzip");
  const to2: Record<string, unknown> = { compression: "gzip" };
  const r2 = applyResourceSugar({ local: "/motd.txt" }, to2, { filesDir: fd });
  assert.equal(to2.compression, "gzip");
  assert.equal(to2.source, "data:,hello%0A");
  assert.deepEqual(translations(r2.ts), ["local→source"]);
});

test("local errors are reported on local and stop the resource", () => {
  const to: Record<string, unknown> = {};
  const r = applyResourceSugar({ local: "absent" }, to, { filesDir: fd });
  assert.deepEqual(r.report.entries, [{ level: "error", path: ["local"], message: "open files/absent: no such file or directory" }]);
  assert.equal(to.source, undefined);
  const r2 = applyResourceSugar({ local: "motd.txt" }, {}, {});
  assert.equal(r2.report.entries[0].message, ErrNoFilesDir);
});

test("fcos 1.0.0 inline: escaped, no compression", () => {
  const to: Record<string, unknown> = {};
  const r = applyFileContentsSugarV0_1({ inline: "x".repeat(300) }, to);
  assert.equal(to.source, "data:," + "x".repeat(300));
  assert.equal(to.compression, undefined);
  assert.deepEqual(translations(r.ts), ["inline→source"]);
});

test("ssh_authorized_keys_local: lines split on CRLF/LF, blanks dropped, inline keys first", () => {
  const to: Record<string, unknown> = { sshAuthorizedKeys: ["ssh-ed25519 ZZZZ inline"] };
  const r = applySshKeysLocal({ ssh_authorized_keys_local: ["team/keys", "empty.pub"] }, to, fd);
  assert.deepEqual(to.sshAuthorizedKeys, ["ssh-ed25519 ZZZZ inline", "# team keys", "ssh-ed25519 AAAA a@b", "ssh-ed25519 BBBB c@d"]);
  assert.deepEqual(translations(r.ts), [
    "ssh_authorized_keys_local.0→sshAuthorizedKeys.1",
    "ssh_authorized_keys_local.0→sshAuthorizedKeys.2",
    "ssh_authorized_keys_local.0→sshAuthorizedKeys.3",
    "ssh_authorized_keys_local→sshAuthorizedKeys",
  ]);
});

test("ssh_authorized_keys_local errors: per file, or once without a files dir", () => {
  const r = applySshKeysLocal({ ssh_authorized_keys_local: ["../x", "team/keys"] }, { sshAuthorizedKeys: [] }, fd);
  assert.deepEqual(r.report.entries.map((e) => e.path), [["ssh_authorized_keys_local", 0]]);
  const r2 = applySshKeysLocal({ ssh_authorized_keys_local: ["a", "b"] }, { sshAuthorizedKeys: [] }, undefined);
  assert.deepEqual(r2.report.entries, [{ level: "error", path: ["ssh_authorized_keys_local"], message: ErrNoFilesDir }]);
});

test("contents_local replaces contents; empty path is ignored", () => {
  const to: Record<string, unknown> = { contents: undefined };
  const r = applyContentsLocal({ contents_local: "units/a.service" }, to, fd);
  assert.equal(to.contents, "[Service]\nExecStart=/bin/true\n");
  assert.deepEqual(translations(r.ts), ["contents_local→contents"]);
  const to2: Record<string, unknown> = { contents: "x" };
  applyContentsLocal({ contents_local: "" }, to2, undefined);
  assert.equal(to2.contents, "x");
  const r3 = applyContentsLocal({ contents_local: "units" }, {}, fd);
  assert.deepEqual(r3.report.entries[0], { level: "error", path: ["contents_local"], message: "read files/units: is a directory" });
});
