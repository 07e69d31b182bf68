import { test } from "node:test";
import assert from "node:assert/strict";
import { getLines, getValue, getValues, getWords, parseUnit, setLines, setValue, setWords, UNIT_SKELETON } from "../../../lib/unit-text";

const NGINX = `# nginx in a container
[Unit]
Description=NGINX example
After=docker.service
Requires=docker.service
; a comment between keys
[Service]
TimeoutStartSec=0
ExecStartPre=-/usr/bin/docker rm --force nginx1
ExecStart=/usr/bin/docker run --name nginx1 \\
  --net host docker.io/nginx:1
ExecStop=/usr/bin/docker stop nginx1
Restart=always

[Install]
WantedBy=multi-user.target
`;

test("parses sections and keys with their line ranges, continuations joined", () => {
  const u = parseUnit(NGINX);
  assert.deepEqual(
    u.sections.map((s) => [s.name, s.header, s.end]),
    [
      ["Unit", 1, 6],
      ["Service", 6, 14],
      ["Install", 14, 16],
    ],
  );
  const exec = u.entries.find((e) => e.key === "ExecStart")!;
  assert.equal(exec.section, "Service");
  assert.equal(exec.value, "/usr/bin/docker run --name nginx1 --net host docker.io/nginx:1");
  assert.deepEqual([exec.line, exec.endLine], [9, 11]);
  assert.equal(getValue(NGINX, "Unit", "Description"), "NGINX example");
  assert.equal(getValue(NGINX, "Service", "Description"), undefined);
  assert.deepEqual(getWords(NGINX, "Install", "WantedBy"), ["multi-user.target"]);
  // comments are not keys
  assert.ok(!u.entries.some((e) => e.key.startsWith(";") || e.key.startsWith("#")));
});

test("setting a value rewrites only its line; comments, blank lines and other keys stay", () => {
  const out = setValue(NGINX, "Unit", "Description", "Web server");
  assert.equal(out, NGINX.replace("Description=NGINX example", "Description=Web server"));
  // unchanged value: the very same text
  assert.equal(setValue(NGINX, "Unit", "Description", "NGINX example"), NGINX);
  // a continued value becomes one line
  const exec = setValue(NGINX, "Service", "ExecStart", "/usr/bin/true");
  assert.equal(exec, NGINX.replace("ExecStart=/usr/bin/docker run --name nginx1 \\\n  --net host docker.io/nginx:1", "ExecStart=/usr/bin/true"));
  // spaces around = are read, and only a rewritten line takes the plain form
  assert.equal(setValue("[Service]\nType = simple\nUser = core\n", "Service", "User", "web"), "[Service]\nType = simple\nUser=web\n");
});

test("a missing key is added after its section's keys, a missing section where systemd units have it", () => {
  assert.equal(setValue(NGINX, "Service", "User", "core"), NGINX.replace("Restart=always\n", "Restart=always\nUser=core\n"));
  // [Unit] goes first, [Install] last, others before [Install]; blank-line style followed
  assert.equal(setValue("[Service]\nExecStart=/bin/true\n", "Unit", "Description", "x"), "[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n");
  assert.equal(setValue("[Unit]\nDescription=x\n", "Install", "WantedBy", "multi-user.target"), "[Unit]\nDescription=x\n[Install]\nWantedBy=multi-user.target\n");
  assert.equal(
    setValue("[Unit]\nDescription=x\n\n[Install]\nWantedBy=multi-user.target\n", "Service", "Type", "oneshot"),
    "[Unit]\nDescription=x\n\n[Service]\nType=oneshot\n\n[Install]\nWantedBy=multi-user.target\n",
  );
  assert.equal(setValue("[Unit]\nDescription=x\n\n", "Install", "WantedBy", "a.target"), "[Unit]\nDescription=x\n\n[Install]\nWantedBy=a.target\n");
  // an empty text, and a text without a final newline
  assert.equal(setValue("", "Service", "ExecStart", "/bin/true"), "[Service]\nExecStart=/bin/true\n");
  assert.equal(setValue("[Unit]\nDescription=x", "Unit", "After", "a.service"), "[Unit]\nDescription=x\nAfter=a.service");
  // a section with only a header gets the key right under it
  assert.equal(setValue("[Unit]\n# notes\n[Service]\n", "Service", "Type", "simple"), "[Unit]\n# notes\n[Service]\nType=simple\n");
});

test("removing a key removes every assignment of it and nothing else", () => {
  assert.equal(setValue(NGINX, "Service", "Restart", undefined), NGINX.replace("Restart=always\n", ""));
  assert.equal(setValue(NGINX, "Service", "User", undefined), NGINX);
  // single-valued keys: the last assignment is the one set, the overridden ones go
  assert.equal(setValue("[Service]\nType=simple\n# x\nType=forking\n", "Service", "Type", "oneshot"), "[Service]\n# x\nType=oneshot\n");
});

