import { test } from "node:test";
import assert from "node:assert/strict";
import { validateConfig } from "../../../lib/ignition/index";
import { config, lines } from "./helpers";

const check = (version: string, partial: object) => lines(validateConfig(version, config(version, partial)));
const file = (path: string, contents: object = {}, extra: object = {}) => ({ path, contents, ...extra });

test("values with missing fields or null pointers are read as Go zero values", () => {
  assert.deepEqual(lines(validateConfig("3.4.0", { ignition: { version: "3.4.0" }, storage: { files: [{ path: "x", mode: null }] } })), [
    "error $.storage.files.0.path: path not absolute",
  ]);
});

test("paths: not specified, not absolute, not fully simplified", () => {
  assert.deepEqual(
    check("3.4.0", {
      storage: {
        files: [file(""), file("etc/x"), file("/etc//x"), file("/etc/x/"), file("/etc/./x"), file("/a/../b"), file("/ok")],
        directories: [{ path: "/srv/" }],
        links: [{ path: "rel", target: "/x" }],
      },
    }),
    [
      "error $.storage.directories.0.path: path is not fully simplified",
      "error $.storage.files.0.path: path not specified",
      "error $.storage.files.1.path: path not absolute",
      "error $.storage.files.2.path: path is not fully simplified",
      "error $.storage.files.3.path: path is not fully simplified",
      "error $.storage.files.4.path: path is not fully simplified",
      "error $.storage.files.5.path: path is not fully simplified",
      "error $.storage.links.0.path: path not absolute",
    ],
  );
});

test("URLs: parse failures, schemes, S3 version ids and ARNs", () => {
  const srcs = [
    "http://exa mple.com/file",
    "https://example.com/%zz",
    "ftp://example.com/file",
    "file:///etc/passwd",
    "configs/app.conf",
    "://example.com/x",
    "arn:aws:iam::123456789012:user/alice",
    "arn:aws:s3:::just-a-bucket",
    "arn:aws:s3:us-east-1:123456789012:accesspoint/only-ap",
    "arn:aws:s3:::bucket/key?versionId=",
    "s3://bucket/key?versionId=",
    "arn:aws:s3",
    "gs://bucket/obj",
    "tftp://host/f",
    "arn:aws:s3:::bucket/key",
    "HTTPS://EXAMPLE.COM/",
  ];
  const files = srcs.map((s, i) => file(`/f${i}`, { source: s }));
  const want = [
    "unable to parse url",
    "unable to parse url",
    "invalid url scheme",
    "invalid url scheme",
    "invalid url scheme",
    "unable to parse url",
    "invalid S3 ARN format",
    "invalid S3 ARN format",
    "invalid S3 ARN format",
    "invalid S3 object VersionId",
    "invalid S3 object VersionId",
    "invalid S3 ARN format",
  ].map((m, i) => `error $.storage.files.${i}.contents.source: ${m}`);
  assert.deepEqual(check("3.4.0", { storage: { files } }), want);
  // before 3.4.0 arn: is an unknown scheme; before 3.2.0 so is gs:
  const old = check("3.1.0", { storage: { files: [file("/a", { source: "arn:aws:s3:::b/k" }), file("/b", { source: "gs://b/o" })] } });
  assert.deepEqual(old, ["error $.storage.files.0.contents.source: invalid url scheme", "error $.storage.files.1.contents.source: invalid url scheme"]);
  assert.deepEqual(check("3.2.0", { storage: { files: [file("/b", { source: "gs://b/o" })] } }), []);
});

