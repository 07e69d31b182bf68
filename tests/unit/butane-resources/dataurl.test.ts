import { test } from "node:test";
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { escapeDataUrl, escapedDataUrl, makeDataUrl } from "../../../lib/butane/resources/dataurl";

const bytes = (s: string) => new TextEncoder().encode(s);

test("escaping keeps only RFC 2396 unreserved bytes", () => {
  const all = new Uint8Array(256).map((_, i) => i);
  const kept = [...escapeDataUrl(all).replace(/%[0-9A-F]{2}/g, "")].join("");
  assert.equal(kept, "!'()*-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");
  assert.equal(escapeDataUrl(bytes("a b/ü\n")), "a%20b%2F%C3%BC%0A");
  assert.equal(escapeDataUrl(new Uint8Array([0, 0xff])), "%00%FF");
});

test("short ASCII stays URL-escaped with an empty compression", () => {
  assert.deepEqual(makeDataUrl(bytes("hello world\n"), undefined), { uri: "data:,hello%20world%0A", compression: "" });
});

test("base64 wins only when strictly shorter; a tie keeps the escaped form", () => {
  assert.equal(makeDataUrl(bytes("üü "), undefined).uri, "data:,%C3%BC%C3%BC%20");
  assert.equal(makeDataUrl(bytes("üüü"), undefined).uri, "data:;base64,w7zDvMO8");
  assert.equal(makeDataUrl(bytes("üü"), undefined).uri, "data:,%C3%BC%C3%BC");
});

test("gzip is chosen for compressible data and decodes back", () => {
  const text = "server_name example.org;\n".repeat(10);
  const r = makeDataUrl(bytes(text), "");
  assert.equal(r.compression, "gzip");
  assert.ok(r.uri.startsWith("data:;base64,H4sI"));
  const gz = Buffer.from(r.uri.slice("data:;base64,".length), "base64");
  assert.equal(gunzipSync(gz).toString(), text);
});

test("gzip needs length + 4 strictly shorter (recorded threshold case)", () => {
  const line = "server_name example.org;\n";
  const full = line.repeat(3);
  assert.equal(makeDataUrl(bytes(full.slice(0, 65)), undefined).compression, "");
  assert.equal(makeDataUrl(bytes(full.slice(0, 66)), undefined).compression, "gzip");
  assert.equal(
    makeDataUrl(bytes(full.slice(0, 66)), undefined).uri,
    "data:;base64,H4sIAAAAAAAC/ypOLSpLLYrPS8xNVUitSMwtyEnVyy9Kt+YiWgIQAAD//wS69ERCAAAA",
  );
});

test("a user compression stops recompression and leaves the field alone", () => {
  const text = "x".repeat(500);
  const r = makeDataUrl(bytes(text), "gzip");
  assert.equal(r.compression, undefined);
  assert.ok(!r.uri.includes("H4sI"));
  assert.equal(makeDataUrl(bytes(text), "", false).compression, "");
  assert.ok(!makeDataUrl(bytes(text), "", false).uri.includes("H4sI"));
});

test("fcos 1.0.0 always escapes", () => {
  assert.equal(escapedDataUrl("a".repeat(100)), "data:," + "a".repeat(100));
  assert.equal(escapedDataUrl(""), "data:,");
});
