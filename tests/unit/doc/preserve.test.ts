// Every form edit rewrites only the part of the YAML it touches: the bytes around it survive,
// on a document written with comments, odd indentation, flow style, anchors and merge keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addItem, deleteIn, moveItem, octalLiteral, removeItem, setIn, setList, type EditResult } from "../../../lib/doc";
import { ok, value } from "./helpers";

const DOC = `# Kindling test document
variant: flatcar
version: 1.1.0

passwd:
   users:   # three-space indentation
   -   name: core   # the admin
       ssh_authorized_keys: [ "ssh-ed25519 AAAA one", 'ssh-rsa BBBB two' ]
       groups:
         - wheel
         # docker comes later
         - docker
   - &guest
       name: guest
       shell: /bin/bash
   - <<: *guest
     name: guest2

storage:
  files:
    - path: /etc/motd
      mode: 0644
      contents:
        inline: |
          Welcome!

          Have fun.
    - {path: /etc/hostname, mode: 420, contents: {inline: node1}}
  directories:
  - path: /var/www   # web root
    mode: &dirmode 0755
  links:
    - path: /etc/localtime
      target: "/usr/share/zoneinfo/UTC"
systemd:
  units:
    - name: nginx.service
      enabled: yes
      contents: |
        [Unit]
        Description=NGINX
        [Install]
        WantedBy=multi-user.target
      dropins:
        - name: 10-env.conf
          contents: "[Service]\\nEnvironment=A=1\\n"
# trailing comment
`;

type Config = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The part of `before` that differs from `after`, from the common prefix and suffix. */
function changedRegion(before: string, after: string): [number, number] {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return [p, before.length - s];
}

function check(label: string, r: EditResult, within: string, mutate: (c: Config) => void, before = DOC): string {
  const after = ok(r);
  const expected = value(before) as Config;
  mutate(expected);
  assert.deepEqual(value(after), expected, `${label}: the value is not the expected one`);
  const at = before.indexOf(within);
  assert.ok(at >= 0 && before.indexOf(within, at + 1) < 0, `${label}: "${within}" must occur once`);
  const [from, to] = changedRegion(before, after);
  assert.ok(from >= at && to <= at + within.length, `${label}: changed ${JSON.stringify(before.slice(from, to))} outside ${JSON.stringify(within)}`);
  return after;
}

test("the test document reads as intended", () => {
  const v = value(DOC) as Config;
  assert.equal(v.passwd.users[2].shell, "/bin/bash");
  assert.equal(v.storage.files[0].mode, 0o644);
  assert.equal(v.storage.directories[0].mode, 0o755);
});

test("scalar edits touch only their scalar", () => {
  check("name", setIn(DOC, ["passwd", "users", 0, "name"], "admin"), "core", (c) => (c.passwd.users[0].name = "admin"));
  check("anchored map", setIn(DOC, ["passwd", "users", 1, "shell"], "/bin/zsh"), "/bin/bash", (c) => {
    c.passwd.users[1].shell = "/bin/zsh";
    c.passwd.users[2].shell = "/bin/zsh";
  });
  check("flow mode", setIn(DOC, ["storage", "files", 1, "mode"], octalLiteral(0o600)), "420", (c) => (c.storage.files[1].mode = 0o600));
  check("anchored scalar", setIn(DOC, ["storage", "directories", 0, "mode"], octalLiteral(0o700)), "0755", (c) => (c.storage.directories[0].mode = 0o700));
  check("block literal", setIn(DOC, ["storage", "files", 0, "contents", "inline"], "Bye\n"), "|\n          Welcome!\n\n          Have fun.\n", (c) => (c.storage.files[0].contents.inline = "Bye\n"));
  check("yes → false", setIn(DOC, ["systemd", "units", 0, "enabled"], false), "yes", (c) => (c.systemd.units[0].enabled = false));
  check("double-quoted multi-line", setIn(DOC, ["systemd", "units", 0, "dropins", 0, "contents"], "[Service]\nEnvironment=A=2\n"), 'A=1\\n"', (c) => (c.systemd.units[0].dropins[0].contents = "[Service]\nEnvironment=A=2\n"));
  check("quoted target", setIn(DOC, ["storage", "links", 0, "target"], "/usr/share/zoneinfo/CET"), '"/usr/share/zoneinfo/UTC"', (c) => (c.storage.links[0].target = "/usr/share/zoneinfo/CET"));
});

