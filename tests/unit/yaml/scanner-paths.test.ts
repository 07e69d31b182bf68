// The scanner reads text without surrogate pairs directly and text with them through a table of
// code points; these tests hold both paths to the same values, positions and reader errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeDocument, readHeader } from "../../../lib/yaml";
import { root } from "./types";

function decoded(text: string) {
  const d = decodeDocument(text, root);
  if (!d.ok) assert.fail(d.fatal);
  return d;
}

test("scalars cut from the source: plain, quoted and block, on one line and folded", () => {
  const text = [
    "strs:",
    "  - plain words  with  blanks",
    "  - plain",
    "    folded   over",
    "",
    "    lines",
    "  - 'single ''quoted''  text'",
    '  - "double \\"quoted\\" \\x41\\u00e9\\U0001F600 text"',
    '  - "double',
    "    folded\\",
    '    joined"',
    "  - |",
    "      literal",
    "       indented",
    "",
    "      end",
    "  - >-",
    "      folded",
    "      block",
    "",
    "      para",
    "",
  ].join("\n");
  assert.deepEqual(decoded(text).value.strs, [
    "plain words  with  blanks",
    "plain folded   over\nlines",
    "single 'quoted'  text",
    'double "quoted" Aé😀 text',
    "double foldedjoined",
    "literal\n indented\n\nend\n",
    "folded block\npara",
  ]);
});

test("line breaks other than LF end block scalar lines (CRLF, NEL, LS, PS)", () => {
  assert.deepEqual(decoded("strs:\r\n  - |\r\n    a\r\n    b\r\n").value.strs, ["a\nb\n"]);
  assert.deepEqual(decoded("strs:\n  - |\n    a\u0085    b\u2028    c\u2029    d\n").value.strs, [
    "a\nb\u2028c\u2029d\n",
  ]);
});

test("columns count characters with and without surrogate pairs in the text", () => {
  const plain = "sub:\n  name: é é\n  tags: [x]\n";
  const astral = "sub:\n  name: 😀 😀\n  tags: [x]\n";
  for (const text of [plain, astral]) {
    const d = decoded(text);
    assert.deepEqual(d.tree.locate(["sub", "tags", 0]), { line: 3, column: 10 });
    assert.equal(d.value.sub && (d.value.sub as { name: string }).name.length, text === plain ? 3 : 5);
  }
  assert.deepEqual(decoded("sub: {name: 😀😀, tags: [x]}\n").tree.locate(["sub", "tags", 0]), {
    line: 1,
    column: 24,
  });
});

test("the reader's control-character error, with and without surrogate pairs before it", () => {
  const control = "yaml: control characters are not allowed";
  for (const filler of ["é", "😀"]) {
    const lines = Array.from({ length: 60 }, (_, i) => `  - item ${filler} ${i}\n`).join("");
    const text = "version: 1.0.0\nstrs:\n" + lines;
    // early in the text the reader fails before the parser sees the bad mapping value...
    const early = "a: b: c\n" + text.slice(0, 200) + "\u0001" + text.slice(200);
    assert.deepEqual(decodeDocument(early, root), { ok: false, fatal: control });
    // ...beyond the first 512-byte chunk the syntax error comes first
    const late = "a: b: c\n" + text.slice(0, 900) + "\u0001" + text.slice(900);
    assert.deepEqual(decodeDocument(late, root), {
      ok: false,
      fatal: "yaml: mapping values are not allowed in this context",
    });
  }
  // a lone surrogate is refused like a control character
  assert.deepEqual(readHeader("variant: a\ud800b\n"), { fatal: "Error unmarshaling yaml: " + control });
});
