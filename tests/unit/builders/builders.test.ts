// The builders: each field checked with its own message; the units they write are what Flatcar's
// docs prescribe; the Butane they make transpiles with no warning and no Kindling finding; Exec
// arguments survive systemd's command-line parsing unchanged.
import assert from "node:assert/strict";
import { test } from "node:test";
import { transpile } from "../../../lib";
import { addUnits, buildContainer, buildFirstBoot, buildTimer, nameFromImage, type BuiltUnit } from "../../../lib/builders";
import { checkContainerName, checkEnv, checkImage, checkPort, checkVolume, type ContainerInput } from "../../../lib/builders/container";
import { quoteExecArg, splitExecLine, splitShellWords } from "../../../lib/builders/exec";
import { getLines, getValue, getValues, getWords } from "../../../lib/unit-text";
import { lintButane } from "../../../lib/lint";

const HEAD = "variant: flatcar\nversion: 1.1.0\n";

/** Adds the units to a document, transpiles it; no warning, no error, no lint finding allowed. */
function clean(units: BuiltUnit[], head = HEAD) {
  const r = addUnits(head, units);
  assert.ok(r.ok);
  const out = transpile(r.text);
  assert.deepEqual(out.report, [], JSON.stringify(out.report));
  assert.deepEqual(lintButane(r.text, { engineReport: out.report }), []);
  const ign = JSON.parse(out.output!) as { systemd: { units: { name: string; enabled?: boolean; contents: string }[] } };
  return { text: r.text, units: ign.systemd.units };
}

const CONTAINER: ContainerInput = { image: "docker.io/library/nginx:1.27", name: "web", ports: "8080:80\n127.0.0.1:5353:53/udp", volumes: "/srv/www:/usr/share/nginx/html:ro\ncache:/var/cache/nginx", env: "GREETING=hello world\nPRICE=$5 is 100%\nQUOTE=say \"hi\"", restart: "always", user: "101:101" };

test("container: the unit Flatcar's docs describe, enabled, transpiling cleanly", () => {
  const r = buildContainer(CONTAINER);
  assert.deepEqual(r.errors, {});
  const [u] = r.units;
  assert.equal(u.name, "web.service");
  assert.equal(u.enabled, true);
  assert.deepEqual(getWords(u.contents, "Unit", "After"), ["docker.service"]);
  assert.deepEqual(getWords(u.contents, "Unit", "Requires"), ["docker.service"]);
  assert.deepEqual(getLines(u.contents, "Service", "ExecStartPre"), ["-/usr/bin/docker rm --force web"]);
  assert.deepEqual(getLines(u.contents, "Service", "ExecStop"), ["/usr/bin/docker stop web"]);
  assert.equal(getValue(u.contents, "Service", "Restart"), "always");
  assert.deepEqual(getWords(u.contents, "Install", "WantedBy"), ["multi-user.target"]);
  const argv = splitExecLine(getValue(u.contents, "Service", "ExecStart")!);
  assert.deepEqual(argv, [
    "/usr/bin/docker", "run", "--rm", "--name", "web",
    "--publish", "8080:80", "--publish", "127.0.0.1:5353:53/udp",
    "--volume", "/srv/www:/usr/share/nginx/html:ro", "--volume", "cache:/var/cache/nginx",
    "--env", "GREETING=hello world", "--env", "PRICE=$5 is 100%", "--env", 'QUOTE=say "hi"',
    "--user", "101:101", "docker.io/library/nginx:1.27",
  ]);
  const { units } = clean(r.units);
  assert.equal(units[0].name, "web.service");
  assert.equal(units[0].enabled, true);
  assert.equal(units[0].contents, u.contents);
});

