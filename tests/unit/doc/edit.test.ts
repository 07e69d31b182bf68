import { test } from "node:test";
import assert from "node:assert/strict";
import { addItem, deleteIn, moveItem, octalLiteral, removeItem, setIn, setList } from "../../../lib/doc";
import { changedOnlyWithin, ok, value } from "./helpers";

test("builds a config from an empty text, creating sections in Butane's order", () => {
  let t = "";
  t = ok(addItem(t, ["systemd", "units"], { name: "nginx.service", enabled: true }));
  t = ok(addItem(t, ["passwd", "users"], { name: "core" }));
  t = ok(addItem(t, ["storage", "files"], { path: "/var/www/index.html" }));
  t = ok(setIn(t, ["version"], "1.1.0"));
  t = ok(setIn(t, ["variant"], "flatcar"));
  t = ok(setIn(t, ["storage", "files", 0, "mode"], octalLiteral(0o644)));
  t = ok(setIn(t, ["storage", "files", 0, "contents", "inline"], "<h1>Hi</h1>\n"));
  assert.equal(
    t,
    `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
storage:
  files:
    - path: /var/www/index.html
      contents:
        inline: |
          <h1>Hi</h1>
      mode: 0644
systemd:
  units:
    - name: nginx.service
      enabled: true
`,
  );
});

test("setting an existing scalar replaces only that scalar", () => {
  const before = "a: 1   # one\nb:   'x'  # two\nc: \"yy\"\n";
  const r = ok(setIn(before, ["b"], "new"));
  assert.equal(r, "a: 1   # one\nb:   'new'  # two\nc: \"yy\"\n");
  changedOnlyWithin(before, r, before.indexOf("'x'"), before.indexOf("'x'") + 3);
  assert.equal(ok(setIn(before, ["c"], "z\"q")), 'a: 1   # one\nb:   \'x\'  # two\nc: "z\\"q"\n');
});

test("a value that needed quotes is written plain once it no longer does", () => {
  assert.equal(ok(setIn('name: ""\n', ["name"], "core")), "name: core\n");
  assert.equal(ok(setIn('name: "core"\n', ["name"], "bob")), 'name: "bob"\n');
  assert.equal(ok(setIn("name: core\n", ["name"], "123")), 'name: "123"\n');
  assert.equal(ok(setIn("name: core\n", ["name"], "yes")), 'name: "yes"\n');
  assert.equal(ok(setIn("name: core\n", ["name"], "a: b")), 'name: "a: b"\n');
  assert.equal(ok(setIn("name: core\n", ["name"], "")), 'name: ""\n');
});

test("multi-line strings become block literals with the right chomping", () => {
  const t = "f:\n  inline: x # c\nnext: 1\n";
  const r = ok(setIn(t, ["f", "inline"], "a\nb\n"));
  assert.equal(r, "f:\n  inline: | # c\n    a\n    b\nnext: 1\n");
  assert.deepEqual(value(r), { f: { inline: "a\nb\n" }, next: 1 });
  const r2 = ok(setIn(r, ["f", "inline"], "a\n\nb"));
  assert.equal(r2, "f:\n  inline: |-\n    a\n\n    b\nnext: 1\n");
  const r3 = ok(setIn(r2, ["f", "inline"], "one line"));
  assert.equal(r3, "f:\n  inline: |-\n    one line\nnext: 1\n");
  const r4 = ok(setIn(r3, ["f", "inline"], "keep\n\n"));
  assert.deepEqual(value(r4), { f: { inline: "keep\n\n" }, next: 1 });
  const r5 = ok(setIn(r4, ["f", "inline"], ""));
  assert.equal(r5, 'f:\n  inline: ""\nnext: 1\n');
  // A first line starting with a space cannot be a plain block literal: it is double-quoted.
  const r6 = ok(setIn(t, ["f", "inline"], "  indented\nx\n"));
  assert.deepEqual(value(r6), { f: { inline: "  indented\nx\n" }, next: 1 });
});

test("new keys join a block map at its indentation, after the key they follow", () => {
  const t = "storage:\n    files:\n       -   path: /a\n           mode: 0600\n";
  const r = ok(setIn(t, ["storage", "files", 0, "overwrite"], true));
  assert.equal(r, "storage:\n    files:\n       -   path: /a\n           overwrite: true\n           mode: 0600\n");
  const r2 = ok(setIn(r, ["storage", "files", 0, "user", "name"], "core"));
  assert.equal(r2, "storage:\n    files:\n       -   path: /a\n           overwrite: true\n           mode: 0600\n           user:\n               name: core\n");
});

