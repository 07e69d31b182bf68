import { test } from "node:test";
import assert from "node:assert/strict";
import { dataURLError } from "../../../lib/ignition/validate/dataurl";

// "data:," + data takes a shortcut for URL-escaped data; "data:text/plain," + the same data goes
// through the whole lexer and has to give the same answer.
test("URL-escaped data URLs get the lexer's answer, shortcut or not", () => {
  const pieces = ["a", "Z", "0", "-", "_", ".", "!", "~", "*", "'", "(", ")", "%20", "%2f", "%", "%2", "%zz", "%%", " ", "é", ";", ",", "#", "\n", "\u{1F600}", "=", "+", "/"];
  let seed = 11;
  const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);
  let valid = 0;
  for (let k = 0; k < 20000; k++) {
    let data = "";
    const len = rnd(8);
    for (let i = 0; i < len; i++) data += pieces[rnd(k % 2 === 0 ? 13 : pieces.length)];
    const full = dataURLError("data:text/plain," + data);
    assert.equal(dataURLError("data:," + data), full, JSON.stringify(data));
    if (full === undefined) valid++;
  }
  assert.ok(valid > 1000);
  assert.equal(dataURLError("data:,value%207%20x"), undefined);
  assert.equal(dataURLError("data:,a%2"), "rfc2396: unexpected end of unescape sequence");
});
