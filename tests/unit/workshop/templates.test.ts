// Every bundled template transpiles with no error and no warning (Butane's --strict), the
// bundled module matches templates/, and lessons' pointers and tasks fit their documents.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { transpile } from "../../../lib/index";
import { attachedFilesDir } from "../../../components/state/attached-files";
import { allTemplates, parseTemplates } from "../../../lib/workshop/templates";
import { locate, stepDone } from "../../../lib/workshop/lesson";
import { guessPorts, tryItCommands } from "../../../lib/workshop/try-it";
import { RAW_TEMPLATES } from "../../../lib/workshop/templates.generated";

const require = createRequire(import.meta.url);
const gen = require("../../../scripts/gen-templates.cjs") as { render(): string; OUT: string };

const REQUIRED = ["nginx", "caddy-website", "autologin", "ssh-admin", "first-boot-script", "data-disk", "luks-data", "sysext", "updates", "split-config", "static-network", "compose-stack", "user-service"];

test("the bundled module is up to date with templates/", async () => {
  const { readFileSync } = await import("node:fs");
  assert.equal(readFileSync(gen.OUT, "utf8"), gen.render(), "run node scripts/gen-templates.cjs");
});

test("every required template is there, and nothing else is in templates/ without a config", () => {
  const ids = allTemplates().map((t) => t.id);
  for (const id of REQUIRED) assert.ok(ids.includes(id), `missing template ${id}`);
  for (const d of readdirSync("templates")) assert.ok(existsSync(`templates/${d}/config.bu`), `templates/${d} has no config.bu`);
});

for (const t of allTemplates()) {
  test(`template ${t.id}: Flatcar, no error and no warning (--strict)`, () => {
    const r = transpile(t.config, { filesDir: attachedFilesDir(t.files) });
    assert.equal(r.variant, "flatcar");
    assert.equal(r.error, undefined, `error: ${r.error}`);
    assert.deepEqual(r.report.map((e) => `${e.level} ${e.message}`), [], "--strict fails on any report entry");
    assert.ok(r.output && JSON.parse(r.output).ignition.version);
  });
}

test("templates carry what the issue asks of them", () => {
  const by = Object.fromEntries(allTemplates().map((t) => [t.id, transpile(t.config, { filesDir: attachedFilesDir(t.files) }).ignition as any]));
  assert.ok(by["nginx"].storage.files.some((f: any) => f.path === "/var/www/index.html"));
  const caddy = by["caddy-website"];
  const user = caddy.passwd.users.find((u: any) => u.name === "caddy");
  assert.equal(user.noCreateHome, true);
  assert.deepEqual(user.groups, ["docker"]);
  assert.ok(caddy.systemd.units.some((u: any) => u.name === "update-engine.service" && u.mask === true));
  const unit = caddy.systemd.units.find((u: any) => u.name === "caddy.service").contents as string;
  assert.match(unit, /Restart=always/);
  assert.match(unit, /User=caddy/);
  assert.match(unit, /After=docker\.service/);
  assert.equal(caddy.storage.files.filter((f: any) => f.user?.name === "caddy").length, 2);
  assert.deepEqual(by["autologin"].kernelArguments.shouldExist, ["flatcar.autologin"]);
  const admin = by["ssh-admin"].passwd.users[0];
  assert.ok(admin.passwordHash.startsWith("$6$") && admin.sshAuthorizedKeys.length === 1);
  assert.deepEqual([...admin.groups].sort(), ["docker", "sudo"]);
  assert.ok(by["data-disk"].systemd.units.some((u: any) => u.name === "srv.mount"));
  assert.equal(by["luks-data"].storage.luks[0].name, "data");
  assert.ok(by["sysext"].storage.links[0].path.startsWith("/etc/extensions/"));
  assert.ok(by["sysext"].storage.files[0].path.startsWith("/opt/extensions/"));
  assert.ok(by["split-config"].ignition.config.merge[0].source.startsWith("data:"));
  assert.ok(by["user-service"].storage.files.some((f: any) => f.path === "/var/lib/systemd/linger/app"));
  assert.ok(by["static-network"].storage.files.some((f: any) => /^\/etc\/systemd\/network\/.*\.network$/.test(f.path)));
  const upd = by["updates"].storage.files[0];
  assert.equal(upd.path, "/etc/flatcar/update.conf");
  const conf = decodeURIComponent(upd.contents.source.replace(/^data:,/, ""));
  for (const k of ["GROUP=", "REBOOT_STRATEGY=", "LOCKSMITHD_REBOOT_WINDOW_START=", "LOCKSMITHD_REBOOT_WINDOW_LENGTH="]) assert.ok(conf.includes(k), k);
});

