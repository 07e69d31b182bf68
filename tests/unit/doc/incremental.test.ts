// Re-parsing only the edited entry (lib/doc/incremental.ts) must give exactly what a full parse
// gives: the same nodes, values, ranges and CST tokens. Each edit below is checked against a
// fresh full parse of its result, on hand-written documents and on the conformance corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CST, isPair, isScalar, Parser, parseAllDocuments, type Document, type Node } from "yaml";
import { addItem, clearParseCache, deleteIn, Literal, listLength, moveItem, nodeAt, parseButane, readString, removeItem, revisionOf, setIn, setList, type EditResult } from "../../../lib/doc";
import { changeBetween, itemBegin, itemEnd, PARSE_OPTIONS, reparseInPlace } from "../../../lib/doc/incremental";
import { INCREMENTAL_MIN_LENGTH } from "../../../lib/doc/parse";
import { largeConfig } from "../../../bench/configs";

function fullParse(text: string): Document.Parsed {
  return parseAllDocuments(text, PARSE_OPTIONS)[0] as Document.Parsed;
}

/**
 * Everything a full parse decides: node kinds, values, styles, ranges, trailing comments, and
 * the CST. (Comments above an entry may be attached differently: the form never reads them.)
 */
function snapshot(doc: Document.Parsed): string {
  const dump = (n: unknown): unknown => {
    if (n === null || n === undefined) return n;
    if (isPair(n)) return { key: dump(n.key), value: dump(n.value) };
    const node = n as Node & { items?: unknown[]; value?: unknown; source?: string; type?: string; format?: string };
    return {
      kind: node.constructor.name,
      range: node.range,
      tag: node.tag,
      anchor: node.anchor,
      comment: node.comment,
      ...(isScalar(node) ? { value: String(node.value), source: node.source, type: node.type, format: node.format } : {}),
      ...(node.items ? { items: node.items.map(dump) } : {}),
    };
  };
  return JSON.stringify({ range: doc.range, contents: dump(doc.contents), cst: (doc.contents as Node | null)?.srcToken });
}

let incremental = 0;
let fallbacks = 0;

/** Checks the in-place re-parse of `before` into `after` against a full parse of `after`. */
function check(before: string, after: string, label: string): void {
  const doc = fullParse(before);
  const expected = fullParse(after);
  if (!doc || !expected || doc.errors.length > 0 || expected.errors.length > 0) return;
  if (!reparseInPlace(doc, before, after)) {
    fallbacks++;
    return;
  }
  incremental++;
  const a = snapshot(doc);
  const b = snapshot(expected);
  if (a !== b) {
    let i = 0;
    while (a[i] === b[i]) i++;
    assert.fail(`${label}: differs from a full parse at ${a.slice(Math.max(0, i - 300), i)}[[${a.slice(i, i + 150)}]] vs [[${b.slice(i, i + 150)}]]\nbefore:\n${before}\nafter:\n${after}`);
  }
}

function edited(r: EditResult): string | undefined {
  return r.ok ? r.text : undefined;
}

const ODD = `# odd formatting on purpose
variant: flatcar
version: 1.1.0

passwd:
   users:
   -   name: core    # admin
       groups: [ wheel,  docker ]

   - name: other
     uid: 1000
storage:
    files:
    - {path: /etc/motd, mode: 420, contents: {inline: "hi\\n"}}
    - path: /etc/issue
      contents:
        inline: &banner |
          Welcome
    - path: /etc/a
      # above mode
      mode: 0644   # trailing
      contents:
        inline: |+
          kept

    - path: /etc/b
      contents:
        inline: >-
          folded
          text
    - path: "/etc/c"
      overwrite: yes
systemd:
  units:
  - name: a.service
    enabled: yes
    contents: |
      [Unit]
      Description=A

      [Install]
      WantedBy=multi-user.target
  - name: b.service
    dropins:
      - name: x.conf
        contents: "[Service]\\nX=1"
kernel_arguments:
  should_exist: [a, b]
`;

