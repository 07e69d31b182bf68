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

test("parseCommand prints usage: help on stdout (0), a bad flag or operand count on stderr (2)", async () => {
  const { parseCommand } = await import("../../../lib/cli/args");
  const specs = [{ long: "help", short: "h", help: "usage" }];
  const run = (argv: string[], max: number) => {
    const out: string[] = [];
    const err: string[] = [];
    const r = parseCommand(argv, specs, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, "USAGE\n", { max });
    return { r, out: out.join(""), err: err.join("") };
  };
  assert.deepEqual(run(["-h"], 1), { r: 0, out: "USAGE\n", err: "" });
  assert.deepEqual(run(["--nope"], 1), { r: 2, out: "", err: "unknown flag: --nope\nUSAGE\n" });
  assert.deepEqual(run(["a", "b"], 1), { r: 2, out: "", err: "USAGE\n" });
  assert.deepEqual(run(["a"], 0), { r: 2, out: "", err: "unexpected argument: a\nUSAGE\n" });
  const ok = run(["a"], 1).r;
  assert.ok(typeof ok === "object" && ok.operands[0] === "a");
});