test("data URLs are decoded: their errors are reported as dataurl prints them", () => {
  const srcs = ["data:,hello%20world", "data:;base64,aGk=", "data:text/plain;charset=utf-8;base64,aGk=", "data:;base64,aGk", "data:,a b", "data:foo/bar,x", "data:text/plain;base65,x", "data:", "data:,%zz", "data:;base64,a===", "data:text/plain;charset=\"utf\\-8\",x"];
  const files = srcs.map((s, i) => file(`/f${i}`, { source: s }));
  assert.deepEqual(check("3.4.0", { storage: { files } }), [
    "error $.storage.files.3.contents.source: illegal base64 data at input byte 0",
    "error $.storage.files.4.contents.source: invalid data character",
    "error $.storage.files.5.contents.source: invalid media type",
    "error $.storage.files.6.contents.source: expected base64, got base65",
    "error $.storage.files.7.contents.source: missing comma before data",
    "error $.storage.files.8.contents.source: rfc2396: invalid char 0x25 in unescape sequence",
    "error $.storage.files.9.contents.source: illegal base64 data at input byte 1",
    // strconv.Unquote refuses the \- escape
    "error $.storage.files.10.contents.source: invalid syntax",
  ]);
});

test("verification hashes: malformed, unrecognized, wrong size; sha256 from 3.1.0", () => {
  const hashes = ["sha512:cf83e1357eefb8bd", "md5-d41d8cd98f00b204e9800998ecf8427e", "sha256-e3b0c442", "SHA256-" + "e".repeat(64), "", "sha256-" + "e".repeat(64), "sha512-" + "a".repeat(128)];
  const files = hashes.map((h, i) => file(`/f${i}`, { source: "https://x/y", verification: { hash: h } }));
  assert.deepEqual(check("3.1.0", { storage: { files } }), [
    "error $.storage.files.0.contents.verification.hash: malformed hash specifier",
    "error $.storage.files.1.contents.verification.hash: unrecognized hash function",
    "error $.storage.files.2.contents.verification.hash: incorrect size for hash sum",
    "error $.storage.files.3.contents.verification.hash: unrecognized hash function",
    "error $.storage.files.4.contents.verification.hash: malformed hash specifier",
  ]);
  assert.deepEqual(check("3.0.0", { storage: { files: [files[5]] } }), ["error $.storage.files.0.contents.verification.hash: unrecognized hash function"]);
  // a hash without a source: Resource's own error, then Verification's checks
  assert.deepEqual(check("3.4.0", { storage: { files: [file("/a", { verification: { hash: "md5-x" } })] } }), [
    "error $.storage.files.0.contents.verification.hash: source must be specified if verification is specified",
    "error $.storage.files.0.contents.verification.hash: unrecognized hash function",
  ]);
});

test("modes, special bits (warning before 3.6.0), overwrite, compression, owners", () => {
  const files = [
    file("/a", {}, { mode: 0o10000 }),
    file("/b", {}, { mode: -1 }),
    file("/c", {}, { mode: 0o4755 }),
    file("/d", {}, { overwrite: true }),
    file("/e", { compression: "xz", source: "https://x/y" }),
    file("/f", {}, { user: { id: 1, name: "core" }, group: { id: 1, name: "" } }),
  ];
  const want = (specialBits: boolean) => [
    "error $.storage.files.0.mode: illegal file mode",
    "error $.storage.files.1.mode: illegal file mode",
    // uint32(-1) has every bit set
    ...(specialBits ? ["warning $.storage.files.1.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0"] : []),
    ...(specialBits ? ["warning $.storage.files.2.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0"] : []),
    "error $.storage.files.3.overwrite: overwrite must be false if source is unspecified",
    "error $.storage.files.4.contents.compression: invalid compression method",
    "error $.storage.files.5.user: cannot set both id and name",
  ];
  assert.deepEqual(check("3.5.0", { storage: { files } }), want(true));
  assert.deepEqual(check("3.6.0", { storage: { files } }), want(false));
});

test("http headers", () => {
  const hdr = (name: string, value?: string) => (value === undefined ? { name } : { name, value });
  const files = [
    file("/a", { source: "s3://bucket/obj", httpHeaders: [hdr("X", "1")] }),
    file("/b", { httpHeaders: [hdr("X", "1")] }),
    file("/c", { source: "https://x/y", httpHeaders: [hdr("", "abc"), hdr("X-Empty", ""), hdr("X-Nil")] }),
  ];
  assert.deepEqual(check("3.4.0", { storage: { files } }), [
    "error $.storage.files.0.contents.httpHeaders: cannot use HTTP headers with this source scheme",
    "error $.storage.files.1.contents.httpHeaders: unable to parse url",
    "error $.storage.files.2.contents.httpHeaders.0.name: HTTP header name can't be empty",
    "error $.storage.files.2.contents.httpHeaders.1.value: unable to parse HTTP header",
  ]);
});