test("the changed region between two texts", () => {
  assert.equal(changeBetween("abc", "abc"), undefined);
  assert.deepEqual(changeBetween("abcdef", "abXYef"), { from: 2, oldTo: 4, newTo: 4 });
  assert.deepEqual(changeBetween("aaaa", "aaaaa"), { from: 0, oldTo: 0, newTo: 1 });
  // a line added is found at the start of its line, not after the indentation it shares
  assert.deepEqual(changeBetween("x:\n  a: 1\n  b: 2\n", "x:\n  a: 1\n  c: 3\n  b: 2\n"), { from: 10, oldTo: 10, newTo: 17 });
  assert.deepEqual(changeBetween("x:\n  a: 1\n  c: 3\n  b: 2\n", "x:\n  a: 1\n  b: 2\n"), { from: 10, oldTo: 17, newTo: 10 });
  const long = "x".repeat(10000);
  assert.deepEqual(changeBetween(long + "1" + long, long + "22" + long), { from: 10000, oldTo: 10001, newTo: 10002 });
});

test("edits on an oddly formatted document re-parse to what a full parse gives", () => {
  const edits: [string, EditResult][] = [
    ["user name", setIn(ODD, ["passwd", "users", 0, "name"], "root")],
    ["user 2 uid", setIn(ODD, ["passwd", "users", 1, "uid"], new Literal("1001"))],
    ["user 2 shell", setIn(ODD, ["passwd", "users", 1, "shell"], "/bin/zsh")],
    ["groups", setList(ODD, ["passwd", "users", 0, "groups"], ["wheel", "docker", "sudo"])],
    ["issue text", setIn(ODD, ["storage", "files", 1, "path"], "/etc/issue.net")],
    ["keep block", setIn(ODD, ["storage", "files", 2, "contents", "inline"], "kept\nmore\n\n")],
    ["mode", setIn(ODD, ["storage", "files", 2, "mode"], new Literal("0600"))],
    ["mode removed", deleteIn(ODD, ["storage", "files", 2, "mode"])],
    ["folded", setIn(ODD, ["storage", "files", 3, "contents", "inline"], "other")],
    ["folded to lines", setIn(ODD, ["storage", "files", 3, "contents", "inline"], "a\nb\n")],
    ["quoted path", setIn(ODD, ["storage", "files", 4, "path"], "/etc/d")],
    ["overwrite false", setIn(ODD, ["storage", "files", 4, "overwrite"], false)],
    ["overwrite removed", deleteIn(ODD, ["storage", "files", 4, "overwrite"])],
    ["file mode added", setIn(ODD, ["storage", "files", 4, "mode"], new Literal("0644"))],
    ["unit enabled false", setIn(ODD, ["systemd", "units", 0, "enabled"], false)],
    ["unit mask added", setIn(ODD, ["systemd", "units", 1, "mask"], true)],
    ["unit contents", setIn(ODD, ["systemd", "units", 0, "contents"], "[Unit]\nDescription=B\n")],
    ["dropin contents", setIn(ODD, ["systemd", "units", 1, "dropins", 0, "contents"], "[Service]\nY=2\n")],
    ["dropin added", addItem(ODD, ["systemd", "units", 1, "dropins"], { name: "y.conf" })],
    ["unit added", addItem(ODD, ["systemd", "units"], { name: "c.service", enabled: false })],
    ["file removed", removeItem(ODD, ["storage", "files"], 3)],
    ["files moved", moveItem(ODD, ["storage", "files"], 2, 3)],
    ["kernel args", setList(ODD, ["kernel_arguments", "should_exist"], ["a", "c"])],
    ["version", setIn(ODD, ["version"], "1.0.0")],
  ];
  for (const [label, r] of edits) {
    const after = edited(r);
    assert.ok(after !== undefined, `${label}: ${!r.ok && r.error}`);
    check(ODD, after, label);
  }
  assert.ok(incremental >= 15, `only ${incremental} edits took the incremental path`);
});

