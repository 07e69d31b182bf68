import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeShareLink, encodeShareLink, findSecrets, withoutSecrets } from "../../../lib/share";
import { fromBase64, toBase64, toBase64Url } from "../../../lib/go/bytes";

const text = "# my config\nvariant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /opt/bin/tool\n      contents:\n        local: tool.bin\n";
const binary = new Uint8Array(300).map((_, i) => (i * 7919) % 256);

test("a link round-trips text and binary attachments exactly", () => {
  const link = encodeShareLink({ text, files: { "tool.bin": binary } }, "http://localhost:3000/");
  assert.match(link, /^http:\/\/localhost:3000\/#v1\.[A-Za-z0-9_-]+$/);
  const back = decodeShareLink(link);
  assert.ok(back.ok);
  assert.equal(back.doc.text, text);
  assert.deepEqual([...back.doc.files["tool.bin"]], [...binary]);
});

test("a truncated link is reported as damaged", () => {
  const link = encodeShareLink({ text, files: {} }, "https://kindling.example/");
  for (const cut of [link.length - 1, link.length - 5, link.length - 20]) {
    const r = decodeShareLink(link.slice(0, cut));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.problem, "damaged");
  }
});

test("a tampered link is reported as damaged", () => {
  const link = encodeShareLink({ text, files: {} }, "https://kindling.example/");
  const i = link.length - 10;
  const flipped = link.slice(0, i) + (link[i] === "A" ? "B" : "A") + link.slice(i + 1);
  const r = decodeShareLink(flipped);
  assert.equal(r.ok, false);
});

test("a link from a newer format says so", () => {
  const r = decodeShareLink("https://kindling.example/#v7.AAAA");
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.problem, "future");
    assert.match(r.message, /newer Kindling/);
  }
  const n = decodeShareLink("https://kindling.example/#hello");
  assert.equal(n.ok, false);
  if (!n.ok) assert.equal(n.problem, "not-a-link");
});

test("base64 helpers agree with Node's", () => {
  for (let n = 0; n < 20; n++) {
    const b = binary.subarray(0, n);
    assert.equal(toBase64(b), Buffer.from(b).toString("base64"));
    assert.equal(toBase64Url(b), Buffer.from(b).toString("base64url"));
    assert.deepEqual([...fromBase64(toBase64(b))!], [...b]);
    assert.deepEqual([...fromBase64(toBase64Url(b))!], [...b]);
  }
  assert.equal(fromBase64("a"), undefined);
  assert.equal(fromBase64("@@@@"), undefined);
});

const secretText = `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      password_hash: $6$rounds=4096$abc$def
storage:
  files:
    - path: /etc/ssl/private/key.pem
      contents:
        inline: |
          -----BEGIN EC PRIVATE KEY-----
          MHcCAQEEIB
          -----END EC PRIVATE KEY-----
    - path: /etc/app.env
      contents:
        inline: "API_TOKEN=abcdef123456"
    - path: /etc/motd
      contents:
        inline: hello
`;

test("secrets are found and can be left out", () => {
  const files = { "id_rsa": new TextEncoder().encode("-----BEGIN OPENSSH PRIVATE KEY-----\nxx\n"), "ok.txt": new TextEncoder().encode("fine") };
  const found = findSecrets({ text: secretText, files });
  assert.deepEqual(
    found.map((s) => `${s.kind}@${s.where}`).sort(),
    [
      "password hash@passwd.users.0.password_hash",
      "private key@file:id_rsa",
      "private key@storage.files.0.contents.inline",
      "token or password@storage.files.1.contents.inline",
    ],
  );
  const clean = withoutSecrets({ text: secretText, files });
  assert.deepEqual(findSecrets(clean), []);
  assert.ok(clean.text.includes("inline: hello"));
  assert.ok(!clean.text.includes("password_hash"));
  assert.deepEqual(Object.keys(clean.files), ["ok.txt"]);
});