test("ignition section: version, merge sources, CAs, proxies", () => {
  const v = config("3.4.0", {
    ignition: {
      version: "3.4.0",
      config: { merge: [{}, { source: "ftp://x" }], replace: { compression: "bz2" } },
      security: { tls: { certificateAuthorities: [{ source: "" }] } },
      proxy: { httpProxy: "proxy.corp.example:3128", httpsProxy: "http://p:1", noProxy: ["a"] },
    },
  });
  assert.deepEqual(lines(validateConfig("3.4.0", v)), [
    "error $.ignition.config.merge.0: source is required",
    "error $.ignition.config.merge.1: invalid url scheme",
    "error $.ignition.config.merge.1.source: invalid url scheme",
    "error $.ignition.config.replace.compression: invalid compression method",
    "error $.ignition.proxy.httpProxy: proxies must be http(s)",
    "warning $.ignition.proxy.httpsProxy: insecure plaintext HTTP proxy specified for HTTPS resources",
    "error $.ignition.security.tls.certificateAuthorities.0: source is required",
  ]);
  (v.ignition as { version: string }).version = "3.3.0";
  assert.deepEqual(lines(validateConfig("3.4.0", v)).slice(0, 1), ["error $.ignition.version: unsupported config version"]);
  (v.ignition as { version: string }).version = "v3";
  assert.deepEqual(lines(validateConfig("3.4.0", v)).slice(0, 1), ["error $.ignition.version: invalid config version (couldn't parse)"]);
  assert.deepEqual(check("3.7.0-experimental", {}), []);
});

test("units and dropins: extensions, contents, install sections, templates, path conflicts", () => {
  const out = check("3.3.0", {
    systemd: {
      units: [
        { name: "a.service", enabled: true, contents: "[Service]\nExecStart=/bin/true\n" },
        { name: "b.srv", contents: "[Unit\n" },
        { name: "worker@.service", contents: "[Service]\nExecStart=/bin/w\n" },
        { name: "worker@x.service", enabled: true },
        { name: "c.service", dropins: [{ name: "d.txt", contents: "[Unit]x\n" }, { name: "e.conf", contents: "[Unit]\n" }] },
        { name: "m.service", enabled: true, contents: "" },
      ],
    },
    storage: { files: [file("/etc/systemd/system/a.service")], links: [{ path: "/etc/systemd/system/c.service.d/e.conf", target: "/x" }] },
  });
  assert.deepEqual(out, [
    "error $.storage.files.0.path: path conflicts with systemd unit or dropin",
    "error $.storage.links.0.path: path conflicts with systemd unit or dropin",
    "warning $.systemd.units.3.contents: template unit \"worker@.service\" for \"worker@x.service\" doesn't have Install section",
    'warning $.systemd.units.0.contents: unit "a.service" is enabled, but has no install section so enable does nothing',
    "error $.systemd.units.1.name: invalid systemd unit extension",
    "error $.systemd.units.1.contents: invalid unit content: unable to find end of section",
    'error $.systemd.units.4.dropins.0.contents: invalid unit content: found garbage after section name : "x"',
    "error $.systemd.units.4.dropins.0.name: invalid systemd drop-in extension",
  ]);
});