test("container: a clear message per field", () => {
  const r = buildContainer({ image: "Nginx:latest", name: "-x", ports: "8080:80\n80:70000", volumes: "data", env: "1X=2", restart: "sometimes", user: "a b", existingUnits: [] });
  assert.match(r.errors.image!, /lowercase/);
  assert.match(r.errors.name!, /starts with a letter or digit/);
  assert.match(r.errors.ports!, /^Line 2: Container port "70000" is not a port number/);
  assert.match(r.errors.volumes!, /HOST:CONTAINER/);
  assert.match(r.errors.env!, /"1X" is not a variable name/);
  assert.match(r.errors.restart!, /always, on-failure/);
  assert.match(r.errors.user!, /user name or number/);
  assert.match(buildContainer({ ...CONTAINER, existingUnits: ["web.service"] }).errors.unitName!, /already has a unit named web\.service/);
  assert.match(buildContainer({ ...CONTAINER, unitName: "web.timer" }).errors.unitName!, /must end in \.service/);
  assert.match(buildContainer({ ...CONTAINER, image: "" }).errors.image!, /Name the image/);
});

test("container: a command after the image, typed as in a shell, reaches the program word for word", () => {
  const r = buildContainer({ ...CONTAINER, image: "docker.io/library/redis:7", name: "cache", ports: "", volumes: "", env: "", user: "", command: `redis-server --save "" --appendonly yes --requirepass 'p@ss w%rd$1'` });
  assert.deepEqual(r.errors, {});
  const argv = splitExecLine(getValue(r.units[0].contents, "Service", "ExecStart")!);
  assert.deepEqual(argv.slice(argv.indexOf("docker.io/library/redis:7")), ["docker.io/library/redis:7", "redis-server", "--save", "", "--appendonly", "yes", "--requirepass", "p@ss w%rd$1"]);
  clean(r.units);
  const shell = buildContainer({ ...CONTAINER, command: `sh -c 'while true; do date; sleep 5; done'` });
  assert.deepEqual(splitExecLine(getValue(shell.units[0].contents, "Service", "ExecStart")!).slice(-3), ["sh", "-c", "while true; do date; sleep 5; done"]);
  // no command: the image's own
  assert.equal(splitExecLine(getValue(buildContainer(CONTAINER).units[0].contents, "Service", "ExecStart")!).at(-1), "docker.io/library/nginx:1.27");
});

test("container command: an unclosed quote or a shell operator is refused with the reason", () => {
  assert.match(buildContainer({ ...CONTAINER, command: `echo "hi` }).errors.command!, /double quote at character 6 is not closed/);
  assert.match(buildContainer({ ...CONTAINER, command: "cat /etc/os-release | grep ID" }).errors.command!, /"\|" would reach the program as a word.*sh -c/);
  assert.equal(buildContainer({ ...CONTAINER, command: `grep "|" file` }).errors.command, undefined);
});

test("shell words: quotes, escapes and blanks as a shell reads them", () => {
  const words = (line: string) => {
    const r = splitShellWords(line);
    assert.ok("words" in r, line);
    return r.words;
  };
  assert.deepEqual(words("  a   b\tc\n d "), ["a", "b", "c", "d"]);
  assert.deepEqual(words(String.raw`a\ b "c d" 'e "f"' "g \"h\" \\ \$x \n" it\'s`), ["a b", "c d", 'e "f"', String.raw`g "h" \ $x \n`, "it's"]);
  assert.deepEqual(words(`x"y"'z'`), ["xyz"]);
  assert.deepEqual(words(`"" ''`), ["", ""]);
  assert.deepEqual(words(""), []);
  assert.match((splitShellWords("a 'b") as { error: string }).error, /single quote at character 3/);
});

test("image references: docker's grammar", () => {
  for (const ok of ["nginx", "nginx:1.27", "library/nginx", "docker.io/library/nginx:1.27-alpine", "ghcr.io/owner/app:v1.2.3", "localhost:5000/app", "registry.example.com:5000/team/app_x:latest", "quay.io/a/b@sha256:" + "a".repeat(64), "nginx:1@sha256:" + "0".repeat(64)]) {
    assert.equal(checkImage(ok), undefined, ok);
  }
  assert.match(checkImage("nginx:")!, /Not an image reference|not a valid tag/);
  assert.match(checkImage("nginx:-x")!, /not a valid tag/);
  assert.match(checkImage("nginx@sha256:xyz")!, /not a digest/);
  assert.match(checkImage("my app")!, /no spaces/);
  assert.match(checkImage("ghcr.io/Owner/app")!, /lowercase/);
});