test("hand-made changes: comments, blank lines, dedents and new entries", () => {
  const base = "a:\n  b:\n    - x: 1\n      y: 2\n\n    # c\n    - x: 3\n  c: 4\n";
  const variants = [
    base.replace("y: 2", "y: 22"),
    base.replace("y: 2", "y: 2\n      z: 5"),
    base.replace("y: 2", "y: 2\n    - x: 9"),
    base.replace("y: 2", "y: 2\n  d: 6"),
    base.replace("y: 2", "y: |\n        t\n"),
    base.replace("y: 2", "y: |+\n        t\n"),
    base.replace("y: 2", "y: |+\n        t\n").replace("\n\n    # c", "\n    # c"),
    base.replace("y: 2", "y: |\n        t\n"),
    base.replace("x: 3", "x: |+\n        t\n\n"),
    base.replace("x: 3", "x: |\n        t\n\n"),
    base.replace("x: 3", "x:\n  c: 4"),
    base.replace("    - x: 3\n", "    -\n"),
    base.replace("y: 2", "y: 2 # note"),
    base.replace("y: 2", "y: 2\n      # note"),
    base.replace("y: 2", "y: [1,\n  2]"),
    base.replace("y: 2", "y: &a 2"),
    base.replace("y: 2", "y: *a"),
    base.replace("x: 3", "x: 3\n      x: 4"),
    base.replace("x: 3", "x: {"),
    base.replace("    - x: 3", "  - x: 3"),
    base.replace("c: 4", "c: 5"),
    base.replace("    - x: 1\n      y: 2\n", ""),
    base.replace("\n    # c\n    - x: 3\n", "\n    - x: 3\n    - x: 4\n"),
    base.replace("    - x: 3\n", "    - x: 3\n    - z: 9\n      w: 8\n"),
    base.replace("    - x: 1\n      y: 2\n\n    # c\n    - x: 3\n", "    - x: 3\n    - x: 1\n      y: 2\n"),
    base.replace("    - x: 3\n", "    - x: 3\n    -\n"),
    base.replace("# c", "# changed"),
    base.replace("\n\n", "\n"),
  ];
  for (const v of variants) check(base, v, JSON.stringify(v));
});

function corpus(): { name: string; text: string }[] {
  const dir = "tests/conformance/cases";
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, "input.bu")))
    .map((n) => ({ name: n, text: readFileSync(join(dir, n, "input.bu"), "utf8") }))
    .filter((d) => d.text.length < 20000 && parseButane(d.text).ok);
}

test("form edits on the corpus documents re-parse to what a full parse gives", () => {
  const before = incremental;
  // every seventh document: a sample of every kind, in a few seconds
  for (const { name, text } of corpus().filter((_, i) => i % 7 === 0)) {
    const tries: [string, EditResult][] = [];
    for (const section of [["storage", "files"], ["systemd", "units"], ["passwd", "users"], ["storage", "directories"]] as const) {
      const doc = parseButane(text);
      if (!doc.ok) continue;
      const n = listLength(doc.doc, section);
      for (let i = 0; i < Math.min(n, 3); i++) {
        const key = section[1] === "units" || section[1] === "users" ? "name" : "path";
        tries.push([`${section.join(".")}.${i}.${key}`, setIn(text, [...section, i, key], `kindling-${i}`)]);
        tries.push([`${section.join(".")}.${i}.overwrite`, setIn(text, [...section, i, "overwrite"], false)]);
        tries.push([`${section.join(".")}.${i}.mode`, setIn(text, [...section, i, "mode"], new Literal("0600"))]);
        tries.push([`${section.join(".")}.${i} removed ${key}`, deleteIn(text, [...section, i, key])]);
        tries.push([`${section.join(".")}.${i}.text`, setIn(text, [...section, i, "contents"], "line one\nline two\n")]);
      }
      if (n > 1) tries.push([`${section.join(".")} moved`, moveItem(text, section, 0, 1)]);
    }
    for (const [label, r] of tries) {
      const after = edited(r);
      if (after !== undefined) check(text, after, `${name}: ${label}`);
    }
  }
  assert.ok(corpus().length === 0 || incremental - before > 60, `only ${incremental - before} corpus edits took the incremental path`);
});

