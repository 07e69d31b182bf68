import { test } from "node:test";
import assert from "node:assert/strict";
import {
  checkAbsolutePath, checkAccountName, checkDropinName, checkHash, checkMode, checkPasswordHash, checkSshKey, checkUnitName, checkUrl, checkWholeNumber, describeMode,
} from "../../../lib/form-rules";

test("relative paths are flagged with an absolute suggestion", () => {
  assert.equal(checkAbsolutePath("/etc/motd"), undefined);
  assert.equal(checkAbsolutePath(""), undefined);
  const f = checkAbsolutePath("etc/motd");
  assert.equal(f?.level, "error");
  assert.equal(f?.suggestion, "/etc/motd");
  assert.equal(checkAbsolutePath("./etc/x")?.suggestion, "/etc/x");
  assert.equal(checkAbsolutePath("/etc/../x")?.level, "warning");
});

test("unit names need a known unit suffix", () => {
  for (const ok of ["nginx.service", "docker.socket", "var-lib.mount", "a@b.service", "x.timer", "y.target"]) assert.equal(checkUnitName(ok), undefined, ok);
  assert.equal(checkUnitName("nginx")?.suggestion, "nginx.service");
  assert.equal(checkUnitName("nginx.conf")?.level, "error");
  assert.equal(checkUnitName("a/b.service")?.level, "error");
  assert.equal(checkDropinName("10-env.conf"), undefined);
  assert.equal(checkDropinName("10-env")?.suggestion, "10-env.conf");
});

test("modes: decimal-looking values get 0-prefixed suggestions", () => {
  const f = checkMode("644");
  assert.equal(f?.level, "warning");
  assert.equal(f?.suggestion, "0644");
  assert.match(f!.message, /01204/);
  assert.equal(checkMode("0644")?.level, "info");
  assert.equal(checkMode("0644")?.message, "rw-r--r--");
  assert.match(checkMode("420")!.message, /0644/);
  assert.equal(checkMode("420")?.level, "info");
  assert.equal(checkMode("0o755")?.message, "rwxr-xr-x");
  assert.equal(checkMode("abc")?.level, "error");
  assert.equal(checkMode("099999")?.level, "error");
  assert.equal(checkMode("010000")?.level, "error");
  assert.match(checkMode("04755")!.message, /setuid/);
  assert.equal(describeMode(0o1777), "rwxrwxrwt");
  assert.equal(describeMode(0o4750), "rwsr-x---");
});

test("numbers, URLs, hashes, names, keys", () => {
  assert.equal(checkWholeNumber("1000"), undefined);
  assert.equal(checkWholeNumber("10a")?.level, "error");
  assert.equal(checkWholeNumber("-1")?.level, "warning");
  assert.equal(checkUrl("https://example.com/x"), undefined);
  assert.equal(checkUrl("ftp://x")?.level, "error");
  assert.equal(checkUrl("example.com")?.level, "error");
  assert.equal(checkUrl("http://x")?.level, "info");
  assert.equal(checkHash("sha256-" + "a".repeat(64)), undefined);
  assert.equal(checkHash("sha256-abc")?.level, "error");
  assert.equal(checkHash("md5-abc")?.level, "error");
  assert.equal(checkAccountName("core"), undefined);
  assert.equal(checkAccountName("my user")?.level, "error");
  assert.equal(checkSshKey("ssh-ed25519 AAAAC3Nza me@host"), undefined);
  assert.equal(checkSshKey('from="10.0.0.1" ssh-rsa AAAAB3 x'), undefined);
  assert.equal(checkSshKey("hunter2")?.level, "warning");
  assert.equal(checkPasswordHash("$6$salt$abc"), undefined);
  assert.equal(checkPasswordHash("secret")?.level, "warning");
});
