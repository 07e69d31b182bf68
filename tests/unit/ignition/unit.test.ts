import { test } from "node:test";
import assert from "node:assert/strict";
import { deserializeUnit, parseUnitContents } from "../../../lib/ignition/validate/unit";

const err = (s: string) => {
  const r = parseUnitContents(s);
  return "error" in r ? r.error : undefined;
};
const sections = (s: string) => {
  const r = deserializeUnit(s);
  assert.ok(!("error" in r), JSON.stringify(r));
  return r.options.map((o) => `${o.section}.${o.name}=${o.value}`);
};

test("parses sections, options, continuations and comments like go-systemd", () => {
  assert.deepEqual(
    sections("[Unit]\nDescription=x \n# c\n; c \\\n still comment\n[Service]\nExecStart=/bin/a \\\n  b\nX = y\n\n[Install]\nWantedBy=multi-user.target"),
    ["Unit.Description=x", "Service.ExecStart=/bin/a \\\n  b", "Service.X=y", "Install.WantedBy=multi-user.target"],
  );
  assert.deepEqual(sections(""), []);
  assert.deepEqual(sections("junk before\n[A]\nk=v\r\n"), ["A.k=v"]);
  assert.equal(parseUnitContents(undefined).hasOwnProperty("options"), true);
});

test("garbage after a section header", () => {
  assert.equal(err("[Unit] # not allowed here\nA=b\n"), 'invalid unit content: found garbage after section name : "# not allowed here"');
  assert.equal(err("[Unit]   \t\nA=b\n"), undefined);
  assert.equal(err("[Unit]x\ty\n"), 'invalid unit content: found garbage after section name : "x\\ty"');
});

test("a section header without ]", () => {
  assert.equal(err("[Unit\nDescription=x\n"), "invalid unit content: unable to find end of section");
});

test("an option without =", () => {
  assert.equal(err("[Unit]\nDescription\nA=b\n"), "invalid unit content: unexpected newline encountered while parsing option name");
  assert.equal(err("[Unit]\nA=b\r\nfoo\r\n"), "invalid unit content: unexpected newline encountered while parsing option name");
  // at the very end of the text the read fails with io.EOF instead
  assert.equal(err("[Unit]\nA=b\nDescription"), "invalid unit content: EOF");
});

test("a line over 2,048 bytes is refused when the read buffer holds it", () => {
  const long = "x".repeat(2100);
  assert.equal(err(`[Unit]\nDescription=${long}\n`), "invalid unit content: line too long (max 2048 bytes)");
  assert.equal(err(`#${long}\n[Unit]\n`), "invalid unit content: line too long (max 2048 bytes)");
  assert.equal(err(`[Unit]\nDescription=${"x".repeat(2030)}\n`), undefined);
});

test("the long-line check only sees the 4,096-byte buffer: a long line starting near its end passes", () => {
  const long = "B=" + "x".repeat(3000) + "\n";
  const shortLines = (n: number) => "[Unit]\n" + "A=b\n".repeat(n);
  // 998 short lines put the long line at offset 3999: only 97 of its bytes are buffered.
  assert.equal(err(shortLines(998) + long), undefined);
  // 500 short lines: the long line is fully buffered when the lexer reaches it.
  assert.equal(err(shortLines(500) + long), "invalid unit content: line too long (max 2048 bytes)");
  // Reading that line refills the buffer, leaving only 1,093 bytes of the next long line buffered.
  assert.equal(err(shortLines(998) + long + long), undefined);
});

test("multi-byte text is read as UTF-8 bytes", () => {
  assert.deepEqual(sections("[Ünit]\nBeschreibung=größer\n"), ["Ünit.Beschreibung=größer"]);
  // 1,025 two-byte characters are 2,050 bytes: too long
  assert.equal(err(`[Unit]\nD=${"é".repeat(1025)}\n`), "invalid unit content: line too long (max 2048 bytes)");
});

test("names and values are trimmed of Unicode spaces (Go's strings.TrimSpace), not of other characters", () => {
  assert.deepEqual(sections("[S]\n\u00a0Name\u3000=\u2003v a l\u0085\n"), ["S.Name=v a l"]);
  assert.deepEqual(sections("[S]\nk=\u{1F600} x \u{1F600}\n"), ["S.k=\u{1F600} x \u{1F600}"]);
  assert.equal(err("[U]\u2028\nA=b\n"), undefined);
  assert.equal(err("[U] \u00e9\n"), 'invalid unit content: found garbage after section name : "é"');
});

test("units read one after another do not see each other's bytes", () => {
  const long = "[A]\nk=" + "x".repeat(2000) + "\n";
  assert.deepEqual(sections(long), ["A.k=" + "x".repeat(2000)]);
  assert.deepEqual(sections("[B]\nj=1"), ["B.j=1"]);
  assert.deepEqual(sections(""), []);
});

test("option names are the runes before '=': non-ASCII, kept invalid bytes, and names read across a buffer refill", () => {
  assert.deepEqual(sections("[S]\nNäme😀=v\n"), ["S.Näme😀=v"]);
  // A Go string byte that is not UTF-8 (held as U+DC00 + byte) reads as one U+FFFD.
  assert.deepEqual(sections("[S]\nA\udcffB=v\n"), ["S.A\ufffdB=v"]);
  // A name starting just before the end of the first 4,096 bytes is read across a refill.
  for (const at of [4080, 4090, 4093, 4095]) {
    const filler = "#" + "c".repeat(98) + "\n"; // 100-byte comment lines
    let text = "[S]\n" + filler.repeat(Math.floor((at - 4) / 100));
    text += "#" + "c".repeat(at - text.length - 2) + "\n";
    assert.equal(text.length, at);
    assert.deepEqual(sections(text + "LongOptionName=value\nNext=1\n"), ["S.LongOptionName=value", "S.Next=1"], `at ${at}`);
  }
});