test("at least five lessons; every pointer is found and every task starts undone", () => {
  const lessons = allTemplates().filter((t) => t.lesson);
  assert.ok(lessons.length >= 5, `${lessons.length} lessons`);
  for (const t of lessons) {
    assert.ok(t.lesson!.some((s) => s.task), `${t.id}: no step asks for something`);
    for (const s of t.lesson!) {
      if (s.target) assert.ok(locate(t.config, s.target), `${t.id} "${s.title}": target not in the config`);
      if (s.task) assert.equal(stepDone(s, t.config), false, `${t.id} "${s.title}": done before anything was done`);
    }
  }
});

test("lesson tasks are recognised when done", () => {
  const find = (id: string, title: string) => allTemplates().find((t) => t.id === id)!.lesson!.find((s) => s.title === title)!;
  const nginx = allTemplates().find((t) => t.id === "nginx")!;
  assert.ok(stepDone(find("nginx", "Change the page"), nginx.config.replace("<h1>Hello from Flatcar</h1>", "<h1>Hello from my workshop</h1>")));
  const caddy = allTemplates().find((t) => t.id === "caddy-website")!;
  const masked = caddy.config.replace("    - name: caddy.service", "    - name: locksmithd.service\n      mask: true\n    - name: caddy.service");
  assert.ok(stepDone(find("caddy-website", "Mask one more unit"), masked));
  const ssh = allTemplates().find((t) => t.id === "ssh-admin")!;
  const key = find("ssh-admin", "Add your SSH key");
  assert.ok(stepDone(key, ssh.config.replace("admin@laptop\n", "admin@laptop\n        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMyOwnKeyMyOwnKeyMyOwnKey me@home\n")));
  assert.equal(stepDone(key, ssh.config.replace("admin@laptop\n", "admin@laptop\n        - not a key\n")), false);
});

test("metadata that does not fit the schema is refused by name", () => {
  const raw = structuredClone(RAW_TEMPLATES) as any[];
  raw[0].ports = [{ host: 0, guest: 80 }];
  assert.throws(() => parseTemplates(raw), /template data is invalid/);
  assert.throws(() => parseTemplates([{ ...(RAW_TEMPLATES as any[])[0], extra: 1 }]), /template data is invalid/);
  assert.throws(() => parseTemplates([{ ...(RAW_TEMPLATES as any[])[0], files: { "a.txt": "!!" } }]), /not valid base64/);
});

test("Try it: the QEMU script with the Ignition file, SSH and the web port forwarded", () => {
  const lines = tryItCommands({ ports: [{ host: 8080, guest: 80 }] });
  const boot = lines.find((l) => l.startsWith("./flatcar_production_qemu.sh"))!;
  assert.match(boot, /-i config\.ign -p 2222 -f 8080:80 -- -nographic -snapshot$/);
  assert.ok(lines.some((l) => l.includes("ssh -p 2222")));
  assert.match(tryItCommands({ ports: [], disk: true }).join("\n"), /-drive if=virtio,file=data\.img,format=raw/);
  assert.deepEqual(guessPorts("ExecStart=/usr/bin/docker run -p 80:80 nginx"), [{ host: 8080, guest: 80 }]);
  assert.deepEqual(guessPorts("variant: flatcar"), []);
});