test("the document's indentation habits are reused for new sections", () => {
  const t = "variant: flatcar\nversion: 1.1.0\nsystemd:\n    units:\n    - name: a.service\n";
  const r = ok(addItem(t, ["storage", "files"], { path: "/x", mode: octalLiteral(0o755) }));
  assert.equal(r, "variant: flatcar\nversion: 1.1.0\nstorage:\n    files:\n    - path: /x\n      mode: 0755\nsystemd:\n    units:\n    - name: a.service\n");
});

test("flow collections are edited in flow style", () => {
  const t = "passwd: {users: [{name: core, groups: [wheel]}]}\n";
  let r = ok(setList(t, ["passwd", "users", 0, "groups"], ["wheel", "docker"]));
  assert.equal(r, "passwd: {users: [{name: core, groups: [wheel, docker]}]}\n");
  r = ok(setIn(r, ["passwd", "users", 0, "uid"], 1000));
  assert.equal(r, "passwd: {users: [{name: core, groups: [wheel, docker], uid: 1000}]}\n");
  r = ok(addItem(r, ["passwd", "users"], { name: "bob", groups: ["a,b"] }));
  assert.equal(r, 'passwd: {users: [{name: core, groups: [wheel, docker], uid: 1000}, {name: bob, groups: ["a,b"]}]}\n');
  r = ok(moveItem(r, ["passwd", "users"], 1, 0));
  assert.equal(r, 'passwd: {users: [{name: bob, groups: ["a,b"]}, {name: core, groups: [wheel, docker], uid: 1000}]}\n');
  r = ok(removeItem(r, ["passwd", "users"], 1));
  assert.equal(r, 'passwd: {users: [{name: bob, groups: ["a,b"]}]}\n');
  r = ok(deleteIn(r, ["passwd", "users", 0, "groups"]));
  assert.equal(r, "passwd: {users: [{name: bob}]}\n");
  assert.equal(ok(setList("g: []\n", ["g"], ["x"])), "g:\n  - x\n");
  assert.equal(ok(setIn("m: {}\n", ["m", "k"], "v")), "m:\n  k: v\n");
});

test("removing an item takes its own comment lines and leaves the others", () => {
  const t = `passwd:
  users:
    # the admin
    - name: core
      uid: 500   # fixed
    # the guest
    - name: guest
# end
`;
  assert.equal(
    ok(removeItem(t, ["passwd", "users"], 0)),
    `passwd:
  users:
    # the guest
    - name: guest
# end
`,
  );
  assert.equal(
    ok(removeItem(t, ["passwd", "users"], 1)),
    `passwd:
  users:
    # the admin
    - name: core
      uid: 500   # fixed
# end
`,
  );
});

test("removing the last entry removes the emptied sections, but never a list item", () => {
  const t = "variant: flatcar\nstorage:\n  files:\n    - path: /a\n      contents:\n        inline: x\nsystemd: {}\n";
  assert.equal(ok(deleteIn(t, ["storage", "files", 0, "contents", "inline"])), "variant: flatcar\nstorage:\n  files:\n    - path: /a\nsystemd: {}\n");
  assert.equal(ok(removeItem(t, ["storage", "files"], 0)), "variant: flatcar\nsystemd: {}\n");
  assert.equal(ok(deleteIn("u:\n  - name: a\n", ["u", 0, "name"])), "u:\n  - {}\n");
  assert.equal(ok(deleteIn("u:\n  - name: a\n    uid: 1\n", ["u", 0, "name"])), "u:\n  - uid: 1\n");
  assert.equal(ok(deleteIn("a: 1\n", ["missing", "x"])), "a: 1\n");
});

test("moving items swaps whole items with their comments, blank lines staying put", () => {
  const t = "units:\n  # A\n  - name: a.service\n    enabled: true\n\n  - name: b.service\n    contents: |\n      [Unit]\n  - name: c.service\n";
  const r = ok(moveItem(t, ["units"], 0, 2));
  assert.equal(r, "units:\n  - name: b.service\n    contents: |\n      [Unit]\n\n  - name: c.service\n  # A\n  - name: a.service\n    enabled: true\n");
  assert.equal(ok(moveItem(r, ["units"], 2, 0)), "units:\n  # A\n  - name: a.service\n    enabled: true\n\n  - name: b.service\n    contents: |\n      [Unit]\n  - name: c.service\n");
});

test("lists of strings change only the items that differ", () => {
  const t = "keys:\n  - aaa # first\n  - 'bbb'\n  - ccc\n";
  assert.equal(ok(setList(t, ["keys"], ["aaa", "BBB", "ccc"])), "keys:\n  - aaa # first\n  - 'BBB'\n  - ccc\n");
  assert.equal(ok(setList(t, ["keys"], ["aaa", "bbb"])), "keys:\n  - aaa # first\n  - 'bbb'\n");
  assert.equal(ok(setList(t, ["keys"], ["aaa", "bbb", "ccc", "ddd"])), "keys:\n  - aaa # first\n  - 'bbb'\n  - ccc\n  - ddd\n");
  assert.equal(ok(setList(t, ["keys"], [])), "");
});

