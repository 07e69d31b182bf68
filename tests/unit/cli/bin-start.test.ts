// bin/kindling.mjs run directly: `kindling butane` starts from the start-up snapshot (which
// holds only that command), everything else from the module bundle; both give what the
// module gives, also when the script is reached through a symlink (as npx's .bin links do).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";

const bin = resolve("bin/kindling.mjs");
if (!existsSync("dist/kindling.blob") || !existsSync("dist/kindling-cli.mjs")) {
  const b = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { encoding: "utf8" });
  assert.equal(b.status, 0, b.stderr);
}
const dir = mkdtempSync(join(tmpdir(), "kindling-bin-"));
const link = join(dir, "kindling");
symlinkSync(bin, link);
const good = join(dir, "good.bu");
writeFileSync(good, "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        inline: hello\n");
const bad = join(dir, "bad.bu");
writeFileSync(bad, "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: etc/motd\n");

const run = (cmd: string, args: string[], input?: string) => {
  const r = spawnSync(cmd, args, { encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test("the snapshot is built (the start-up path the bench measures)", () => {
  assert.ok(existsSync("dist/kindling.blob"));
});

for (const [name, args, input] of [
  ["pretty output", ["butane", "-p", good]],
  ["data URL output", ["butane", "--data-url", good]],
  ["base64 output from stdin", ["butane", "--base64"], "variant: fcos\nversion: 1.5.0\n"],
  ["an invalid config's report and status", ["butane", "--raw-errors", bad]],
  ["usage error", ["butane", "--no-such-flag"]],
  ["another command", ["schema", "--list"]],
  ["help", ["--help"]],
] as [string, string[], string?][]) {
  test(`run directly and through a symlink = the module bundle: ${name}`, () => {
    const expected = run(process.execPath, [bin, ...args], input);
    assert.deepEqual(run(bin, args, input), expected);
    assert.deepEqual(run(link, args, input), expected);
  });
}
