// Records password-hash vectors with Debian's mkpasswd (package `whois`, backed by libxcrypt)
// into mkpasswd-vectors.json. Run by hand: node tests/unit/passwd/record-mkpasswd.mjs
// The unit tests read the JSON, so CI needs no mkpasswd.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const passwords = [
  "hello",
  "correct horse battery staple",
  "pässwörd",
  "日本語のパスワード",
  "key 🔑 emoji",
  "  spaces  inside and out ",
  "quotes ' \" and $dollar \\backslash",
  "x".repeat(100),
];
const run = (password, args) =>
  execFileSync("mkpasswd", ["--stdin", ...args], { input: Buffer.from(password, "utf8") }).toString().trim();

const vectors = [];
passwords.forEach((password, i) => {
  // yescrypt: mkpasswd picks the salt; the default cost (5: N=4096, r=32) for most, a lower one for some
  vectors.push({ password, hash: run(password, ["-m", "yescrypt", ...(i % 3 === 2 ? ["-R", String(1 + (i % 4))] : [])]) });
  vectors.push({ password, hash: run(password, ["-m", "sha512crypt"]) });
  vectors.push({ password, hash: run(password, ["-m", "sha512crypt", "-R", String(1000 + i * 1500), "-S", "s" + String(i).repeat(7) + "Xy./"]) });
});
const version = execFileSync("sh", ["-c", "dpkg-query -W -f '${Version}' whois libcrypt1 2>/dev/null || true"]).toString();
writeFileSync(
  new URL("./mkpasswd-vectors.json", import.meta.url),
  JSON.stringify({ source: `mkpasswd (Debian whois/libcrypt1 ${version})`, vectors }, null, 2) + "\n",
);
console.log(`${vectors.length} vectors`);
