import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import {
  TARGETS,
  byteLength,
  fitOf,
  makeStubConfig,
  toBase64Text,
  toDataUrlBase64,
  toDataUrlEscaped,
  toDataUrlShortest,
  toGzipBase64,
} from "../../../lib/export";

const config = '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/etc/motd","contents":{"source":"data:,h%C3%A9llo"}}]}}';

function decodeDataUrl(url: string): Buffer {
  const comma = url.indexOf(",");
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  return meta.endsWith(";base64") ? Buffer.from(data, "base64") : Buffer.from(decodeURIComponent(data), "utf8");
}

test("every data URL decodes to the config's bytes", () => {
  for (const url of [toDataUrlBase64(config), toDataUrlEscaped(config), toDataUrlShortest(config)]) {
    assert.equal(decodeDataUrl(url).toString("utf8"), config);
  }
  assert.ok(toDataUrlBase64(config).startsWith("data:;base64,"));
});

test("the shortest data URL is the shorter form, escaped on a tie", () => {
  const plain = "abcdef";
  assert.equal(toDataUrlShortest(plain), "data:,abcdef");
  const jsonish = '{"a":"b"}'.repeat(20);
  assert.ok(toDataUrlShortest(jsonish).length <= Math.min(toDataUrlEscaped(jsonish).length, toDataUrlBase64(jsonish).length));
});

test("escaping keeps exactly the unreserved characters", () => {
  assert.equal(toDataUrlEscaped("a-b_c.d!e~f*g'h(i)j k/é"), "data:,a-b_c.d!e~f*g'h(i)j%20k%2F%C3%A9");
});

test("base64 and gzip+base64 decode back", () => {
  assert.equal(Buffer.from(toBase64Text(config), "base64").toString("utf8"), config);
  assert.equal(gunzipSync(Buffer.from(toGzipBase64(config), "base64")).toString("utf8"), config);
  assert.equal(byteLength("é"), 2);
});

test("sizes are compared with each target's limit", () => {
  const aws = TARGETS.find((t) => t.id === "aws")!;
  assert.equal(fitOf(aws, config).level, "ok");
  assert.equal(fitOf(aws, "x".repeat(15_000)).level, "near");
  assert.equal(fitOf(aws, "x".repeat(17_000)).level, "over");
  const vmware = TARGETS.find((t) => t.id === "vmware")!;
  const big = JSON.stringify({ data: "line of text\n".repeat(8000) });
  assert.equal(fitOf(vmware, big).level, "over");
  assert.equal(fitOf(vmware, big, "gzip+base64").level, "ok");
  for (const t of TARGETS) assert.ok(t.snippet({ config, variant: "flatcar", fileName: "config.ign" }).length > 0, t.id);
});

test("the stub config points at the full config and pins its SHA-512", async () => {
  const stub = JSON.parse(await makeStubConfig(config, "https://example.com/config.ign"));
  assert.equal(stub.ignition.version, "3.4.0");
  assert.equal(stub.ignition.config.replace.source, "https://example.com/config.ign");
  assert.equal(stub.ignition.config.replace.verification.hash, "sha512-" + createHash("sha512").update(config).digest("hex"));
});

test("the escaped data URL's length is counted without building it", async () => {
  const { escapedDataUrlLength } = await import("../../../lib/export");
  for (const s of [config, "", "é€😀 <&>", "a-b_c.d!e~f*g'h(i)j k/"]) assert.equal(escapedDataUrlLength(s), toDataUrlEscaped(s).length, s);
});

test("a target's where sentence: backticked names become code parts, never raw backticks", async () => {
  const { TARGETS, codeParts } = await import("../../../lib/export");
  assert.deepEqual(codeParts("The `user-data` key, or `a` and `b`."), [
    { text: "The ", code: false },
    { text: "user-data", code: true },
    { text: " key, or ", code: false },
    { text: "a", code: true },
    { text: " and ", code: false },
    { text: "b", code: true },
    { text: ".", code: false },
  ]);
  for (const t of TARGETS) for (const p of codeParts(t.where)) assert.ok(!p.text.includes("`"), `${t.id}: ${p.text}`);
});
