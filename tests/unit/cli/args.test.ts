import assert from "node:assert/strict";
import { test } from "node:test";
import { parseArgs, UsageError, type FlagSpec } from "../../../lib/cli/args";

const specs: FlagSpec[] = [
  { long: "pretty", short: "p", help: "" },
  { long: "strict", short: "s", help: "" },
  { long: "files-dir", short: "d", value: true, help: "" },
];

test("short, long, combined and attached forms", () => {
  const r = parseArgs(["-ps", "in.bu", "--files-dir=files"], specs);
  assert.equal(r.flags.get("pretty"), true);
  assert.equal(r.flags.get("strict"), true);
  assert.equal(r.flags.get("files-dir"), "files");
  assert.deepEqual(r.operands, ["in.bu"]);
  assert.equal(parseArgs(["-dfiles"], specs).flags.get("files-dir"), "files");
  assert.equal(parseArgs(["-d", "x", "--", "-p"], specs).operands[0], "-p");
});

test("unknown flags and missing values are usage errors", () => {
  assert.throws(() => parseArgs(["--nope"], specs), UsageError);
  assert.throws(() => parseArgs(["-x"], specs), UsageError);
  assert.throws(() => parseArgs(["-d"], specs), UsageError);
});
