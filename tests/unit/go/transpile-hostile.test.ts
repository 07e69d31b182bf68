import assert from "node:assert/strict";
import { test } from "node:test";
import { transpile } from "../../../lib";

const header = "variant: flatcar\nversion: 1.1.0\n";

function ends(text: string): ReturnType<typeof transpile> {
  const t0 = Date.now();
  const r = transpile(text);
  assert.ok(Date.now() - t0 < 20_000, "took too long");
  assert.ok(!r.error?.startsWith("internal error"), r.error);
  return r;
}

test("an alias bomb ends in a clear error", () => {
  let doc = header + 'a0: &a0 ["x","x","x","x","x","x","x","x","x"]\n';
  for (let i = 1; i < 12; i++) doc += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]\n`;
  doc += "storage:\n  files: *a11\n";
  const r = ends(doc);
  assert.ok(r.error, "expected a fatal error");
  assert.equal(r.output, undefined);
});

test("deep nesting, odd types and garbage never throw", () => {
  ends(header + "storage: " + "[".repeat(20000));
  ends(header + "storage:\n  files:\n    - path: [1, {a: 2}]\n      mode: {x: y}\n");
  ends(header + "\u0000\u0001\u0002");
  ends("\ufeff" + header + "passwd: !!binary AAAA\n");
  ends("- - - -\n");
  ends("");
});

test("a multi-megabyte document ends in a result", () => {
  const files = Array.from({ length: 40000 }, (_, i) => `    - path: /etc/f${i}\n      contents:\n        inline: "v${i}"\n`).join("");
  const r = ends(header + "storage:\n  files:\n" + files);
  assert.equal(r.error, undefined);
  assert.ok(r.output!.includes("/etc/f39999"));
});