test("random small changes anywhere re-parse to what a full parse gives", () => {
  // a fixed seed: the same changes on every run
  let seed = Number(process.env.KINDLING_FUZZ_SEED ?? 12345);
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [" ", "\n", "- ", ": ", "#", "a", "|", "|+", "'", '"', "[", "{", "&x ", "*x", "\t", "  ", "\n  - b: 1", "\n\n", "x: y\n"];
  const texts = [ODD, ...corpus().slice(0, Number(process.env.KINDLING_FUZZ_DOCS ?? 60)).map((d) => d.text)];
  const before = incremental;
  for (let round = 0; round < Number(process.env.KINDLING_FUZZ_ROUNDS ?? 3000); round++) {
    const text = texts[random(texts.length)];
    const at = random(text.length + 1);
    let after: string;
    const lines = text.split("\n");
    const l = random(lines.length);
    switch (random(6)) {
      case 3: // a line removed
        after = [...lines.slice(0, l), ...lines.slice(l + 1)].join("\n");
        break;
      case 4: // a line repeated
        after = [...lines.slice(0, l + 1), ...lines.slice(l)].join("\n");
        break;
      case 5: // two lines swapped
        after = [...lines.slice(0, l), ...lines.slice(l + 1, l + 2), lines[l], ...lines.slice(l + 2)].join("\n");
        break;
      case 0:
        after = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
        break;
      case 1:
        after = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(12)));
        break;
      default: {
        const to = Math.min(text.length, at + random(30));
        after = text.slice(0, at) + text.slice(to) ;
        after = after.slice(0, at) + text.slice(at, to).toUpperCase() + after.slice(at);
      }
    }
    check(text, after, `random change ${round}`);
  }
  assert.ok(incremental - before > 500, `only ${incremental - before} random changes took the incremental path`);
});

test("a chain of changes to one kept Document stays what a full parse gives", () => {
  let seed = 4242;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let text = ODD;
  const doc = fullParse(text);
  let derived = 0;
  for (let round = 0; round < 600; round++) {
    const lines = text.split("\n");
    const l = random(lines.length);
    let after: string;
    switch (random(4)) {
      case 0:
        after = [...lines.slice(0, l + 1), ...lines.slice(l)].join("\n");
        break;
      case 1:
        after = [...lines.slice(0, l), ...lines.slice(l + 1)].join("\n");
        break;
      case 2: {
        const at = random(text.length);
        after = text.slice(0, at) + ["x", " ", "1", "-"][random(4)] + text.slice(at);
        break;
      }
      default:
        after = text.replace(/\n( +)- /, (_m, sp) => `\n${sp}- ${sp}`);
    }
    const expected = fullParse(after);
    if (!expected || expected.errors.length > 0) continue;
    // the kept Document follows, in place, every text it can
    if (reparseInPlace(doc, text, after)) {
      derived++;
      assert.equal(snapshot(doc), snapshot(expected), `round ${round}`);
      text = after;
    }
  }
  assert.ok(derived > 100, `only ${derived} changes were made in place`);
});

test("an entry's end is found without printing it", () => {
  let items = 0;
  for (const text of [ODD, ...corpus().map((d) => d.text)]) {
    for (const tok of new Parser().parse(text)) {
      if (tok.type !== "document") continue;
      CST.visit(tok, (item) => {
        const begin = itemBegin(item);
        if (begin === undefined || (!item.value && !item.key && !item.sep)) return;
        assert.equal(itemEnd(item), begin + CST.stringify(item).length, CST.stringify(item));
        items++;
      });
    }
  }
  assert.ok(items > 1000);
});

test("parseButane re-parses a large document in place, and its reads follow", () => {
  clearParseCache();
  const big = largeConfig(256 * 1024);
  assert.ok(big.length > INCREMENTAL_MIN_LENGTH);
  const first = parseButane(big);
  assert.ok(first.ok);
  const doc = first.doc;
  const file = (i: number) => nodeAt(doc, ["storage", "files", i]);
  const [file3, file4] = [file(3), file(4)];
  const [rev3, rev4] = [revisionOf(file3), revisionOf(file4)];
  let text = big;
  for (let i = 0; i < 5; i++) {
    const r = setIn(text, ["storage", "files", 3, "path"], `/etc/typed-${"x".repeat(i)}`);
    assert.ok(r.ok);
    text = r.text;
  }
  const now = parseButane(text);
  assert.ok(now.ok);
  // the same Document, updated, not a new full parse
  assert.equal(now.doc, doc);
  // only the edited pair was re-parsed: the file is the same node, marked changed; its
  // neighbour is the same node, unchanged
  assert.equal(file(3), file3);
  assert.ok(revisionOf(file3) > rev3);
  assert.equal(file(4), file4);
  assert.equal(revisionOf(file4), rev4);
  assert.equal(readString(doc, ["storage", "files", 3, "path"]), "/etc/typed-xxxx");
  // an edit deeper in the item keeps the item's node and marks it changed
  const edited3 = file(3);
  const rev = revisionOf(edited3);
  const r = setIn(text, ["storage", "files", 3, "contents", "inline"], "new text");
  assert.ok(r.ok);
  text = r.text;
  const again = parseButane(text);
  assert.ok(again.ok && again.doc === doc);
  assert.equal(file(3), edited3);
  assert.ok(revisionOf(edited3) > rev);
  assert.equal(revisionOf(file4), rev4);
  assert.equal(readString(doc, ["storage", "files", 3, "contents", "inline"]), "new text");
  assert.equal(snapshot(now.doc), snapshot(fullParse(text)));
  // an undo back to the first text is re-parsed in place too
  const back = parseButane(big);
  assert.ok(back.ok);
  assert.equal(back.doc, doc);
  assert.equal(snapshot(back.doc), snapshot(fullParse(big)));
  clearParseCache();
});

