import assert from "node:assert/strict";
import { test } from "node:test";
import { formatEntry } from "../../../lib/go/report";
import { formatReport } from "../../../lib/cli/pretty-report";

const entry = { level: "error" as const, path: ["storage", "files", 0, "path"], line: 5, column: 13, message: "path not absolute" };

test("raw lines are Butane's", () => {
  assert.equal(formatEntry(entry), "error at $.storage.files.0.path, line 5 col 13: path not absolute");
  assert.equal(formatEntry({ level: "warning", path: [], message: "m" }), "warning: m");
  assert.equal(formatEntry({ level: "info", path: ["a"], message: "m" }), "info at $.a: m");
});

test("pretty entries show the line with a caret under the value", () => {
  const src = "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: etc/x\n";
  const out = formatReport([entry], "in.bu", src, false, false);
  assert.match(out, /^error\[\$\.storage\.files\.0\.path\]:\n {2}--> in\.bu:5:13\n/);
  assert.ok(out.includes(" 5 |     - path: etc/x\n   |             ^^^^^ path not absolute\n"), out);
});
