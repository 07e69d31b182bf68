import assert from "node:assert/strict";
import { test } from "node:test";
import { createTranspileMemo, transpile } from "../../../lib";
import { DataUrlMemo, makeDataUrl, makeTextDataUrl } from "../../../lib/butane/resources/dataurl";

const big = (word: string) => `${word} line of a large file\n`.repeat(400);
const doc = (path: string, text: string, compression = "") =>
  `variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: ${path}\n${compression ? `      contents:\n        compression: ${compression}\n` : "      contents:\n"}        inline: |\n${text.replace(/^(?=.)/gm, "          ")}`;

test("a memo kept across runs gives the same output and report as runs without it", () => {
  const memo = createTranspileMemo();
  const edits = [
    doc("/opt/a", big("alpha")),
    doc("/opt/ab", big("alpha")), // path changed, contents reused
    doc("/opt/ab", big("alphb")), // contents changed
    doc("/opt/ab", big("alphb"), "gzip"), // same text, compression set by the user
    doc("/opt/ab", big("alphb")),
    doc("/opt/ab", "short\n"),
    doc("/opt/ab", big("alpha")),
  ];
  for (const text of edits) {
    for (const pretty of [false, true]) assert.deepEqual(transpile(text, { pretty, memo }), transpile(text, { pretty }), text.slice(0, 80));
  }
});

test("the data URL memo encodes a large text once while it is in use, and forgets it after two runs without it", () => {
  const memo = new DataUrlMemo();
  const text = big("memo");
  let encoded = 0;
  const encode: typeof makeTextDataUrl = (t, c, a) => (encoded++, makeTextDataUrl(t, c, a));
  const expected = makeDataUrl(new TextEncoder().encode(text), "", true);
  for (let run = 0; run < 3; run++) {
    memo.nextRun();
    assert.deepEqual(memo.inline(text, "", true, encode), expected);
  }
  assert.equal(encoded, 1);
  memo.nextRun();
  assert.deepEqual(memo.inline(text, "gzip", true, encode), makeDataUrl(new TextEncoder().encode(text), "gzip", true));
  assert.equal(encoded, 2, "other settings are encoded anew");
  memo.nextRun();
  memo.nextRun();
  memo.inline(text, "", true, encode);
  assert.equal(encoded, 3, "two runs without the text let it go");
});