test("ports, volumes, env and names", () => {
  for (const ok of ["8080:80", "53:53/udp", "0.0.0.0:443:443/tcp", "[::1]:8080:80", "8000-8010:8000-8010", "9000:9000/sctp"]) assert.equal(checkPort(ok), undefined, ok);
  assert.match(checkPort("80")!, /random host port/);
  assert.match(checkPort("8080:80/icmp")!, /tcp, udp or sctp/);
  assert.match(checkPort("0:80")!, /Host port "0"/);
  assert.match(checkPort("8000-8010:80-81")!, /different lengths/);
  assert.match(checkPort("300.1.1.1:80:80")!, /not an IPv4 address/);
  for (const ok of ["/srv:/data", "/srv:/data:ro", "named_vol:/data:rw,z"]) assert.equal(checkVolume(ok), undefined, ok);
  assert.match(checkVolume("/srv:data")!, /must be absolute/);
  assert.match(checkVolume("/srv:/data:readonly")!, /"readonly" is not a mount option/);
  assert.match(checkVolume("./x:/data")!, /neither an absolute host path/);
  assert.equal(checkEnv("A_1=x=y"), undefined);
  assert.match(checkEnv("NOVALUE")!, /has no =/);
  assert.equal(checkContainerName("web-1"), undefined);
  assert.match(checkContainerName("a")!, /at least two characters/);
  assert.equal(nameFromImage("ghcr.io/owner/my-app:1.2@sha256:" + "a".repeat(64)), "my-app");
});

test("quoting: every argument comes back unchanged from systemd's parser", () => {
  const tricky = ["plain", "two words", "", "tab\there", "new\nline", 'say "hi"', "it's", "back\\slash", "$HOME", "${X}", "100%", "%n", ";", "a;b", "*", "~user", "#not-a-comment", "ünïcode ✓"];
  for (const arg of tricky) {
    const q = quoteExecArg(arg);
    assert.deepEqual(splitExecLine(`/bin/echo ${q}`), ["/bin/echo", arg], `${arg} → ${q}`);
    assert.ok(!/(^|[^$])\$[^$]/.test(q.replace(/\$\$/g, "")), `no live $ in ${q}`);
  }
  assert.equal(quoteExecArg("--name"), "--name");
  assert.equal(quoteExecArg("$5"), '"$$5"');
});

test("first boot: oneshot with a done-marker, network and docker ordering when asked", () => {
  const r = buildFirstBoot({ unitName: "setup.service", description: "Join the cluster", commands: "curl -fsSL https://example.com/join | sh\n# a comment line\necho \"$HOSTNAME\" > /etc/joined\ndocker pull busybox", marker: "", network: true });
  assert.deepEqual(r.errors, {});
  const c = r.units[0].contents;
  assert.equal(getValue(c, "Service", "Type"), "oneshot");
  assert.equal(getValue(c, "Service", "RemainAfterExit"), "yes");
  assert.equal(getValue(c, "Unit", "ConditionPathExists"), "!/var/lib/setup.done");
  assert.deepEqual(getLines(c, "Service", "ExecStartPost"), ["/usr/bin/touch /var/lib/setup.done"]);
  assert.deepEqual(getWords(c, "Unit", "Wants"), ["network-online.target"]);
  assert.deepEqual(getWords(c, "Unit", "After"), ["network-online.target", "docker.service"]);
  assert.deepEqual(getWords(c, "Unit", "Requires"), ["docker.service"]);
  assert.deepEqual(getValues(c, "Service", "ExecStart").map(splitExecLine), [
    ["/bin/sh", "-c", "curl -fsSL https://example.com/join | sh"],
    ["/bin/sh", "-c", 'echo "$HOSTNAME" > /etc/joined'],
    ["/bin/sh", "-c", "docker pull busybox"],
  ]);
  assert.deepEqual(getWords(c, "Install", "WantedBy"), ["multi-user.target"]);
  clean(r.units);
});

