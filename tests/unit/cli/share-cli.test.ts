import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import "../../../lib/cli/share-commands";
import { runCli as run } from "./run-cli";

test("share then open gives back the file and its attachments", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-share-"));
  const bu = "variant: flatcar\nversion: 1.1.0\n# keep me\n";
  writeFileSync(join(dir, "in.bu"), bu);
  mkdirSync(join(dir, "files", "sub"), { recursive: true });
  writeFileSync(join(dir, "files", "sub", "blob.bin"), Buffer.from([0, 1, 2, 255]));
  const shared = await run(["share", "--base", "https://k.example/app", "-d", join(dir, "files"), join(dir, "in.bu")]);
  assert.equal(shared.code, 0, shared.err);
  const link = shared.out.trim();
  assert.match(link, /^https:\/\/k\.example\/app#v1\./);
  const opened = await run(["open", "-d", join(dir, "restored"), link]);
  assert.equal(opened.code, 0, opened.err);
  assert.equal(opened.out, bu);
  assert.deepEqual([...readFileSync(join(dir, "restored", "sub", "blob.bin"))], [0, 1, 2, 255]);
});

test("open refuses a damaged link with a clear message", async () => {
  const r = await run(["open", "https://k.example/#v1.AAAAAAAAAA"]);
  assert.equal(r.code, 1);
  assert.match(r.err, /damaged or incomplete/);
});

test("share warns about secrets and can leave them out", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-share-"));
  writeFileSync(join(dir, "in.bu"), "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n      password_hash: $6$x$y\n");
  const warned = await run(["share", join(dir, "in.bu")]);
  assert.match(warned.err, /password hash at passwd\.users\.0\.password_hash/);
  const clean = await run(["share", "--without-secrets", join(dir, "in.bu")]);
  const opened = await run(["open", clean.out.trim()]);
  assert.ok(!opened.out.includes("password_hash"));
  assert.ok(opened.out.includes("name: core"));
});
