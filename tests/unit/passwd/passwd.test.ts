// Password hashes against mkpasswd's (recorded by record-mkpasswd.mjs) and libxcrypt's own
// test vectors; live against mkpasswd and the system's crypt(3) too when mkpasswd is installed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash, pbkdf2Sync, createHmac } from "node:crypto";
import { crypt, hashPassword, verifyPassword, hashMethodOf, newSetting } from "../../../lib/passwd";
import { sha256, hmacSha256, pbkdf2Sha256 } from "../../../lib/passwd/sha256";
import { sha512 } from "../../../lib/passwd/sha512";
import { encode64, decode64, encodeUint, decodeUint } from "../../../lib/passwd/crypt64";
import { yescryptPrefix, YESCRYPT_DEFAULTS } from "../../../lib/passwd/yescrypt";

const json = (name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));
const mk = json("./mkpasswd-vectors.json") as { vectors: { password: string; hash: string }[] };
const xc = json("./libxcrypt-vectors.json") as Record<"yescrypt" | "sha512crypt", { setting: string; hash: string; passwordHex: string }[]>;

test("SHA-256, HMAC, PBKDF2 and SHA-512 agree with node:crypto around block boundaries", () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]) {
    const d = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
    assert.equal(Buffer.from(sha256(d)).toString("hex"), createHash("sha256").update(d).digest("hex"));
    assert.equal(Buffer.from(sha512(d)).toString("hex"), createHash("sha512").update(d).digest("hex"));
    assert.equal(Buffer.from(hmacSha256(d, d.slice(0, 3))).toString("hex"), createHmac("sha256", d).update(d.slice(0, 3)).digest("hex"));
    assert.equal(Buffer.from(pbkdf2Sha256(d, d.slice(0, 9), 2, 70)).toString("hex"), pbkdf2Sync(d, d.slice(0, 9), 2, 70, "sha256").toString("hex"));
  }
});

test("yescrypt's base64 and parameter encoding", () => {
  assert.equal(yescryptPrefix(YESCRYPT_DEFAULTS), "$y$j9T$");
  for (const v of [1, 47, 48, 49, 63, 100, 1000, 100000]) assert.deepEqual(decodeUint(encodeUint(v, 1), 0, 1), [v, encodeUint(v, 1).length]);
  const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
  assert.equal(encode64(bytes).length, 22);
  assert.deepEqual(decode64(encode64(bytes)), bytes);
  assert.equal(decode64("/"), undefined, "a lone character holds no full byte");
});

test("yescrypt matches libxcrypt's test vectors (ASCII and 8-bit passwords)", () => {
  assert.ok(xc.yescrypt.length >= 40);
  for (const v of xc.yescrypt) assert.equal(crypt(Buffer.from(v.passwordHex, "hex"), v.setting), v.hash, v.passwordHex);
});

test("SHA-512 crypt matches libxcrypt's test vectors", () => {
  for (const v of xc.sha512crypt) assert.equal(crypt(Buffer.from(v.passwordHex, "hex"), v.setting), v.hash, v.passwordHex);
});

test("both methods match hashes recorded with mkpasswd (UTF-8, emoji, spaces, long)", () => {
  assert.ok(mk.vectors.some((v) => v.hash.startsWith("$y$j9T$")));
  for (const v of mk.vectors) assert.ok(verifyPassword(v.password, v.hash), `${v.password} → ${v.hash}`);
  assert.equal(verifyPassword("hello!", mk.vectors[0].hash), false);
});

test("new hashes: fresh salts, mkpasswd's default shape, and verifiable", () => {
  const a = hashPassword("secret", "yescrypt");
  const b = hashPassword("secret", "yescrypt");
  assert.match(a, /^\$y\$j9T\$[./0-9A-Za-z]{22}\$[./0-9A-Za-z]{43}$/);
  assert.notEqual(a, b);
  assert.equal(hashMethodOf(a), "yescrypt");
  const s = hashPassword("secret", "sha512crypt");
  assert.match(s, /^\$6\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}$/);
  assert.equal(hashMethodOf(s), "sha512crypt");
  assert.ok(verifyPassword("secret", s));
  assert.equal(hashMethodOf("$1$abc$def"), "other");
  assert.throws(() => crypt("a\0b", newSetting("sha512crypt")), /NUL/);
});

test("progress is reported up to 1", () => {
  const seen: number[] = [];
  crypt("x", "$y$j75$LdJMENpBABJJ3hIHjB1Bi.", (f) => seen.push(f));
  assert.ok(seen.length > 5);
  assert.equal(seen.at(-1), 1);
  assert.ok(seen.every((f, i) => i === 0 || f >= seen[i - 1]));
});

const hasMkpasswd = spawnSync("mkpasswd", ["--help"]).status !== null;
// The system's crypt(3) (libxcrypt on Debian), reached through perl's crypt builtin.
const systemCrypt = (password: string, setting: string) =>
  spawnSync("perl", ["-e", "print crypt($ARGV[0], $ARGV[1])", password, setting]).stdout.toString();
test("live: mkpasswd's hashes verify with ours, and ours with the system's crypt(3)", { skip: !hasMkpasswd && "mkpasswd not installed" }, () => {
  for (const password of ["live tëst ✓", "plain"]) {
    for (const method of ["yescrypt", "sha512crypt"] as const) {
      const theirs = spawnSync("mkpasswd", ["--stdin", "-m", method], { input: password }).stdout.toString().trim();
      assert.ok(verifyPassword(password, theirs), theirs);
      const ours = hashPassword(password, method);
      assert.equal(systemCrypt(password, ours), ours);
      assert.notEqual(systemCrypt(password + "x", ours), ours);
    }
  }
});

test("SHA-2 constants are derived as FIPS 180-4 defines them (roots of the first primes)", async () => {
  const { rootConstants } = await import("../../../lib/passwd/block-hash");
  const hex = (a: Int32Array) => Array.from(a, (v) => (v >>> 0).toString(16).padStart(8, "0")).join("");
  assert.equal(hex(rootConstants(2, 3, 32)), "428a2f9871374491");
  assert.equal(hex(rootConstants(1, 2, 32)), "6a09e667");
  assert.equal(hex(rootConstants(80, 3, 64)).slice(-16), "6c44198c4a475817");
  assert.equal(hex(rootConstants(8, 2, 64)).slice(0, 32), "6a09e667f3bcc908bb67ae8584caa73b");
});