test("one value per line: lines are rewritten in place, extra ones removed or appended", () => {
  const pre = "[Service]\nExecStartPre=/bin/a\n# keep me\nExecStartPre=/bin/b\nExecStart=/bin/main\n";
  assert.deepEqual(getValues(pre, "Service", "ExecStartPre"), ["/bin/a", "/bin/b"]);
  assert.equal(setLines(pre, "Service", "ExecStartPre", ["/bin/a", "/bin/B"]), pre.replace("/bin/b", "/bin/B"));
  assert.equal(setLines(pre, "Service", "ExecStartPre", ["/bin/a", "/bin/b", "/bin/c"]), pre.replace("ExecStartPre=/bin/b\n", "ExecStartPre=/bin/b\nExecStartPre=/bin/c\n"));
  assert.equal(setLines(pre, "Service", "ExecStartPre", ["/bin/a"]), "[Service]\nExecStartPre=/bin/a\n# keep me\nExecStart=/bin/main\n");
  assert.equal(setLines(pre, "Service", "ExecStartPre", []), "[Service]\n# keep me\nExecStart=/bin/main\n");
  assert.equal(setLines(pre, "Service", "Environment", ["A=1", 'B="two words"']), pre + 'Environment=A=1\nEnvironment=B="two words"\n');
  // an empty assignment (a reset, as in drop-ins) stays where it is
  const reset = "[Service]\nExecStart=\nExecStart=/bin/new\n";
  assert.equal(setLines(reset, "Service", "ExecStart", ["/bin/newer"]), "[Service]\nExecStart=\nExecStart=/bin/newer\n");
});

test("space-separated lists keep their lines and change only the words that changed", () => {
  const deps = "[Unit]\nAfter=network-online.target\nAfter=docker.service containerd.service\nWants=network-online.target\n";
  assert.deepEqual(getWords(deps, "Unit", "After"), ["network-online.target", "docker.service", "containerd.service"]);
  assert.equal(setWords(deps, "Unit", "After", ["network-online.target", "docker.service", "containerd.service"]), deps);
  assert.equal(setWords(deps, "Unit", "After", ["network-online.target", "docker.service"]), deps.replace("docker.service containerd.service", "docker.service"));
  assert.equal(setWords(deps, "Unit", "After", ["docker.service", "containerd.service"]), deps.replace("After=network-online.target\n", ""));
  assert.equal(setWords(deps, "Unit", "After", ["network-online.target", "docker.service", "containerd.service", "x.mount"]), deps.replace("containerd.service\n", "containerd.service x.mount\n"));
  assert.equal(setWords(deps, "Unit", "After", ["y.service"]), "[Unit]\nAfter=y.service\nWants=network-online.target\n");
  assert.equal(setWords(deps, "Unit", "After", []), "[Unit]\nWants=network-online.target\n");
  assert.equal(setWords(deps, "Unit", "Requires", ["docker.service"]), deps + "Requires=docker.service\n");
});

test("CRLF text keeps its line endings", () => {
  const crlf = "[Unit]\r\nDescription=a\r\n[Service]\r\nExecStart=/bin/a\r\n";
  assert.equal(setValue(crlf, "Unit", "Description", "b"), "[Unit]\r\nDescription=b\r\n[Service]\r\nExecStart=/bin/a\r\n");
  assert.equal(setValue(crlf, "Service", "User", "core"), "[Unit]\r\nDescription=a\r\n[Service]\r\nExecStart=/bin/a\r\nUser=core\r\n");
});

test("the skeleton of a new unit is a service enabled for multi-user.target", () => {
  assert.equal(getValue(UNIT_SKELETON, "Unit", "Description"), "");
  assert.equal(getValue(UNIT_SKELETON, "Service", "Type"), "simple");
  assert.deepEqual(getValues(UNIT_SKELETON, "Service", "ExecStart"), [""]);
  assert.deepEqual(getWords(UNIT_SKELETON, "Install", "WantedBy"), ["multi-user.target"]);
  // filling the skeleton's empty ExecStart= rewrites that line (it is the only one)
  assert.equal(setValue(UNIT_SKELETON, "Service", "ExecStart", "/usr/bin/echo hi"), UNIT_SKELETON.replace("ExecStart=\n", "ExecStart=/usr/bin/echo hi\n"));
});

test("an empty assignment at the end is a line to fill, one before others is a reset that stays", () => {
  assert.equal(setLines("[Service]\nExecStart=\n", "Service", "ExecStart", ["/bin/a"]), "[Service]\nExecStart=/bin/a\n");
  assert.equal(setLines("[Service]\nExecStart=\nExecStart=/bin/a\n", "Service", "ExecStart", []), "[Service]\nExecStart=\n");
  assert.deepEqual(getLines("[Service]\nExecStart=\nExecStart=/bin/a\n", "Service", "ExecStart"), ["/bin/a"]);
});
