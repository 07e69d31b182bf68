// Every place data comes in from outside the code is checked by a schema: good values pass,
// bad ones are refused with a message (never trusted, never thrown at the page).
import assert from "node:assert/strict";
import { test } from "node:test";
import { readSaved, save, SAVED_WORK_KEY, StoredWork } from "../../../components/state/persist";
import { TabMessage } from "../../../components/state/autosave";
import { ShareLinkReply, ShareLinkRequest } from "../../../components/export/share-link-messages";

function memoryStorage(initial?: string): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(SAVED_WORK_KEY, initial);
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  } as Storage & { map: Map<string, string> };
}

test("saved work: good values are read back", () => {
  const storage = memoryStorage();
  assert.equal(save({ text: "variant: flatcar\n", files: { "a.bin": new Uint8Array([1, 2, 3]) } }, storage), true);
  const r = readSaved(storage);
  assert.equal(r.kind, "ok");
  if (r.kind === "ok") assert.deepEqual([...r.doc.files["a.bin"]], [1, 2, 3]);
  // an older save without files, and a newer one with extra fields, still read
  assert.equal(readSaved(memoryStorage('{"text":"x"}')).kind, "ok");
  assert.equal(readSaved(memoryStorage('{"text":"x","files":{},"lessons":{"step":3}}')).kind, "ok");
  assert.equal(readSaved(memoryStorage()).kind, "none");
});

test("saved work: damaged or foreign values are unreadable, with a reason, and kept as they were", () => {
  const cases: [string, RegExp][] = [
    ["{not json", /not valid JSON/],
    ['{"text": 5}', /text/],
    ['{"doc":"variant: flatcar"}', /text/],
    ['{"text":"x","files":{"a":"%%%"}}', /files\.a: not base64/],
    ['{"text":"x","files":["a"]}', /files/],
    ["null", /saved data/],
  ];
  for (const [raw, reason] of cases) {
    const storage = memoryStorage(raw);
    const r = readSaved(storage);
    assert.equal(r.kind, "unreadable", raw);
    if (r.kind === "unreadable") {
      assert.equal(r.raw, raw);
      assert.match(r.reason, reason, raw);
    }
    assert.equal(storage.map.get(SAVED_WORK_KEY), raw, "reading never changes what is stored");
  }
});

test("saved work: a refused write (quota) is reported as false, not thrown", () => {
  const storage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException("quota", "QuotaExceededError");
    },
  } as unknown as Storage;
  assert.equal(save({ text: "x".repeat(10), files: {} }, storage), false);
  assert.equal(StoredWork.safeParse({ text: "x", files: { "": "AA==" } }).success, false);
});

test("tab messages: only the known shapes are accepted", () => {
  assert.ok(TabMessage.safeParse({ type: "hello", tab: "abc" }).success);
  assert.ok(TabMessage.safeParse({ type: "bye", tab: "abc" }).success);
  for (const bad of [null, "hello", { type: "hello" }, { type: "steal", tab: "a" }, { type: "here", tab: 3 }]) {
    assert.equal(TabMessage.safeParse(bad).success, false, JSON.stringify(bad));
  }
});

test("share-link worker messages: requests and replies are checked both ways", () => {
  assert.ok(ShareLinkRequest.safeParse({ link: "#v1.abc" }).success);
  assert.equal(ShareLinkRequest.safeParse({ link: 5 }).success, false);
  assert.equal(ShareLinkRequest.safeParse("#v1.abc").success, false);
  assert.ok(ShareLinkReply.safeParse({ ok: true, doc: { text: "x", files: { a: new Uint8Array(2) } } }).success);
  assert.ok(ShareLinkReply.safeParse({ ok: false, problem: "too-large", message: "too big" }).success);
  for (const bad of [
    { ok: true, doc: { text: 1, files: {} } },
    { ok: true, doc: { text: "x", files: { a: "AAAA" } } },
    { ok: false, problem: "exploded", message: "?" },
    { ok: "yes" },
  ]) {
    assert.equal(ShareLinkReply.safeParse(bad).success, false, JSON.stringify(bad));
  }
});

test("engine messages: requests and responses are checked; the run time limit grows with the text", async () => {
  const { EngineRequestSchema, EngineResponseSchema, engineTimeoutMs } = await import("../../../components/state/engine-messages");
  assert.ok(EngineRequestSchema.safeParse({ id: 1, text: "variant: flatcar" }).success);
  assert.ok(EngineRequestSchema.safeParse({ id: 2, text: "", files: { a: new Uint8Array(1) } }).success);
  for (const bad of [{ id: "1", text: "" }, { id: 1 }, { id: 1, text: "", files: { a: "x" } }, null]) {
    assert.equal(EngineRequestSchema.safeParse(bad).success, false, JSON.stringify(bad));
  }
  const good = {
    id: 3,
    output: "{}",
    exports: { compact: "{}", pretty: { bytes: 2, escapedDataUrl: 10 }, compactSizes: { bytes: 2, escapedDataUrl: 10 } },
    report: [{ level: "warning", message: "m", path: ["storage", "files", 0], line: 2, column: 3 }],
    ms: 1.5,
  };
  assert.ok(EngineResponseSchema.safeParse(good).success);
  // a Kindling check's finding keeps its id and source through the check (Problems marks it)
  const kindling = { level: "warning", message: "m", path: [], id: "usr-path", source: "kindling", data: { path: "/usr/x", suggestion: "/opt/x" } };
  const parsed = EngineResponseSchema.parse({ ...good, report: [kindling] });
  assert.deepEqual(parsed.report[0], kindling);
  assert.equal(EngineResponseSchema.safeParse({ ...good, report: [{ ...kindling, source: "elsewhere" }] }).success, false);
  for (const bad of [{ ...good, report: [{ level: "fatal", message: "m", path: [] }] }, { ...good, ms: undefined }, { ...good, output: 5 }]) {
    assert.equal(EngineResponseSchema.safeParse(bad).success, false);
  }
  assert.equal(engineTimeoutMs(0), 10_000);
  assert.ok(engineTimeoutMs(8_000_000) >= 50_000);
});

test("opened and dropped files: size and text are checked, problems named", async () => {
  const { decodeDocument, fileProblem, MAX_FILE_BYTES } = await import("../../../components/designer/open-files");
  const ok = decodeDocument("config.bu", new TextEncoder().encode("variant: flatcar\n# é\n"));
  assert.deepEqual(ok, { ok: true, text: "variant: flatcar\n# é\n" });
  const latin1 = decodeDocument("old.yaml", new Uint8Array([0x23, 0x20, 0xe9, 0x0a]));
  assert.equal(latin1.ok, false);
  if (!latin1.ok) assert.match(latin1.message, /old\.yaml was not opened: it is not UTF-8 text/);
  const binary = decodeDocument("image.yaml", new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 0, 0]));
  assert.equal(binary.ok, false);
  if (!binary.ok) assert.match(binary.message, /binary file/);
  assert.equal(fileProblem("a.bin", 10), undefined);
  assert.match(fileProblem("huge.iso", MAX_FILE_BYTES + 1) ?? "", /larger than 64 MiB/);
  assert.match(fileProblem("", 1) ?? "", /no name/);
});