test("edits on a large document give the same text whether or not the parse is kept", () => {
  const big = ODD.replace("kernel_arguments:", largeConfig(40 * 1024).replace(/^variant.*\nversion.*\nstorage:\n  files:\n/, "extra:\n  files:\n") + "kernel_arguments:");
  assert.ok(big.length > INCREMENTAL_MIN_LENGTH);
  const steps: ((t: string) => EditResult)[] = [];
  for (let i = 0; i < 6; i++) {
    steps.push((t) => setIn(t, ["extra", "files", i, "path"], `/etc/p-${i}`));
    steps.push((t) => setIn(t, ["extra", "files", i + 1, "contents", "inline"], `line ${i}\nmore\n`));
    steps.push((t) => setIn(t, ["extra", "files", i * 3, "overwrite"], i % 2 === 0));
    steps.push((t) => deleteIn(t, ["extra", "files", i * 3, "contents"]));
    steps.push((t) => setIn(t, ["storage", "files", 2, "mode"], new Literal(`06${i}0`)));
    steps.push((t) => setIn(t, ["systemd", "units", 0, "enabled"], i % 2 === 1));
    steps.push((t) => setList(t, ["passwd", "users", 0, "groups"], ["wheel", `g${i}`]));
  }
  steps.push((t) => addItem(t, ["extra", "files"], { path: "/etc/new" }));
  steps.push((t) => moveItem(t, ["extra", "files"], 0, 2));
  steps.push((t) => removeItem(t, ["extra", "files"], 1));
  // each edit reading the Document kept (and updated in place) from the edit before...
  clearParseCache();
  const first = parseButane(big);
  assert.ok(first.ok);
  const kept: string[] = [];
  let t = big;
  for (const [i, step] of steps.entries()) {
    const r = step(t);
    assert.ok(r.ok, `step ${i}: ${!r.ok && r.error}`);
    kept.push((t = r.text));
    const p = parseButane(t);
    assert.ok(p.ok && p.doc === first.doc, `step ${i} was parsed whole`);
  }
  // ...and each reading a fresh parse
  t = big;
  for (const [i, step] of steps.entries()) {
    clearParseCache();
    const r = step(t);
    assert.ok(r.ok, `step ${i}`);
    assert.equal(r.text, kept[i], `step ${i}`);
    t = r.text;
  }
  clearParseCache();
});

test("a change the entry cannot hold falls back to a full parse", () => {
  clearParseCache();
  const big = largeConfig(64 * 1024);
  const first = parseButane(big);
  assert.ok(first.ok);
  // a new top-level key: no entry holds it
  const r = setIn(big, ["kernel_arguments", "should_exist"], ["quiet"]);
  assert.ok(r.ok);
  const next = parseButane(r.text);
  assert.ok(next.ok);
  assert.equal(snapshot(next.doc), snapshot(fullParse(r.text)));
  // a syntax error is found, not hidden by the re-parse of one entry
  const broken = big.replace("    - path: /etc/extra/f-3.conf", "    - path: [/etc/extra/f-3.conf");
  assert.equal(parseButane(broken).ok, false);
  clearParseCache();
});

test("summary: most edits took the incremental path", () => {
  assert.ok(incremental > fallbacks, `${incremental} incremental, ${fallbacks} full`);
});
