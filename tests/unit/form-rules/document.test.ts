import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyNames } from "../../../lib/form-rules";

test("a user or group with an empty or missing name is an error at its name, with its line", () => {
  const text = 'variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n    - name: ""\n    - uid: 1001\n  groups:\n    - name: "  "\n';
  assert.deepEqual(emptyNames(text), [
    { level: "error", path: ["passwd", "users", 1, "name"], message: "user name is empty: Ignition cannot create a user without a name", line: 6, column: 13 },
    { level: "error", path: ["passwd", "users", 2], message: "user name is empty: Ignition cannot create a user without a name", line: 7, column: 7 },
    { level: "error", path: ["passwd", "groups", 0, "name"], message: "group name is empty: Ignition cannot create a group without a name", line: 9, column: 13 },
  ]);
});

test("named users and groups, other documents and broken YAML give nothing", () => {
  assert.deepEqual(emptyNames("passwd:\n  users:\n    - name: core\n  groups:\n    - name: web\n"), []);
  assert.deepEqual(emptyNames("storage:\n  files:\n    - path: /etc/motd\n"), []);
  assert.deepEqual(emptyNames("passwd:\n  users:\n    - name: [oops\n"), []);
});

test("adding a drop-in clears a unit's untouched skeleton and its enabled, nothing else", async () => {
  const { withoutUntouchedSkeleton } = await import("../../../lib/form-rules");
  const { UNIT_SKELETON } = await import("../../../lib/unit-text");
  const indented = UNIT_SKELETON.replace(/^(?=.)/gm, "        ");
  const doc = `variant: flatcar\nversion: 1.1.0\nsystemd:\n  units:\n    - name: docker.service # shipped\n      enabled: true\n      contents: |\n${indented}`;
  assert.equal(withoutUntouchedSkeleton(doc, ["systemd", "units", 0]), "variant: flatcar\nversion: 1.1.0\nsystemd:\n  units:\n    - name: docker.service # shipped\n");
  // contents the user wrote stay, and so does enabled
  const own = doc.replace("ExecStart=\n", "ExecStart=/usr/bin/true\n");
  assert.equal(withoutUntouchedSkeleton(own, ["systemd", "units", 0]), own);
});
