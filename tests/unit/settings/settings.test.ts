// Flatcar settings: each writes what Flatcar's docs prescribe, reads it back, edits it in place
// (comments elsewhere kept), and what it writes transpiles with no warning and no lint finding.
import assert from "node:assert/strict";
import { test } from "node:test";
import { transpile } from "../../../lib";
import { lintButane } from "../../../lib/lint";
import type { EditResult } from "../../../lib/doc";
import * as S from "../../../lib/settings";

const START = "# my machine\nvariant: flatcar\nversion: 1.1.0\n";

function ok(r: EditResult): string {
  assert.ok(r.ok, r.ok ? "" : r.error);
  return r.text;
}
const doc = (t: string) => S.docOf(t)!;

/** No error, no warning from the engine, no finding from Kindling's checks; returns the Ignition config. */
function clean(text: string): { storage?: { files?: { path: string; contents?: { source?: string } }[]; links?: { path: string; target: string }[] }; systemd?: { units?: { name: string; enabled?: boolean; contents?: string; dropins?: unknown[] }[] } } {
  const r = transpile(text);
  assert.equal(r.error, undefined, `${r.error}\n${text}`);
  assert.deepEqual(r.report, [], text);
  assert.deepEqual(lintButane(text, { engineReport: r.report }), [], text);
  return JSON.parse(r.output!);
}

