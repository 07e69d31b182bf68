// OnCalendar= parsing and next elapses, against vectors recorded with `systemd-analyze calendar
// --base-time=… --iterations=5` (systemd 252; calendar-vectors.json): the same normalized form,
// the same five times (UTC and named zones, DST changes included), and the same expressions refused.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatElapse, nextElapses, parseCalendar } from "../../../lib/builders/calendar";

interface Vectors {
  base: string;
  valid: { expression: string; normalized: string; next: string[] }[];
  invalid: string[];
}
const vectors = JSON.parse(readFileSync(join(import.meta.dirname, "calendar-vectors.json"), "utf8")) as Vectors;
const base = Date.parse(vectors.base.replace(" UTC", "Z").replace(" ", "T"));

test("the recorded base time is read right", () => {
  assert.equal(new Date(base).toISOString(), "2026-03-25T13:47:12.000Z");
});

for (const v of vectors.valid) {
  test(`valid: ${v.expression}`, () => {
    const r = parseCalendar(v.expression);
    assert.ok(r.ok, r.ok ? "" : r.error);
    assert.equal(r.normalized, v.normalized);
    const next = nextElapses(r.spec, { after: base, count: 5 }).map((t) => formatElapse(t));
    assert.deepEqual(next, v.next);
  });
}

for (const e of vectors.invalid) {
  test(`invalid: ${JSON.stringify(e)}`, () => {
    const r = parseCalendar(e);
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(r.error.length > 10, r.error);
  });
}

test("messages name the wrong part", () => {
  const msg = (e: string) => {
    const r = parseCalendar(e);
    return r.ok ? "" : r.error;
  };
  assert.match(msg("*-*-* 25:00"), /Hour 25 is out of range: 0\.\.23/);
  assert.match(msg("Foo 10:00"), /"Foo" is not a weekday/);
  assert.match(msg("daily 10:00"), /daily.*cannot be combined/);
  assert.match(msg("*-*-* 10:00 Mars/Olympus"), /not a known time zone/);
  assert.match(msg("Sun..Mon 1:00"), /weekday range goes forwards/);
  assert.match(msg("*-*-* 1/0:00"), /step of at least 1/);
});

test("times show in a chosen zone; a spec without a zone can be read in another zone", () => {
  const r = parseCalendar("*-*-* 09:00");
  assert.ok(r.ok);
  const [t] = nextElapses(r.spec, { after: base, count: 1, defaultZone: "Asia/Tokyo" });
  assert.equal(formatElapse(t), "Thu 2026-03-26 00:00:00 UTC");
  assert.equal(formatElapse(t, "Asia/Tokyo"), "Thu 2026-03-26 09:00:00 Asia/Tokyo");
});
