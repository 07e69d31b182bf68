// Form edits on every Butane document of the conformance corpus: each edit changes exactly the
// value it targets (the rest of the document reads the same) and the text still parses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { addItem, deleteIn, listLength, moveItem, parseButane, removeItem, setIn, type EditResult } from "../../../lib/doc";
import { value } from "./helpers";

const CASES = "tests/conformance/cases";

type Config = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function documents(): { name: string; text: string }[] {
  if (!existsSync(CASES)) return [];
  return readdirSync(CASES)
    .filter((n) => existsSync(join(CASES, n, "input.bu")))
    .map((n) => ({ name: n, text: readFileSync(join(CASES, n, "input.bu"), "utf8") }))
    // Merge keys and !!binary read back as values deepEqual cannot compare; huge inputs only slow the test.
    .filter((d) => d.text.length < 6000 && !d.text.includes("<<") && !d.text.includes("!!binary") && parseButane(d.text).ok);
}

function plainValue(text: string): Config {
  try {
    return value(text);
  } catch {
    return undefined;
  }
}

test("edits on the corpus documents change exactly their target", () => {
  const docs = documents();
  let edits = 0;
  let refused = 0;
  for (const { name, text } of docs) {
    const before = plainValue(text);
    if (!before || typeof before !== "object" || Array.isArray(before)) continue;
    const doc = (parseButane(text) as { ok: true; doc: import("yaml").Document }).doc;
    const tryEdit = (label: string, r: EditResult, mutate: (c: Config) => void) => {
      if (!r.ok && /would break the YAML|is not a list|the form cannot edit/.test(r.error)) return refused++; // an alias moved above its anchor, a map where a list belongs
      assert.ok(r.ok, `${name}: ${label}: ${!r.ok && r.error}`);
      const expected = structuredClone(before);
      mutate(expected);
      assert.deepEqual(plainValue(r.text), expected, `${name}: ${label}`);
      edits++;
    };
    tryEdit("add file", addItem(text, ["storage", "files"], { path: "/kindling/test", contents: { inline: "a\nb\n" } }), (c) => {
      c.storage ??= {};
      c.storage.files ??= [];
      c.storage.files.push({ path: "/kindling/test", contents: { inline: "a\nb\n" } });
    });
    for (const section of [["storage", "files"], ["systemd", "units"], ["passwd", "users"]] as const) {
      const n = listLength(doc, section);
      const list = (c: Config) => c[section[0]][section[1]];
      if (n === 0 || !Array.isArray(list(before))) continue;
      if (list(before).some((x: unknown) => x === null || typeof x !== "object")) continue;
      const key = section[1] === "files" ? "path" : "name";
      tryEdit(`set ${section.join(".")}.0.${key}`, setIn(text, [...section, 0, key], "kindling-x"), (c) => (list(c)[0][key] = "kindling-x"));
      tryEdit(`delete ${section.join(".")}.0.${key}`, deleteIn(text, [...section, 0, key]), (c) => {
        delete list(c)[0][key];
      });
      if (n > 1) {
        tryEdit(`move ${section.join(".")}`, moveItem(text, section, 0, n - 1), (c) => list(c).push(list(c).shift()));
        tryEdit(`remove ${section.join(".")}.0`, removeItem(text, section, 0), (c) => list(c).shift());
      }
    }
  }
  assert.ok(docs.length === 0 || edits > 300, `only ${edits} edits ran`);
  assert.ok(refused < edits / 50, `${refused} edits refused`);
});
