// `kindling import` and `kindling schema` as a user runs them.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runCli as run } from "./run-cli";

test("import guesses Ignition, prints Butane, writes binary contents below -d and transpiles back", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-import-"));
  const ign = { ignition: { version: "3.4.0" }, storage: { files: [{ path: "/etc/motd", mode: 420, contents: { source: "data:,hi%0A" } }, { path: "/opt/b", contents: { source: "data:;base64,AAEC/w==" } }] } };
  writeFileSync(join(dir, "c.ign"), JSON.stringify(ign));
  const r = await run(["import", "-d", join(dir, "files"), join(dir, "c.ign")]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /variant: flatcar\nversion: 1\.1\.0/);
  assert.match(r.out, /mode: 0644/);
  assert.deepEqual([...readFileSync(join(dir, "files", "contents"))], [0, 1, 2, 255]);
  writeFileSync(join(dir, "c.bu"), r.out);
  const back = await run(["butane", "-d", join(dir, "files"), join(dir, "c.bu")]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.out, /"data:,%00%01%02%FF"/);
});

test("import guesses cloud-config and reports what it could not convert", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-import-"));
  writeFileSync(join(dir, "user-data"), "#cloud-config\nhostname: n1\npackages: [vim]\n");
  const r = await run(["import", join(dir, "user-data")]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /path: \/etc\/hostname/);
  assert.match(r.err, /warning: packages \(line 3\): no Flatcar equivalent/);
});

test("import refuses what it cannot read, with a reason", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-import-"));
  writeFileSync(join(dir, "x.bu"), "variant: flatcar\nversion: 1.1.0\n");
  const r = await run(["import", join(dir, "x.bu")]);
  assert.equal(r.code, 1);
  assert.match(r.err, /neither an Ignition config .* nor a cloud-config/);
  assert.equal((await run(["import", "--format", "xml", join(dir, "x.bu")])).code, 2);
});

test("schema prints a draft-07 schema; unknown specs fail", async () => {
  const r = await run(["schema", "--variant", "flatcar", "--version", "1.1.0"]);
  assert.equal(r.code, 0);
  const s = JSON.parse(r.out);
  assert.equal(s.$schema, "http://json-schema.org/draft-07/schema#");
  assert.equal(s.properties.variant.const, "flatcar");
  assert.equal((await run(["schema", "--variant", "flatcar", "--version", "9.9.9"])).code, 1);
  assert.equal((await run(["schema"])).code, 2);
  assert.match((await run(["schema", "--list"])).out, /^flatcar 1\.0\.0$/m);
});

test("import names a file it cannot read instead of crashing", async () => {
  const missing = join(mkdtempSync(join(tmpdir(), "kindling-import-")), "nope.ign");
  const r = await run(["import", missing]);
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`^failed to open ${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ENOENT`));
  assert.equal(r.out, "");
});
