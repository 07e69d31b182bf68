// Each Kindling check: a config that triggers it, one that does not; silencing by comment.
import assert from "node:assert/strict";
import { test } from "node:test";
import { transpile } from "../../../lib";
import { lintButane, type Finding } from "../../../lib/lint";
import { DEFAULT_DOCUMENT } from "../../../components/state/default-document";
import { runLint } from "../../../lib/cli/lint-command";
import { writeFileSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HEAD = "variant: flatcar\nversion: 1.1.0\n";
const lint = (body: string, opts: { hasLocalFile?: (p: string) => boolean } = {}): Finding[] => {
  const text = HEAD + body;
  return lintButane(text, { engineReport: transpile(text).report, ...opts });
};
const ids = (f: Finding[]) => f.map((x) => x.id);

const cases: { id: string; bad: string; good: string; path: string; line: number }[] = [
  { id: "usr-path", bad: "storage:\n  files:\n    - path: /usr/local/bin/x\n", good: "storage:\n  files:\n    - path: /opt/bin/x\n", path: "storage.files.0.path", line: 5 },
  { id: "unknown-target", bad: "systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Install]\n        WantedBy=multiuser.target\n", good: "systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Install]\n        WantedBy=multi-user.target\n", path: "systemd.units.0.contents", line: 6 },
  { id: "docker-order", bad: "systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Service]\n        ExecStart=/usr/bin/docker run nginx\n", good: "systemd:\n  units:\n    - name: a.service\n      contents: |\n        [Unit]\n        After=docker.service\n        Requires=docker.service\n        [Service]\n        ExecStart=/usr/bin/docker run nginx\n", path: "systemd.units.0.contents", line: 6 },
  { id: "unknown-group", bad: "passwd:\n  users:\n    - name: core\n      groups: [admins]\n", good: "passwd:\n  users:\n    - name: core\n      groups: [admins, docker, sudo]\n  groups:\n    - name: admins\n", path: "passwd.users.0.groups.0", line: 6 },
  { id: "unknown-owner", bad: "storage:\n  directories:\n    - path: /srv/www\n      user:\n        name: www\n", good: "passwd:\n  users:\n    - name: www\nstorage:\n  directories:\n    - path: /srv/www\n      user:\n        name: www\n      group:\n        name: core\n", path: "storage.directories.0.user.name", line: 7 },
  { id: "clc-key", bad: "networkd:\n  units: []\n", good: "storage:\n  files:\n    - path: /etc/systemd/network/10-eth0.network\n", path: "networkd", line: 3 },
  { id: "did-you-mean", bad: "passwd:\n  users:\n    - name: core\n      pasword_hash: $y$x\n", good: "passwd:\n  users:\n    - name: core\n      password_hash: $y$x\n", path: "passwd.users.0.pasword_hash", line: 6 },
];

for (const c of cases) {
  test(`${c.id}: reported on the bad config, not on the good one`, () => {
    const bad = lint(c.bad).filter((f) => f.id === c.id);
    assert.equal(bad.length, 1, JSON.stringify(lint(c.bad)));
    assert.equal(bad[0].path.join("."), c.path);
    assert.equal(bad[0].line, c.line);
    assert.equal(bad[0].source, "kindling");
    assert.deepEqual(ids(lint(c.good)), []);
  });
  test(`${c.id}: silenced by # kindling-disable: ${c.id}`, () => {
    assert.deepEqual(ids(lint(`# kindling-disable: ${c.id}\n` + c.bad)).filter((i) => i === c.id), []);
  });
}

test("did-you-mean names the nearest key", () => {
  assert.match(lint(cases.find((c) => c.id === "did-you-mean")!.bad)[0].message, /did you mean `password_hash`\?/);
});

test("local-missing follows the attached files", () => {
  const body = "storage:\n  files:\n    - path: /opt/a\n      contents:\n        local: a.sh\n";
  assert.deepEqual(ids(lint(body, { hasLocalFile: () => false })), ["local-missing"]);
  assert.deepEqual(ids(lint(body, { hasLocalFile: (p) => p === "a.sh" })), []);
});

test("nothing is reported on the designer's first document", () => {
  assert.deepEqual(lintButane(DEFAULT_DOCUMENT, { engineReport: transpile(DEFAULT_DOCUMENT).report }), []);
});

test("kindling lint: Butane's format, --strict exit status, -d DIR", () => {
  const dir = mkdtempSync(join(tmpdir(), "kindling-lint-"));
  const file = join(dir, "c.bu");
  writeFileSync(file, HEAD + "storage:\n  files:\n    - path: /usr/x\n      contents:\n        local: a.sh\n");
  mkdirSync(join(dir, "files"));
  const run = (argv: string[]) => {
    let err = "";
    const code = runLint(argv, { stdin: () => Buffer.from(""), stdout: () => {}, stderr: (s) => void (err += s), isTty: false, env: {} });
    return { code, err };
  };
  const plain = run(["--raw-errors", "-d", join(dir, "files"), file]);
  assert.equal(plain.code, 1, "Butane itself fails on the missing file");
  assert.match(plain.err, /^warning at \$\.storage\.files\.0\.path, line 5 col 13: \/usr\/x is under \/usr/m);
  assert.match(plain.err, /local file "a\.sh" is not attached/);
  writeFileSync(join(dir, "files", "a.sh"), "echo hi\n");
  const attached = run(["--raw-errors", "-d", join(dir, "files"), file]);
  assert.equal(attached.code, 0);
  assert.doesNotMatch(attached.err, /not attached/);
  assert.equal(run(["--strict", "--raw-errors", "-d", join(dir, "files"), file]).code, 1, "--strict fails on Kindling's warnings too");
});