test("links: symlinks in paths, hard links to directories and with owners, missing targets from 3.3.0", () => {
  const storage = {
    directories: [{ path: "/l/d" }, { path: "/t" }],
    files: [file("/l/f")],
    links: [
      { path: "/l", target: "/x" },
      { path: "/l/sub", target: "/y" },
      { path: "/h", target: "/t", hard: true, user: { id: 0 }, group: { name: "g" } },
      { path: "/h2", hard: true },
    ],
  };
  assert.deepEqual(check("3.3.0", { storage }), [
    "error $.storage.directories.0: directory path includes link in config",
    "error $.storage.files.0: file path includes link in config",
    "error $.storage.links.1: link path includes link in config",
    "error $.storage.links.2: hard link target is a directory",
    "warning $.storage.links.2.user.id: user/group ignored for hard link",
    "warning $.storage.links.2.group.name: user/group ignored for hard link",
    "error $.storage.links.3.target: link target is required",
  ]);
  // from 3.3.0 every link needs a target, hard or not
  assert.deepEqual(check("3.3.0", { storage: { links: [{ path: "/s" }] } }), ["error $.storage.links.0.target: link target is required"]);
  // 3.2.0: target is a plain string, an empty one resolves to the link's own path
  assert.ok(!check("3.2.0", { storage }).some((l) => l.includes("target is required")));
});

test("disks and partitions", () => {
  const parts = [
    { number: 1, startMiB: 0, sizeMiB: 100 },
    { number: 1, label: "a:b" },
    { label: "x".repeat(37), guid: "nope", typeGuid: "0FC63DAF-8483-4772-8E79-3D69D8477DE4" },
    { number: 3, shouldExist: false, sizeMiB: 1 },
    { number: 4, startMiB: 10, sizeMiB: 10 },
    { number: 5, startMiB: 15, sizeMiB: 10, label: "dup" },
    { number: 6, label: "dup" },
    {},
  ];
  assert.deepEqual(check("3.4.0", { storage: { disks: [{ device: "" }, { device: "/dev/sda", partitions: parts }] } }), [
    "error $.storage.disks.0.device: disk device is required",
    "error $.storage.disks.1.partitions.1: partition numbers collide",
    "error $.storage.disks.1.partitions.5: partitions overlap",
    "error $.storage.disks.1.partitions: shouldExist is false for a partition and other partition(s) has start or size 0",
    "error $.storage.disks.1.partitions.6: cannot use the same partition label twice",
    "error $.storage.disks.1.partitions.1.label: partition label will be truncated to text before the colon",
    "error $.storage.disks.1.partitions.2.label: partition labels may not exceed 36 characters",
    'error $.storage.disks.1.partitions.2.guid: doesn\'t match the form "01234567-89AB-CDEF-EDCB-A98765432101"',
    "error $.storage.disks.1.partitions.3: shouldExist specified false with other options also specified",
    "error $.storage.disks.1.partitions.7: a partition number >= 1 or a label must be specified",
  ]);
});

test("filesystems: formats by version, labels, overwritten disks", () => {
  const fs = [
    { device: "/dev/a", format: "none" },
    { device: "/dev/b", label: "x" },
    { device: "/dev/c", mountOptions: ["ro"] },
    { device: "/dev/d", format: "ext4", label: "x".repeat(17) },
    { device: "/dev/e", format: "vfat", label: "x".repeat(12), path: "rel" },
    { device: "/dev/sda" },
    { device: "/dev/sdb" },
  ];
  const disks = [{ device: "/dev/sda", partitions: [{ number: 1 }] }, { device: "/dev/sdb", wipeTable: true }];
  const tail = [
    "error $.storage.filesystems.1.format: format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified",
    "error $.storage.filesystems.1.label: filesystem must specify format if label is specified",
    "error $.storage.filesystems.2.format: format cannot be empty when path, label, uuid, wipeFilesystem, options, or mountOptions is specified",
    "error $.storage.filesystems.3.label: filesystem labels cannot be longer than 16 characters when using ext4",
    "error $.storage.filesystems.4.path: path not absolute",
    "error $.storage.filesystems.4.label: filesystem labels cannot be longer than 11 characters when using vfat",
  ];
  const head = [
    "warning $.storage.filesystems.5.device: filesystem overwrites partitioned device",
    "warning $.storage.filesystems.6.device: device matches disk with wipeTable enabled; filesystem will be wiped",
  ];
  assert.deepEqual(check("3.3.0", { storage: { disks, filesystems: fs } }), [...head, ...tail]);
  assert.deepEqual(check("3.2.0", { storage: { disks, filesystems: fs } }), [
    ...head,
    "error $.storage.filesystems.0.format: invalid filesystem format",
    ...tail,
  ]);
});

