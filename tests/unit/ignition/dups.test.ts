import { test } from "node:test";
import assert from "node:assert/strict";
import { validateDupsAndConfig } from "../../../lib/ignition/index";
import { config, lines } from "./helpers";

const dups = (version: string, partial: object) => lines(validateDupsAndConfig(version, config(version, partial)).dups);

test("files, directories and links share one set of paths: directories, then files, then links", () => {
  assert.deepEqual(
    dups("3.4.0", {
      storage: {
        links: [{ path: "/a", target: "/x" }, { path: "/c", target: "/x" }],
        files: [{ path: "/a" }, { path: "/b" }, { path: "/b" }],
        directories: [{ path: "/c" }, { path: "/a" }],
      },
    }),
    [
      "error $.storage.files.0: duplicate entry defined",
      "error $.storage.files.2: duplicate entry defined",
      "error $.storage.links.0: duplicate entry defined",
      "error $.storage.links.1: duplicate entry defined",
    ],
  );
});

test("keys per list: units, dropins, users, ssh keys, groups, partitions, raid/luks names, headers", () => {
  assert.deepEqual(
    dups("3.4.0", {
      systemd: { units: [{ name: "a.service", dropins: [{ name: "x.conf" }, { name: "x.conf" }] }, { name: "a.service" }] },
      passwd: { users: [{ name: "core", sshAuthorizedKeys: ["k", "k"], groups: ["g", "g"] }, { name: "core" }], groups: [{ name: "g" }, { name: "g" }] },
      storage: {
        disks: [{ device: "/d", partitions: [{ number: 1 }, { number: 1, label: "z" }, { label: "l" }, { label: "l" }, {}, {}] }, { device: "/d" }],
        files: [{ path: "/f", contents: { source: "https://a", httpHeaders: [{ name: "H" }, { name: "H" }] }, append: [{ source: "https://a" }, { source: "https://a" }] }],
        filesystems: [{ device: "/d", options: ["o", "o"] }],
      },
      kernelArguments: { shouldExist: ["a", "b"], shouldNotExist: ["b"] },
    }),
    [
      "error $.kernelArguments.shouldNotExist.0: duplicate entry defined",
      "error $.passwd.groups.1: duplicate entry defined",
      "error $.passwd.users.1: duplicate entry defined",
      "error $.passwd.users.0.groups.1: duplicate entry defined",
      "error $.passwd.users.0.sshAuthorizedKeys.1: duplicate entry defined",
      "error $.storage.disks.1: duplicate entry defined",
      "error $.storage.disks.0.partitions.1: duplicate entry defined",
      "error $.storage.disks.0.partitions.3: duplicate entry defined",
      "error $.storage.disks.0.partitions.5: duplicate entry defined",
      "error $.storage.files.0.contents.httpHeaders.1: duplicate entry defined",
      "error $.systemd.units.1: duplicate entry defined",
      "error $.systemd.units.0.dropins.1: duplicate entry defined",
    ],
  );
});

test("merge sources and CAs are keyed by source; luks options ignored but openOptions checked", () => {
  assert.deepEqual(
    dups("3.4.0", {
      ignition: { version: "3.4.0", config: { merge: [{}, {}] }, security: { tls: { certificateAuthorities: [{ source: "s" }, { source: "s" }] } } },
      storage: { luks: [{ name: "x", options: ["a", "a"], openOptions: ["b", "b"] }, { name: "x" }] },
    }),
    [
      "error $.ignition.config.merge.1: duplicate entry defined",
      "error $.ignition.security.tls.certificateAuthorities.1: duplicate entry defined",
      "error $.storage.luks.1: duplicate entry defined",
      "error $.storage.luks.0.openOptions.1: duplicate entry defined",
    ],
  );
});

test("3.0.0: filesystem options ignored, raid devices checked", () => {
  assert.deepEqual(
    dups("3.0.0", { storage: { raid: [{ name: "r", level: "1", devices: ["/a", "/a"], options: ["x", "x"] }] } }),
    ["error $.storage.raid.0.devices.1: duplicate entry defined"],
  );
});
