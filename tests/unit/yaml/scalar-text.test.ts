// ScalarText joins the pieces of a scalar's text; its shortcut for lines joined by one text (cut
// out as one region, breaks replaced) must give exactly the plain concatenation of the pieces.
// Pieces as the scanner adds them: source runs that hold no line break, moving forward, and texts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ScalarText } from "../../../lib/yaml/scalar-text";

function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const WORDS = ["abc", "a b", "$&", "$1", "\tx", "é", "x  ", "- y", "k: v", ""];
const TEXTS = ["\n", "\n", " ", " ", "\n\n", "$&", "'", "\u2028", "\t"];
const BREAKS = ["\n", "\n", "\n", "\r\n", "\r"];

test("ScalarText gives the concatenation of its pieces, whatever their shape", () => {
  const rnd = random(15);
  for (let round = 0; round < 20000; round++) {
    // Lines with an indentation that mostly stays the same, as in a block scalar.
    const indent = rnd(4);
    const lines = Array.from({ length: 1 + rnd(8) }, () => " ".repeat(rnd(6) === 0 ? rnd(6) : indent) + WORDS[rnd(WORDS.length)]);
    const lineBreak = BREAKS[rnd(4) === 0 ? rnd(BREAKS.length) : 0];
    const source = lines.join(lineBreak) + (rnd(2) ? "\n" : "");
    const text = new ScalarText(source, (from, to) => source.slice(from, to), rnd(8) !== 0);
    const joint = TEXTS[rnd(TEXTS.length)];
    let expected = "";
    const add = (t: string) => {
      text.appendText(t);
      expected += t;
    };
    let lineStart = 0;
    for (let i = 0; i < lines.length; i++) {
      // Mostly: the joint, then the line's content after the indentation as one or two runs.
      if (i > 0) {
        if (rnd(6) === 0) add(TEXTS[rnd(TEXTS.length)]);
        else add(joint);
        if (rnd(10) === 0) add(TEXTS[rnd(TEXTS.length)]);
      }
      const lineEnd = lineStart + lines[i].length;
      let from = lineStart + (rnd(5) === 0 ? rnd(lines[i].length + 1) : Math.min(indent, lines[i].length));
      while (from < lineEnd && rnd(4) === 0) from++;
      const to = rnd(5) === 0 ? from + rnd(lineEnd - from + 1) : lineEnd;
      const cut = from + rnd(to - from + 1);
      text.appendSource(from, cut);
      text.appendSource(cut, to);
      expected += source.slice(from, to);
      lineStart = lineEnd + lineBreak.length;
    }
    if (rnd(2)) add(rnd(3) ? "\n" : TEXTS[rnd(TEXTS.length)]);
    assert.equal(text.take(), expected, JSON.stringify({ source, joint }));
    assert.equal(text.take(), "", "reset after take");
  }
});

test("ScalarText: a block scalar's lines and final break come out as written", () => {
  const source = "k: |\n    line one\n    line  two\n    three\nnext: 1\n";
  const text = new ScalarText(source, (from, to) => source.slice(from, to), true);
  const lineStarts = [9, 22, 36];
  const ends = [17, 31, 41];
  for (let i = 0; i < 3; i++) {
    if (i > 0) text.appendText("\n");
    text.appendSource(lineStarts[i], ends[i]);
  }
  text.appendText("\n");
  assert.equal(text.take(), "line one\nline  two\nthree\n");
  // folded: lines joined by a space
  for (let i = 0; i < 3; i++) {
    if (i > 0) text.appendText(" ");
    text.appendSource(lineStarts[i], ends[i]);
  }
  assert.equal(text.take(), "line one line  two three");
});
