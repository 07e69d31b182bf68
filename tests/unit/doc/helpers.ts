import assert from "node:assert/strict";
import { parse } from "yaml";
import type { EditResult } from "../../../lib/doc";

export function ok(r: EditResult): string {
  if (!r.ok) assert.fail(`edit failed: ${r.error}`);
  return r.text;
}

/** The value go-yaml-ish readers would see (yaml 1.1 so that 0644 is octal). */
export function value(text: string): unknown {
  return parse(text, { version: "1.1", merge: true });
}

/** Asserts that `after` differs from `before` only inside `before.slice(from, to)`. */
export function changedOnlyWithin(before: string, after: string, from: number, to: number): void {
  assert.equal(after.slice(0, from), before.slice(0, from), "bytes before the edited part changed");
  assert.equal(after.slice(after.length - (before.length - to)), before.slice(to), "bytes after the edited part changed");
}
