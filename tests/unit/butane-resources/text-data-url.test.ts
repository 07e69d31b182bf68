import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeAsciiDataUrl, escapeDataUrl, utf8Encode } from "../../../lib/go/bytes";
import { goStringBytes } from "../../../lib/go/gostring";
import { gzipLengthLowerBound } from "../../../lib/gzip";
import { makeDataUrl, makeTextDataUrl } from "../../../lib/butane/resources/dataurl";

/** Pseudo-random text over an alphabet (deterministic), hard to compress. */
function noise(length: number, alphabet: string): string {
  let seed = 7;
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length];
  return out;
}

const every7bit = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join("");
const texts = [
  "",
  "a",
  "value 12 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", // escaped wins
  "nothing-to_escape.here!~*'()",
  every7bit, // every ASCII byte, escaped or not
  "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000b\u000c\u000e\u000f".repeat(5), // base64 wins
  "The quick brown fox jumps over the lazy dog.\n".repeat(200), // gzip wins
  "grüße, 日本語 and 🎉\n".repeat(3), // not ASCII: the bytes path
  "kept byte \udcff and a lone \ud800 surrogate", // Go bytes held as lone surrogates
  noise(6000, " !%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"), // large, much to escape: gzip wins before escapes are counted
  noise(6000, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()"), // large, nothing to escape: gzip tried and loses
  "größer ".repeat(1000), // large, not ASCII, gzip wins
];

test("makeTextDataUrl gives makeDataUrl of the text's Go bytes, whatever the winning encoding", () => {
  const winners = new Set<string>();
  for (const text of texts) {
    for (const current of [undefined, "", "gzip"]) {
      for (const allow of [true, false]) {
        const expected = makeDataUrl(goStringBytes(text), current, allow);
        assert.deepEqual(makeTextDataUrl(text, current, allow), expected, JSON.stringify(text.slice(0, 30)));
        winners.add(expected.uri.startsWith("data:,") ? "escaped" : expected.compression === "gzip" ? "gzip" : "base64");
      }
    }
  }
  assert.deepEqual([...winners].sort(), ["base64", "escaped", "gzip"], "the cases cover all three encodings");
});

test("escapeAsciiDataUrl escapes an ASCII text as escapeDataUrl escapes its bytes", () => {
  for (const text of texts.filter((t) => /^[\x00-\x7f]*$/.test(t))) assert.equal(escapeAsciiDataUrl(text), escapeDataUrl(utf8Encode(text)));
  assert.equal(escapeAsciiDataUrl("a b%c"), "a%20b%25c");
});

test("the gzip lower bound of an ASCII text is the bound of its bytes", () => {
  for (const text of texts.filter((t) => /^[\x00-\x7f]*$/.test(t))) assert.equal(gzipLengthLowerBound(text), gzipLengthLowerBound(utf8Encode(text)));
});
