import assert from "node:assert/strict";
import { test } from "node:test";
import { deflateSync } from "fflate";
import { decodeShareLink, encodeShareLink, inflateLimited, linkLengthWarning, MAX_UNPACKED_BYTES, SharePayload } from "../../../lib/share";
import { toBase64Url, utf8Encode } from "../../../lib/go/bytes";
import { crc32 } from "../../../lib/go/crc32";

/** A v1 link around any bytes as JSON (the checksum made to match). */
function linkOf(json: Uint8Array): string {
  const packed = deflateSync(json, { level: 9 });
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  new DataView(payload.buffer).setUint32(packed.length, crc32(json));
  return `http://localhost:3000/#v1.${toBase64Url(payload)}`;
}

test("a link that unpacks past 32 MiB is refused as too large, without unpacking all of it", () => {
  // 64 MiB of spaces: about 64 KB deflated, twice the limit.
  const big = new Uint8Array(64 * 1024 * 1024).fill(0x20);
  const link = linkOf(big);
  const before = process.memoryUsage().arrayBuffers;
  const r = decodeShareLink(link);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.problem, "too-large");
    assert.match(r.message, /32 MiB/);
  }
  assert.ok(process.memoryUsage().arrayBuffers - before < 80 * 1024 * 1024);
});

test("inflateLimited: good data, too much data and broken data", () => {
  const data = utf8Encode("hello ".repeat(1000));
  assert.deepEqual(inflateLimited(deflateSync(data), 1 << 20), data);
  assert.equal(inflateLimited(deflateSync(data), 100), "too-large");
  assert.equal(inflateLimited(deflateSync(data).subarray(0, 10), 1 << 20), undefined);
  assert.equal(inflateLimited(new Uint8Array([0xff, 0xff, 0xff]), 1 << 20), undefined);
  assert.equal(MAX_UNPACKED_BYTES, 32 * 1024 * 1024);
});

test("the payload schema: text required, files a map of strings", () => {
  assert.ok(SharePayload.safeParse({ t: "variant: flatcar" }).success);
  assert.ok(SharePayload.safeParse({ t: "", f: { "a.txt": "aGk=" } }).success);
  for (const bad of [null, [], {}, { t: 5 }, { t: "x", f: { "a.txt": 3 } }, { t: "x", f: ["a"] }, "text"]) {
    assert.equal(SharePayload.safeParse(bad).success, false, JSON.stringify(bad));
  }
});

test("a well-packed link whose JSON is not a Kindling document is refused as damaged", () => {
  for (const json of ['{"t": 1}', "[1,2]", '{"t":"x","f":{"a":7}}', "not json"]) {
    const r = decodeShareLink(linkOf(utf8Encode(json)));
    assert.equal(r.ok, false, json);
    if (!r.ok) assert.equal(r.problem, "damaged");
  }
});

test("characters a link never has are named as such, not as a cut-off link", () => {
  const link = encodeShareLink({ text: "variant: flatcar\nversion: 1.1.0\n", files: {} }, "http://x/");
  const r = decodeShareLink(link.slice(0, 20) + "%$!" + link.slice(20));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.message, /characters/);
    assert.doesNotMatch(r.message, /cut short/);
  }
});

test("a long link gets one warning: the strictest limit it passes", () => {
  assert.equal(linkLengthWarning(1_000), undefined);
  assert.match(linkLengthWarning(3_000)!.where, /2,000/);
  assert.match(linkLengthWarning(100_000)!.where, /64,000/);
});

test("kindling open refuses a link past the limit with the same message", async () => {
  await import("../../../lib/cli/share-commands");
  const { runCli } = await import("../cli/run-cli");
  const link = linkOf(new Uint8Array(40 * 1024 * 1024).fill(0x20));
  const { code, out, err } = await runCli(["open", link]);
  assert.equal(code, 1);
  assert.equal(out, "");
  assert.match(err, /unpacks to more than 32 MiB, the most a share link may hold/);
});
