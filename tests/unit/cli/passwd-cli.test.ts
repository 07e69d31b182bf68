import assert from "node:assert/strict";
import { test } from "node:test";
import { runPasswd, type Terminal } from "../../../lib/cli/passwd-command";
import { commands } from "../../../lib/cli/main";
import { verifyPassword } from "../../../lib/passwd";

function io(stdin: string) {
  const r = { out: "", err: "" };
  return {
    r,
    io: {
      stdin: () => Buffer.from(stdin),
      stdout: (b: string | Uint8Array) => void (r.out += String(b)),
      stderr: (s: string) => void (r.err += s),
      isTty: false,
      env: {},
    },
  };
}
const answers = (...lines: (string | undefined)[]): Terminal => ({ askHidden: async () => lines.shift() });

test("passwd is in the command table", () => {
  assert.ok(commands.passwd);
});

test("reads the first line of stdin and prints a yescrypt hash by default", async () => {
  const { r, io: x } = io("s3cret wörd\nignored second line\n");
  assert.equal(await runPasswd([], x, undefined), 0);
  assert.match(r.out, /^\$y\$j9T\$[./0-9A-Za-z]{22}\$[./0-9A-Za-z]{43}\n$/);
  assert.ok(verifyPassword("s3cret wörd", r.out.trim()));
});

test("--method sha512crypt, and CRLF input", async () => {
  const { r, io: x } = io("pw\r\n");
  assert.equal(await runPasswd(["--method", "sha512crypt"], x, undefined), 0);
  assert.match(r.out, /^\$6\$/);
  assert.ok(verifyPassword("pw", r.out.trim()));
});

test("bad method and empty password are refused", async () => {
  const a = io("pw\n");
  assert.equal(await runPasswd(["-m", "md5"], a.io, undefined), 2);
  assert.match(a.r.err, /unknown method "md5"/);
  const b = io("\n");
  assert.equal(await runPasswd([], b.io, undefined), 1);
  assert.match(b.r.err, /Empty password/);
  assert.equal(b.r.out, "");
});

test("on a terminal: asks twice; different answers hash nothing", async () => {
  const same = io("");
  assert.equal(await runPasswd(["-m", "sha512crypt"], same.io, answers("abc", "abc")), 0);
  assert.ok(verifyPassword("abc", same.r.out.trim()));
  const differ = io("");
  assert.equal(await runPasswd([], differ.io, answers("abc", "abd")), 1);
  assert.match(differ.r.err, /differ/);
  assert.equal(differ.r.out, "");
  const cancelled = io("");
  assert.equal(await runPasswd([], cancelled.io, answers(undefined)), 1);
});