test("first boot: no network ordering unless asked; marker in a subfolder; field messages", () => {
  const r = buildFirstBoot({ unitName: "once.service", description: "", commands: "/opt/bin/init.sh", marker: "kindling/once.done", network: false });
  assert.deepEqual(r.errors, {});
  const c = r.units[0].contents;
  assert.equal(getValue(c, "Unit", "After"), undefined);
  assert.equal(getValue(c, "Unit", "ConditionPathExists"), "!/var/lib/kindling/once.done");
  assert.deepEqual(getLines(c, "Service", "ExecStartPost"), ["/usr/bin/mkdir -p /var/lib/kindling", "/usr/bin/touch /var/lib/kindling/once.done"]);
  clean(r.units);
  const bad = buildFirstBoot({ unitName: "once", description: "", commands: "  \n", marker: "../etc/x", network: false });
  assert.match(bad.errors.unitName!, /\.service/);
  assert.match(bad.errors.commands!, /at least one command/);
  assert.match(bad.errors.marker!, /under \/var\/lib/);
});

test("timer: a .service and an enabled .timer with OnCalendar and Persistent", () => {
  const r = buildTimer({ name: "backup", description: "Nightly backup", commands: "/opt/bin/backup.sh --to /mnt/backup", onCalendar: "Mon..Fri  02:00", persistent: true, network: true });
  assert.deepEqual(r.errors, {});
  const [svc, tmr] = r.units;
  assert.equal(svc.name, "backup.service");
  assert.equal(svc.enabled, undefined);
  assert.equal(getValue(svc.contents, "Service", "Type"), "oneshot");
  assert.equal(getValue(svc.contents, "Install", "WantedBy"), undefined);
  assert.equal(tmr.name, "backup.timer");
  assert.equal(tmr.enabled, true);
  assert.equal(getValue(tmr.contents, "Timer", "OnCalendar"), "Mon..Fri 02:00");
  assert.equal(getValue(tmr.contents, "Timer", "Persistent"), "true");
  assert.deepEqual(getWords(tmr.contents, "Install", "WantedBy"), ["timers.target"]);
  assert.equal(r.schedule?.normalized, "Mon..Fri *-*-* 02:00:00");
  const { units } = clean(r.units);
  assert.deepEqual(units.map((u) => [u.name, u.enabled]), [["backup.service", undefined], ["backup.timer", true]]);
  const plain = buildTimer({ name: "tick.timer", description: "", commands: "date", onCalendar: "*:0/15", persistent: false, network: false });
  assert.equal(getValue(plain.units[1].contents, "Timer", "Persistent"), undefined);
  assert.equal(plain.units[1].name, "tick.timer");
});

test("timer: a wrong schedule or a taken name says so", () => {
  assert.match(buildTimer({ name: "x", description: "", commands: "date", onCalendar: "Mon 25:00", persistent: false, network: false }).errors.onCalendar!, /Hour 25/);
  assert.match(buildTimer({ name: "x", description: "", commands: "date", onCalendar: "daily", persistent: false, network: false, existingUnits: ["x.timer"] }).errors.name!, /already has a unit named x\.timer/);
  assert.match(buildTimer({ name: "", description: "", commands: "", onCalendar: "", persistent: false, network: false }).errors.name!, /Name the job/);
});

test("units are appended to an existing document, comments kept", () => {
  const head = HEAD + "# my machine\nsystemd:\n  units:\n    - name: hello.service  # keep me\n      enabled: true\n      contents: |\n        [Service]\n        ExecStart=/usr/bin/echo hi\n        [Install]\n        WantedBy=multi-user.target\n";
  const { text, units } = clean(buildTimer({ name: "job", description: "", commands: "date", onCalendar: "hourly", persistent: false, network: false }).units, head);
  assert.ok(text.includes("# my machine") && text.includes("# keep me"));
  assert.deepEqual(units.map((u) => u.name), ["hello.service", "job.service", "job.timer"]);
});