test("raid levels and devices (level optional from 3.3.0)", () => {
  const raid = [
    { name: "a", level: "raid0", devices: ["/dev/a"], spares: 1 },
    { name: "b", level: "raid7", devices: ["dev/b"] },
    { name: "c", devices: ["/dev/c"] },
    { name: "d", level: "mirror" },
  ];
  assert.deepEqual(check("3.3.0", { storage: { raid } }), [
    "error $.storage.raid.0.level: spares unsupported for linear and raid0 arrays",
    "error $.storage.raid.1.level: unrecognized raid level",
    "error $.storage.raid.1.devices.0: path not absolute",
    "error $.storage.raid.2.level: raid level is required",
    "error $.storage.raid.3.devices: raid devices required",
  ]);
  assert.deepEqual(check("3.2.0", { storage: { raid } }).slice(2, 4), [
    "error $.storage.raid.1.devices.0: path not absolute",
    "error $.storage.raid.2.level: unrecognized raid level",
  ]);
});

test("luks, clevis, tang, cex", () => {
  const luks = [
    { name: "a/b", label: "x".repeat(48), keyFile: { source: "ftp://k" } },
    { name: "c", device: "/dev/c", clevis: { custom: { pin: "nope" }, tpm2: true } },
    { name: "d", device: "/dev/d", clevis: { custom: { needsNetwork: true }, tang: [{ url: "ftp://t", advertisement: "{" }] } },
    { name: "e", device: "/dev/e", cex: { enabled: true }, clevis: { tpm2: true }, keyFile: { source: "https://k" } },
  ];
  assert.deepEqual(check("3.5.0", { storage: { luks } }), [
    "error $.storage.luks.0.name: device names cannot contain slashes",
    "error $.storage.luks.0.label: luks device labels cannot be longer than 47 characters",
    "error $.storage.luks.0.device: disk device is required",
    "error $.storage.luks.0.keys: invalid key-file source",
    "error $.storage.luks.0.keyFile.source: invalid url scheme",
    "error $.storage.luks.1.clevis: cannot use custom clevis config with tpm2, tang, or threshold",
    "error $.storage.luks.1.clevis.custom.pin: unsupported clevis pin",
    "error $.storage.luks.1.clevis.custom.config: missing required custom clevis config",
    "error $.storage.luks.2.clevis.custom.pin: missing required custom clevis pin",
    "error $.storage.luks.2.clevis.custom.config: missing required custom clevis config",
    "error $.storage.luks.2.clevis.tang.0.url: invalid url scheme",
    "error $.storage.luks.2.clevis.tang.0.thumbprint: thumbprint is required",
    "error $.storage.luks.2.clevis.tang.0.advertisement: advertisement is not valid JSON",
    "error $.storage.luks.3.cex: cannot use cex with clevis",
    "error $.storage.luks.3.cex: cannot use key file with cex",
  ]);
  // the advertisement is read with json.Unmarshal into `any`: a float64 overflow fails too
  const adv = (a: string) => ({ name: "t", device: "/dev/t", clevis: { tang: [{ url: "http://t", thumbprint: "x", advertisement: a }] } });
  assert.deepEqual(check("3.4.0", { storage: { luks: [adv("[1e400]"), adv("1e300"), adv('{"a":[]}')] } }), [
    "error $.storage.luks.0.clevis.tang.0.advertisement: advertisement is not valid JSON",
  ]);
  // 3.6.0 accepts any custom pin name
  assert.ok(!check("3.6.0", { storage: { luks: [luks[1]] } }).some((l) => l.includes("unsupported clevis pin")));
  // 3.2.0: clevis and custom are pointers, custom's fields plain strings
  assert.deepEqual(check("3.2.0", { storage: { luks: [{ name: "c", device: "/dev/c", clevis: { custom: { pin: "x", config: "" } } }] } }), [
    "error $.storage.luks.0.clevis.custom.pin: unsupported clevis pin",
    "error $.storage.luks.0.clevis.custom.config: missing required custom clevis config",
  ]);
});