test("list edits touch only their list", () => {
  check("block list", setList(DOC, ["passwd", "users", 0, "groups"], ["wheel", "docker", "sudo"]), "- docker\n   - &guest", (c) => c.passwd.users[0].groups.push("sudo"));
  check("flow list", setList(DOC, ["passwd", "users", 0, "ssh_authorized_keys"], ["ssh-ed25519 AAAA one"]), `, 'ssh-rsa BBBB two'`, (c) => c.passwd.users[0].ssh_authorized_keys.pop());
  check("add link", addItem(DOC, ["storage", "links"], { path: "/opt/bin/tool", target: "/usr/bin/tool", hard: false }), 'UTC"\n', (c) =>
    c.storage.links.push({ path: "/opt/bin/tool", target: "/usr/bin/tool", hard: false }),
  );
  check("remove file", removeItem(DOC, ["storage", "files"], 0), "    - path: /etc/motd\n      mode: 0644\n      contents:\n        inline: |\n          Welcome!\n\n          Have fun.\n    - {", (c) => c.storage.files.shift());
  check("remove flow-map item", removeItem(DOC, ["storage", "files"], 1), "    - {path: /etc/hostname, mode: 420, contents: {inline: node1}}\n  directories", (c) => c.storage.files.pop());
  check("remove field", deleteIn(DOC, ["storage", "links", 0, "target"]), '      target: "/usr/share/zoneinfo/UTC"\n', (c) => delete c.storage.links[0].target);
  check("remove a user's first field", deleteIn(DOC, ["passwd", "users", 0, "name"]), "name: core   # the admin\n       ", (c) => delete c.passwd.users[0].name);
});

test("moves and insertions keep everything else", () => {
  const twoUnits = check("add unit", addItem(DOC, ["systemd", "units"], { name: "caddy.service", enabled: true }), "A=1\\n\"\n", (c) =>
    c.systemd.units.push({ name: "caddy.service", enabled: true }),
  );
  const unitsBlock = twoUnits.slice(twoUnits.indexOf("    - name: nginx.service"), twoUnits.indexOf("# trailing comment"));
  check("move unit", moveItem(twoUnits, ["systemd", "units"], 1, 0), unitsBlock, (c) => c.systemd.units.reverse(), twoUnits);
  check("merge-key override", setIn(DOC, ["passwd", "users", 2, "shell"], "/bin/sh"), "name: guest2\n", (c) => (c.passwd.users[2].shell = "/bin/sh"));
  check("new key in an odd-indented item", setIn(DOC, ["passwd", "users", 0, "uid"], 1000), "'ssh-rsa BBBB two' ]\n       groups", (c) => (c.passwd.users[0].uid = 1000));
  check("new section", addItem(DOC, ["kernel_arguments", "should_exist"], "quiet"), "WantedBy=multi-user.target\n      dropins:\n        - name: 10-env.conf\n          contents: \"[Service]\\nEnvironment=A=1\\n\"\n", (c) =>
    (c.kernel_arguments = { should_exist: ["quiet"] }),
  );
});

test("every comment of the document survives a round of edits", () => {
  let t = DOC;
  t = ok(setIn(t, ["passwd", "users", 0, "name"], "admin"));
  t = ok(setList(t, ["passwd", "users", 0, "groups"], ["wheel", "docker", "sudo"]));
  t = ok(setIn(t, ["storage", "files", 0, "mode"], octalLiteral(0o600)));
  t = ok(addItem(t, ["storage", "directories"], { path: "/srv" }));
  t = ok(moveItem(t, ["storage", "directories"], 1, 0));
  t = ok(setIn(t, ["systemd", "units", 0, "mask"], true));
  const comments = (s: string) => s.split("\n").filter((l) => l.includes("#")).map((l) => l.slice(l.indexOf("#")));
  for (const c of comments(DOC)) if (!c.includes("Environment")) assert.ok(t.includes(c), `lost ${c}`);
});