test("a text without a final newline keeps lacking one", () => {
  assert.equal(ok(setIn("a: 1", ["b"], 2)), "a: 1\nb: 2");
  assert.equal(ok(setIn("a: 1", ["a"], 3)), "a: 3");
  assert.equal(ok(addItem("l:\n  - x", ["l"], "z")), "l:\n  - x\n  - z");
});

test("a null section gets its content without losing its comment", () => {
  assert.equal(ok(addItem("storage:   # files below\nsystemd:\n", ["storage", "files"], { path: "/a" })), "storage:   # files below\n  files:\n    - path: /a\nsystemd:\n");
  assert.equal(ok(setIn("a: ~\n", ["a", "b"], 1)), "a:\n  b: 1\n");
  assert.equal(ok(setIn("a:\n", ["a"], "x")), "a: x\n");
});

test("a comment-only document gets the mapping after its comments", () => {
  assert.equal(ok(setIn("# my config\n", ["variant"], "flatcar")), "# my config\nvariant: flatcar\n");
});

test("syntax errors are reported, never edited", () => {
  const r = setIn("a: [1, 2\nb: 3\n", ["b"], 4);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.match(r.error, /^The code has a syntax error \(line \d+, column \d+\)/);
    assert.ok(r.syntax);
  }
  const dup = setIn("a: 1\na: 2\n", ["b"], 4);
  assert.equal(dup.ok, false);
});

test("setting a scalar on a top-level that is not a map is refused", () => {
  const r = setIn("- a\n", ["variant"], "flatcar");
  assert.equal(r.ok, false);
});

test("only the first YAML document is edited", () => {
  assert.equal(ok(setIn("a: 1\n---\nb: 2\n", ["a"], 5)), "a: 5\n---\nb: 2\n");
});

test("a block scalar keeps its own indentation and its anchor", () => {
  const t = "a:\n   b:\n        inline: &x |\n          Welcome\nc: *x\n";
  assert.equal(ok(setIn(t, ["a", "b", "inline"], "Welcome\nhere\n")), "a:\n   b:\n        inline: &x |\n          Welcome\n          here\nc: *x\n");
});

test("an edit that would put an alias before its anchor is refused", () => {
  const t = "l:\n  - a: &k 1\n  - a: *k\n";
  const r = moveItem(t, ["l"], 0, 1);
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error, /would break the YAML \(unknown anchor/);
});

test("typing a unit file one key at a time ends as a block literal", () => {
  const unit = "[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n";
  let t = "units:\n  - name: a.service\n    contents: \"\"\n";
  for (let i = 1; i <= unit.length; i++) t = ok(setIn(t, ["units", 0, "contents"], unit.slice(0, i)));
  assert.equal(t, "units:\n  - name: a.service\n    contents: |\n      [Unit]\n      Description=x\n\n      [Service]\n      ExecStart=/bin/true\n");
  // and back, one key at a time, to nothing
  for (let i = unit.length - 1; i >= 0; i--) t = ok(setIn(t, ["units", 0, "contents"], unit.slice(0, i)));
  assert.equal(t, 'units:\n  - name: a.service\n    contents: ""\n');
});

test("typing a path one key at a time", () => {
  let t = "files:\n  - path: \"\"\n";
  for (const p of ["/", "/e", "/etc", "/etc/", "/etc/a b", "/etc/a b #c"]) {
    t = ok(setIn(t, ["files", 0, "path"], p));
  }
  assert.equal(t, 'files:\n  - path: "/etc/a b #c"\n');
});

test("flow roots, document markers, indented roots and trailing comments", () => {
  assert.equal(ok(addItem("{variant: flatcar, version: 1.1.0}\n", ["storage", "files"], { path: "/a" })), "{variant: flatcar, version: 1.1.0, storage: {files: [{path: /a}]}}\n");
  assert.equal(ok(setIn("%YAML 1.1\n---\nvariant: flatcar\n...\n", ["version"], "1.1.0")), "%YAML 1.1\n---\nvariant: flatcar\nversion: 1.1.0\n...\n");
  assert.equal(ok(setIn("  variant: flatcar\n", ["version"], "1.1.0")), "  variant: flatcar\n  version: 1.1.0\n");
  assert.equal(ok(setIn("a: 1\n# end\n", ["b"], 2)), "a: 1\nb: 2\n# end\n");
  assert.equal(ok(setIn("name: !!str 12345.service\n", ["name"], "a.service")), "name: !!str a.service\n");
  assert.equal(ok(setIn('"name": core\n', ["name"], "bob")), '"name": bob\n');
  assert.equal(ok(addItem("l:\n  - |+\n    keep\n\n", ["l"], "x")), "l:\n  - |+\n    keep\n\n  - x\n");
});