test("hostname: written to /etc/hostname, read back, edited in place, removed", () => {
  let t = ok(S.writeHostname(START, "web-1"));
  assert.match(t, /^# my machine/);
  const ign = clean(t);
  assert.equal(ign.storage!.files![0].path, "/etc/hostname");
  assert.equal(ign.storage!.files![0].contents!.source, "data:,web-1");
  assert.equal(S.readHostname(doc(t)), "web-1");
  t = ok(S.writeHostname(t.replace("contents:", "# keep me\n      contents:"), "web-2.example.com"));
  assert.match(t, /# keep me/);
  assert.equal(S.readHostname(doc(t)), "web-2.example.com");
  assert.equal((t.match(/\/etc\/hostname/g) ?? []).length, 1, "edited, not added twice");
  assert.doesNotMatch(ok(S.writeHostname(t, "")), /hostname/);
  for (const bad of ["-web", "web_1", "a..b", "x".repeat(65)]) assert.ok(S.checkHostname(bad), bad);
  assert.equal(S.writeHostname(START, "bad_name").ok, false);
});

test("timezone: /etc/localtime links into zoneinfo; the zone list is validated", () => {
  const t = ok(S.writeTimezone(START, "Europe/Berlin"));
  const ign = clean(t);
  assert.deepEqual(ign.storage!.links!.map((l) => [l.path, l.target]), [["/etc/localtime", "../usr/share/zoneinfo/Europe/Berlin"]]);
  assert.match(t, /overwrite: true/);
  assert.equal(S.readTimezone(doc(t)), "Europe/Berlin");
  const t2 = ok(S.writeTimezone(t, "America/New_York"));
  assert.equal(S.readTimezone(doc(t2)), "America/New_York");
  assert.equal((t2.match(/localtime/g) ?? []).length, 1);
  assert.ok(S.TIME_ZONES.includes("UTC") && S.TIME_ZONES.length > 400);
  assert.match(S.checkTimezone("europe/berlin")!, /did you mean Europe\/Berlin/);
  assert.equal(S.writeTimezone(START, "Mars/Olympus").ok, false);
  assert.doesNotMatch(ok(S.writeTimezone(t2, "")), /localtime/);
});

test("updates: update.conf keys, edited line by line, comments kept", () => {
  const t = ok(S.writeUpdates(START, { group: "beta", strategy: "reboot", windowStart: "Thu 04:00", windowLength: "1h" }));
  clean(t);
  assert.match(t, /GROUP=beta\n\s*REBOOT_STRATEGY=reboot\n\s*LOCKSMITHD_REBOOT_WINDOW_START=Thu 04:00\n\s*LOCKSMITHD_REBOOT_WINDOW_LENGTH=1h\n/);
  assert.deepEqual(S.readUpdates(doc(t)), { group: "beta", strategy: "reboot", windowStart: "Thu 04:00", windowLength: "1h" });
  const commented = t.replace("GROUP=beta", "# channel\n          GROUP=beta");
  const t2 = ok(S.writeUpdates(commented, { group: "stable", strategy: "off" }));
  assert.match(t2, /# channel\n\s*GROUP=stable\n\s*REBOOT_STRATEGY=off\n/);
  assert.doesNotMatch(t2, /WINDOW/);
  clean(t2);
  assert.doesNotMatch(ok(S.writeUpdates(t, {})), /update\.conf/, "nothing left: the file goes");
  assert.match(S.checkUpdates({ strategy: "best-effort" })!, /not a reboot strategy/);
  assert.match(S.checkUpdates({ windowStart: "Thu 04:00" })!, /both/);
  assert.ok(S.checkWindowStart("Someday 04:00"));
  assert.ok(S.checkWindowStart("25:00"));
  assert.equal(S.checkWindowStart("04:30"), undefined);
  assert.ok(S.checkWindowLength("1 hour"));
  assert.equal(S.checkWindowLength("1h30m"), undefined);
});

test("network: a .network file for systemd-networkd, validated, edited key by key", () => {
  const n = { file: "00-eth0.network", match: "eth0", addresses: ["192.168.1.10/24", "2001:db8::10/64"], gateway: "192.168.1.1", dns: ["1.1.1.1", "2606:4700:4700::1111"] };
  const t = ok(S.writeNetwork(START, n));
  clean(t);
  assert.match(t, /path: \/etc\/systemd\/network\/00-eth0\.network/);
  assert.match(t, /\[Match\]\n\s*Name=eth0\n\n\s*\[Network\]\n\s*Address=192\.168\.1\.10\/24\n\s*Address=2001:db8::10\/64\n\s*Gateway=192\.168\.1\.1\n\s*DNS=1\.1\.1\.1\n/);
  assert.deepEqual(S.readNetworks(doc(t)), [n]);
  const withExtra = t.replace("Gateway=192.168.1.1", "Gateway=192.168.1.1\n          LinkLocalAddressing=no");
  const t2 = ok(S.writeNetwork(withExtra, { ...n, addresses: ["10.0.0.5/8"], dns: [] }));
  assert.match(t2, /LinkLocalAddressing=no/, "other keys stay");
  assert.doesNotMatch(t2, /DNS=|192\.168\.1\.10/);
  assert.deepEqual(S.readNetworks(doc(t2))[0].addresses, ["10.0.0.5/8"]);
  clean(t2);
  assert.match(S.checkCidr("192.168.1.10")!, /prefix length/);
  assert.match(S.checkCidr("192.168.1.300/24")!, /not an IPv4 or IPv6/);
  assert.match(S.checkCidr("10.0.0.1/33")!, /prefix length for IPv4/);
  assert.equal(S.checkCidr("fe80::1/64"), undefined);
  assert.ok(S.checkIp("1.2.3"));
  assert.ok(S.checkIp("2001:db8:::1"));
  assert.equal(S.writeNetwork(START, { ...n, gateway: "gateway" }).ok, false);
  assert.equal(S.writeNetwork(START, { ...n, file: "eth0.conf" }).ok, false);
});

test("swap: a unit that makes the file once and an enabled .swap unit named after its path", () => {
  const t = ok(S.writeSwap(START, { path: "/var/vm/swapfile1", size: "1024M" }));
  const ign = clean(t);
  const names = ign.systemd!.units!.map((u) => u.name);
  assert.deepEqual(names, ["mkswap-var-vm-swapfile1.service", "var-vm-swapfile1.swap"]);
  const maker = ign.systemd!.units![0].contents!;
  assert.match(maker, /ConditionPathExists=!\/var\/vm\/swapfile1/);
  assert.match(maker, /ExecStart=fallocate -l 1024M \/var\/vm\/swapfile1\nExecStart=chmod 600 \/var\/vm\/swapfile1\nExecStart=mkswap \/var\/vm\/swapfile1/);
  assert.equal(ign.systemd!.units![1].enabled, true);
  assert.match(ign.systemd!.units![1].contents!, /\[Swap\]\nWhat=\/var\/vm\/swapfile1/);
  assert.deepEqual(S.readSwap(doc(t)), { path: "/var/vm/swapfile1", size: "1024M" });
  const t2 = ok(S.writeSwap(t, { path: "/var/swap-2", size: "2G" }));
  assert.deepEqual(S.readSwap(doc(t2)), { path: "/var/swap-2", size: "2G" });
  assert.doesNotMatch(t2, /swapfile1/, "the old units go");
  assert.match(t2, /name: var-swap\\x2d2\.swap/);
  clean(t2);
  assert.equal(S.escapePath("/var/vm/swap file"), "var-vm-swap\\x20file");
  assert.ok(S.checkSwapPath("/home/swap"));
  assert.ok(S.checkSwapSize("lots"));
  assert.doesNotMatch(ok(S.removeSwap(t2, "/var/swap-2")), /swap/);
});

test("sysext: the bakery image, its link, and sysupdate when asked", () => {
  const s = { name: "wasmtime", version: "24.0.0", arch: "x86-64", sysupdate: false };
  const t = ok(S.writeSysext(START, s));
  const ign = clean(t);
  assert.deepEqual(ign.storage!.files!.map((f) => [f.path, f.contents!.source]), [["/opt/extensions/wasmtime/wasmtime-24.0.0-x86-64.raw", "https://extensions.flatcar.org/extensions/wasmtime-24.0.0-x86-64.raw"]]);
  assert.deepEqual(ign.storage!.links!.map((l) => [l.path, l.target]), [["/etc/extensions/wasmtime.raw", "/opt/extensions/wasmtime/wasmtime-24.0.0-x86-64.raw"]]);
  assert.deepEqual(S.readSysexts(doc(t)), [s]);
  const up = ok(S.writeSysext(t, { ...s, version: "25.0.1", sysupdate: true }));
  const ign2 = clean(up);
  assert.deepEqual(ign2.storage!.files!.map((f) => f.path), ["/opt/extensions/wasmtime/wasmtime-25.0.1-x86-64.raw", "/etc/sysupdate.wasmtime.d/wasmtime.conf", "/etc/sysupdate.d/noop.conf"]);
  assert.deepEqual(ign2.systemd!.units!.map((u) => [u.name, u.enabled]), [["systemd-sysupdate.timer", true], ["systemd-sysupdate.service", undefined]]);
  assert.match(up, /systemd-sysupdate -C wasmtime update/);
  assert.deepEqual(S.readSysexts(doc(up)), [{ ...s, version: "25.0.1", sysupdate: true }]);
  const two = ok(S.writeSysext(up, { name: "kubernetes", version: "v1.30.4", arch: "arm64", sysupdate: true }));
  clean(two);
  const back = ok(S.writeSysext(two, { ...s, version: "25.0.1", sysupdate: false }));
  assert.doesNotMatch(back, /sysupdate\.wasmtime|wasmtime\.conf/);
  assert.match(back, /noop\.conf/, "still used by kubernetes");
  clean(back);
  const gone = ok(S.removeSysext(ok(S.removeSysext(back, "wasmtime")), "kubernetes"));
  assert.doesNotMatch(gone, /extensions|sysupdate/);
  assert.ok(S.checkSysext({ ...s, name: "Bad Name" }));
  assert.ok(S.checkSysext({ ...s, arch: "amd64" }));
});

test("reading the templates' own settings back", async () => {
  const { readFileSync } = await import("node:fs");
  const net = readFileSync("templates/static-network/config.bu", "utf8");
  assert.deepEqual(S.readNetworks(doc(net))[0], { file: "00-static.network", match: "eth0", addresses: ["192.168.122.50/24"], gateway: "192.168.122.1", dns: ["192.168.122.1", "9.9.9.9"] });
  assert.equal(S.readHostname(doc(net)), "static-node");
  assert.deepEqual(S.readUpdates(doc(readFileSync("templates/updates/config.bu", "utf8"))), { group: "stable", strategy: "reboot", windowStart: "Thu 04:00", windowLength: "1h" });
  assert.deepEqual(S.readSysexts(doc(readFileSync("templates/sysext/config.bu", "utf8"))), [{ name: "wasmtime", version: "v31.0.0", arch: "x86-64", sysupdate: false }]);
});
