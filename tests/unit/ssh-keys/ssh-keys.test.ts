import assert from "node:assert/strict";
import { test } from "node:test";
import { generateKeyPairSync } from "node:crypto";
import { checkPublicKey, looksPrivate, splitKeys } from "../../../lib/ssh-keys";

// A real ed25519 public key blob: string "ssh-ed25519" then 32 key bytes.
function ed25519Line(comment = "me@laptop"): string {
  const pub = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  const t = Buffer.from("ssh-ed25519");
  const blob = Buffer.concat([Buffer.from([0, 0, 0, t.length]), t, Buffer.from([0, 0, 0, 32]), pub]);
  return `ssh-ed25519 ${blob.toString("base64")} ${comment}`.trim();
}

test("a good key passes with its type and comment", () => {
  const r = checkPublicKey(ed25519Line());
  assert.ok(r.ok);
  assert.equal(r.ok && r.type, "ssh-ed25519");
  assert.equal(r.ok && r.comment, "me@laptop");
  const noComment = checkPublicKey(ed25519Line(""));
  assert.ok(noComment.ok && /No comment/.test(noComment.warning ?? ""));
});

test("each broken key gets its own message", () => {
  const good = ed25519Line();
  const body = good.split(" ")[1];
  assert.match((checkPublicKey(`ssh-rsa ${body} x`) as { message: string }).message, /says ssh-rsa but the key inside is ssh-ed25519/);
  assert.match((checkPublicKey(`ssh-ed25519 ${body.slice(0, 20)} x`) as { message: string }).message, /not valid base64|does not decode|cut off/);
  assert.match((checkPublicKey("ssh-foo AAAA x") as { message: string }).message, /Unknown key type/);
  assert.match((checkPublicKey("hello world") as { message: string }).message, /No key type/);
  assert.match((checkPublicKey("ssh-ed25519") as { message: string }).message, /no base64 body/);
});

test("private keys are recognised, in every usual wrapping", () => {
  const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  assert.ok(looksPrivate(pem));
  assert.ok(looksPrivate("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"));
  assert.ok(looksPrivate("PuTTY-User-Key-File-3: ssh-ed25519\n"));
  const r = checkPublicKey(splitKeys(pem)[0]);
  assert.ok(!r.ok && r.private);
  assert.equal(looksPrivate(ed25519Line()), false);
});

test("splitKeys keeps one key per line and drops comments", () => {
  assert.deepEqual(splitKeys("# mine\nssh-ed25519 AAA a\n\n  ssh-rsa BBB b \n"), ["ssh-ed25519 AAA a", "ssh-rsa BBB b"]);
});
