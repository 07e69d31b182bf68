// The CLI's output writer: straight to the descriptor, the rest through the stream when the
// descriptor is full (EAGAIN), nothing more once the reader is gone (EPIPE).
import assert from "node:assert/strict";
import { test } from "node:test";
import { descriptorWriter } from "../../../lib/cli/node-io";

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** A descriptor that takes `capacity` bytes, a few at a time, then fails with `code`. */
function fakeDescriptor(capacity: number, code: string) {
  const taken: number[] = [];
  const write = (_fd: number, b: Uint8Array) => {
    if (taken.length >= capacity) throw errno(code);
    const n = Math.min(3, b.length, capacity - taken.length);
    taken.push(...b.subarray(0, n));
    return n;
  };
  return { taken, write: write as unknown as typeof import("node:fs").writeSync };
}

test("partial writes are continued until everything is written", () => {
  const fd = fakeDescriptor(100, "EAGAIN");
  const out = descriptorWriter(1, () => assert.fail("no stream needed"), fd.write);
  out("héllo, ");
  out(new Uint8Array([0x77, 0x6f, 0x72, 0x6c, 0x64]));
  assert.equal(Buffer.from(fd.taken).toString("utf8"), "héllo, world");
});

test("a full non-blocking descriptor hands the rest, and all later output, to the stream in order", () => {
  const fd = fakeDescriptor(4, "EAGAIN");
  const streamed: string[] = [];
  let made = 0;
  const stream = () => (made++, { write: (c: string | Uint8Array) => (streamed.push(Buffer.from(c).toString("utf8")), true) });
  const out = descriptorWriter(1, stream, fd.write);
  out("abcdefgh");
  out("ij");
  assert.equal(Buffer.from(fd.taken).toString("utf8"), "abcd");
  assert.deepEqual(streamed, ["efgh", "ij"]);
  assert.equal(made, 1);
});

test("a closed pipe ends the output quietly; other errors are thrown", () => {
  const gone = descriptorWriter(1, () => assert.fail("no stream"), fakeDescriptor(0, "EPIPE").write);
  assert.doesNotThrow(() => gone("lost"));
  const broken = descriptorWriter(1, () => assert.fail("no stream"), fakeDescriptor(0, "EIO").write);
  assert.throws(() => broken("x"), /EIO/);
});

test("empty output writes nothing", () => {
  const out = descriptorWriter(2, () => assert.fail("no stream"), () => assert.fail("no write"));
  out("");
});
