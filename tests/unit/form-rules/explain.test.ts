import { test } from "node:test";
import assert from "node:assert/strict";
import { explainEntries, explainEntry } from "../../../lib/form-rules";
import { transpile } from "../../../lib";
import { ATTACHED_DIR_NAME, attachedFilesDir } from "../../../components/state/attached-files";

test("a local file without a name is explained as what to do, not as Go's read error", () => {
  const e = { level: "error" as const, path: ["storage", "files", 0, "contents", "local"], message: "read .: is a directory", line: 7, column: 16 };
  const x = explainEntry(e);
  assert.match(x.message, /^no local file named yet: attach a file/);
  assert.deepEqual({ ...x, message: "" }, { ...e, message: "" });
  // elsewhere, and other messages, stay as the engine wrote them
  const other = { ...e, path: ["storage", "files", 0, "path"] };
  assert.equal(explainEntry(other), other);
  const list = [other];
  assert.equal(explainEntries(list), list);
  const missing = explainEntry({ ...e, message: "open nothere.txt: no such file or directory" });
  assert.match(missing.message, /^open nothere.txt: no such file or directory; attach the file/);
});

test("through the engine with the designer's attached files: the empty name's error is the one explained", () => {
  const text = 'variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /a\n      contents:\n        local: ""\n';
  const r = transpile(text, { filesDir: attachedFilesDir({}) });
  assert.equal(r.report.length, 1);
  const [x] = explainEntries(r.report, ATTACHED_DIR_NAME);
  assert.notEqual(x.message, r.report[0].message);
  assert.match(x.message, /^no local file named yet/);
  assert.equal(x.line, 7);
});
