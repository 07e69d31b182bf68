// How libxcrypt-vectors.json was made from libxcrypt's test/ka-table.inc (saved at /tmp/ka-table.inc).
import { readFileSync, writeFileSync } from "node:fs";
const text = readFileSync("/tmp/ka-table.inc", "utf8");
const section = (name) => text.split(`#if INCLUDE_${name} && defined TEST_${name}`)[1].split("#endif")[0];
const unC = (s) => { const out = []; for (let i = 0; i < s.length; i++) { if (s[i] === "\\") { const n = s[i + 1]; if (n === "x") { out.push(parseInt(s.slice(i + 2, i + 4), 16)); i += 3; } else { out.push(n.charCodeAt(0)); i += 1; } } else out.push(s.charCodeAt(i)); } return Buffer.from(out).toString("hex"); };
const parse = (sec) => [...sec.matchAll(/\{ "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)" \}/g)].map((m) => ({ setting: m[1], hash: m[2], passwordHex: unC(m[3]) }));
const y = parse(section("yescrypt")); const s = parse(section("sha512crypt"));
// keep every vector whose password is not plain ASCII, and a spread of the others
const nonAscii = (v) => (v.passwordHex.match(/../g) ?? []).some((b) => parseInt(b, 16) > 127);
const sel = (list, every) => list.filter((v, i) => (nonAscii(v) && i % 3 === 0) || i % every === 0);
const ys = sel(y, 12), ss = sel(s, 12);
writeFileSync("tests/unit/passwd/libxcrypt-vectors.json", JSON.stringify({ source: "libxcrypt test/ka-table.inc (github.com/besser82/libxcrypt), a selection: a third of the non-ASCII passwords and every twelfth vector", yescrypt: ys, sha512crypt: ss }, null, 1) + "\n");
console.log(y.length, ys.length, s.length, ss.length);
