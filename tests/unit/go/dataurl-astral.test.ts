import assert from "node:assert/strict";
import { test } from "node:test";
import { transpile } from "../../../lib";

// Go's data-URL lexer reads runes: a character beyond U+FFFF is never a base64 character,
// even when its low 16 bits would spell one ("\u{10041}" ends in 0x41, "A").
test("an astral character in base64 data is an invalid data character", () => {
  const r = transpile('variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      contents:\n        source: "data:;base64,QUJD\u{10041}"\n');
  assert.equal(r.error, "config generated was invalid");
  assert.deepEqual(
    r.report.map((e) => [e.level, e.path.join("."), e.line, e.column, e.message]),
    [["error", "storage.files.0.contents.source", 7, 17, "invalid data character"]],
  );
});
