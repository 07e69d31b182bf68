// The translation set records merges instead of copying them; these check that what it reads back
// is what eager copying would give (snapshots, order, overrides, self-merges, long chains).
import { test } from "node:test";
import assert from "node:assert/strict";
import { TranslationSet } from "../../../lib/butane/translate/set";
import { link } from "../../../lib/go/path";

const listing = (ts: TranslationSet) => ts.entries().map((t) => `${t.from.join(".")}>${t.to.join(".")}`);

test("a merged set is a snapshot: later changes to it do not reach the set it was merged into", () => {
  const child = new TranslationSet();
  child.add(["a"], ["A"]);
  const parent = new TranslationSet();
  parent.mergeP2("x", "X", child);
  child.add(["b"], ["B"]);
  child.add(["c"], ["A"]);
  assert.deepEqual(listing(parent), ["x.a>X.A"]);
  assert.deepEqual(listing(child), ["c>A", "b>B"]);
});

test("merges keep first-insertion order and let later translations win", () => {
  const parent = new TranslationSet();
  parent.add(["p"], ["k", "b"]);
  const child = new TranslationSet();
  child.add(["1"], ["a"]);
  child.add(["2"], ["b"]);
  child.add(["3"], ["a"]);
  parent.mergeP2("f", "k", child);
  assert.deepEqual(listing(parent), ["f.2>k.b", "f.3>k.a"]);
  assert.deepEqual(parent.lookup(["k", "a"])?.from, ["f", "3"]);
  assert.equal(parent.size, 2);
});

test("merging a set into itself adds the prefixed copies of what it held", () => {
  const ts = new TranslationSet();
  ts.add(["a"], ["b"]);
  ts.mergePrefixed(["x"], ["y"], ts);
  assert.deepEqual(listing(ts), ["a>b", "x.a>y.b"]);
});

test("isEmpty looks through merges of empty sets; empty merges add nothing", () => {
  const a = new TranslationSet();
  const b = new TranslationSet();
  b.merge(a);
  b.mergeP("p", new TranslationSet());
  assert.equal(b.isEmpty(), true);
  assert.equal(b.size, 0);
  a.add([], []);
  const c = new TranslationSet();
  c.mergeP("p", a);
  assert.equal(c.isEmpty(), false);
  assert.deepEqual(c.lookup(["p"])?.from, ["p"]);
});

test("a set merged many times over is read back in linear time, with the last merge winning", () => {
  let ts = new TranslationSet();
  ts.add(["leaf"], ["k"]);
  for (let level = 0; level < 60; level++) {
    const next = new TranslationSet();
    next.merge(ts);
    next.add([level], ["k"]);
    next.merge(ts);
    ts = next;
  }
  assert.deepEqual(ts.lookup(["k"])?.from, ["leaf"]); // each level ends with a merge of the one below
  assert.equal(ts.size, 1);
});

test("long chains of merges and snapshots stay readable", () => {
  let ts = new TranslationSet();
  const keep: TranslationSet[] = [];
  for (let i = 0; i < 5000; i++) {
    ts.add([i], [i]);
    const next = new TranslationSet();
    next.merge(ts);
    keep.push(ts);
    ts = next;
  }
  assert.equal(ts.size, 5000);
  assert.deepEqual(ts.lookup([4321])?.from, [4321]);
  assert.equal(keep[10].size, 11);
});

test("linked paths and linked merges read back as their arrays, keys included", () => {
  const child = new TranslationSet();
  const file = link(link(null, "files"), 0);
  child.addLinked(link(file, "inline"), link(link(file, "contents"), "source"));
  child.add(["files", 0, "mode"], ["files", 0, "mode"]);
  const parent = new TranslationSet();
  parent.mergeLinked(link(null, "storage"), link(null, "storage"), child);
  parent.addLinked(link(null, "storage"), link(null, "storage"));
  assert.deepEqual(listing(parent), ["storage.files.0.inline>storage.files.0.contents.source", "storage.files.0.mode>storage.files.0.mode", "storage>storage"]);
  assert.deepEqual(parent.lookup(["storage", "files", 0, "contents", "source"])?.from, ["storage", "files", 0, "inline"]);
  assert.equal(parent.lookup(["storage", "files", "0", "contents", "source"])?.to.join("."), "storage.files.0.contents.source");
  const root = new TranslationSet();
  root.addLinked(null, null);
  assert.deepEqual(root.lookup([])?.from, []);
});

test("linked merges nested deeper than the recording limit are copied, with the same result", () => {
  let ts = new TranslationSet();
  ts.addLinked(link(null, "leaf"), link(null, "k"));
  for (let level = 0; level < 260; level++) {
    const next = new TranslationSet();
    next.mergeLinked(link(null, "f"), link(link(null, "t"), level), ts);
    ts = next;
  }
  assert.equal(ts.size, 1);
  const [only] = ts.entries();
  assert.equal(only.from.length, 261);
  assert.equal(only.to.length, 2 * 260 + 1);
  assert.deepEqual(only.to.slice(0, 2), ["t", 259]);
  assert.deepEqual(ts.lookup(only.to)?.from, only.from);
});
