import { test } from "node:test";
import assert from "node:assert/strict";
import { goStringBytes, goStringFromBytes } from "../../../lib/go/gostring";
import { quoteJson } from "../../../lib/ignition/marshal";

const bytes = (...b: number[]) => Uint8Array.from(b);

test("valid UTF-8 decodes as text and encodes back unchanged", () => {
  const text = "héllo ✓ 😀 \u0000 end";
  const b = new TextEncoder().encode(text);
  assert.equal(goStringFromBytes(b), text);
  assert.deepEqual(goStringBytes(text), b);
});

test("bytes that are not UTF-8 are kept, one by one as Go's DecodeRune splits them", () => {
  // E2 82 is a truncated 3-byte sequence: Go sees two invalid bytes (a WHATWG decoder would see one).
  const s = goStringFromBytes(bytes(0xe2, 0x82, 0x41, 0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80));
  assert.equal(s.length, 13);
  assert.equal(s[2], "A");
  assert.equal(quoteJson(goStringFromBytes(bytes(0xe2, 0x82, 0x41))), '"\\ufffd\\ufffdA"');
});

test("any byte string survives the round trip", () => {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  for (let n = 0; n < 500; n++) {
    const b = Uint8Array.from({ length: n % 40 }, () => (n % 3 === 0 ? 0x80 | next() : next()));
    assert.deepEqual(goStringBytes(goStringFromBytes(b)), b);
  }
});

test("lone surrogates that hold no kept byte encode as U+FFFD, like a UTF-8 encoder", () => {
  assert.deepEqual(goStringBytes("a\ud800b"), bytes(0x61, 0xef, 0xbf, 0xbd, 0x62));
  assert.deepEqual(goStringBytes("\udc41"), bytes(0xef, 0xbf, 0xbd));
  assert.deepEqual(goStringBytes("\udcff\u00e9"), bytes(0xff, 0xc3, 0xa9));
});

test("!!binary contents keep their bytes: the data URL has them, JSON strings get U+FFFD per invalid byte", async () => {
  const { transpile } = await import("../../../lib");
  const r = transpile(
    "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /x\n      contents:\n        inline: !!binary AAEC/w==\n" +
      "systemd:\n  units:\n    - name: a.service\n      contents: !!binary W1VuaXRdCkRlc2NyaXB0aW9uPeKC/wo=\n",
  );
  // Recorded from Butane 0.29.0.
  assert.equal(
    r.output,
    '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/x","contents":{"compression":"","source":"data:,%00%01%02%FF"}}]},' +
      '"systemd":{"units":[{"contents":"[Unit]\\nDescription=\\ufffd\\ufffd\\ufffd\\n","name":"a.service"}]}}',
  );
});
