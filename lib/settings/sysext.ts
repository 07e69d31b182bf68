// System extensions from the Flatcar sysext bakery (https://flatcar.github.io/sysext-bakery/):
// the image is downloaded to /opt/extensions/<name>/ and linked as /etc/extensions/<name>.raw,
// which systemd-sysext merges at boot. With updates, systemd-sysupdate fetches newer images
// (its transfer file /etc/sysupdate.<name>.d/<name>.conf, the timer, and a drop-in that asks
// for a reboot when the image changed), as the bakery's own snippets do.
import type { Document } from "yaml";
import { readString, type EditResult } from "../doc";
import { chain, indexOfPath, removeDropin, removeStorage, removeUnit, storageEntries, upsertDropin, upsertLink, upsertSourceFile, upsertUnit, docOf } from "./entries";

export const BAKERY_URL = "https://extensions.flatcar.org/extensions";
export const SYSEXT_ARCHES = ["x86-64", "arm64"] as const;
/** Extensions the bakery publishes (a name outside this list is allowed: a bakery of your own). */
export const BAKERY_EXTENSIONS = ["cilium", "containerd", "crio", "docker", "docker-compose", "k3s", "keepalived", "kubernetes", "llamaedge", "nebula", "nvidia-runtime", "ollama", "rke2", "tailscale", "wasmcloud", "wasmedge", "wasmtime", "zfs"];

export interface Sysext {
  name: string;
  version: string;
  arch: string;
  /** Keep it updated with systemd-sysupdate. */
  sysupdate: boolean;
}

const imageName = (s: Sysext) => `${s.name}-${s.version}-${s.arch}.raw`;
export const imagePath = (s: Sysext) => `/opt/extensions/${s.name}/${imageName(s)}`;
export const linkPath = (name: string) => `/etc/extensions/${name}.raw`;
const transferPath = (name: string) => `/etc/sysupdate.${name}.d/${name}.conf`;
const NOOP_PATH = "/etc/sysupdate.d/noop.conf";
const SYSUPDATE = "systemd-sysupdate.service";

export function checkSysext(s: Sysext): string | undefined {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(s.name)) return `"${s.name}" is not an extension name (lower-case letters, digits, - and _), e.g. wasmtime.`;
  if (s.version === "") return "Give the image's version, e.g. 24.0.0 (each extension's release in the bakery lists them).";
  if (!/^v?[0-9][A-Za-z0-9.+_-]*$/.test(s.version)) return `"${s.version}" is not a version as the bakery names them, e.g. 24.0.0 or v1.30.4.`;
  if (!(SYSEXT_ARCHES as readonly string[]).includes(s.arch)) return `"${s.arch}" is not an architecture of the bakery: x86-64 or arm64.`;
  return undefined;
}

/** The extensions the config links in /etc/extensions, read from their link targets. */
export function readSysexts(doc: Document): Sysext[] {
  return storageEntries(doc, "links").flatMap((e) => {
    const m = /^\/etc\/extensions\/([^/]+)\.raw$/.exec(e.path);
    if (!m) return [];
    const target = readString(doc, ["storage", "links", e.index, "target"]) ?? "";
    const name = m[1];
    const t = new RegExp(`^/opt/extensions/${name}/${name}-(.+)-(x86-64|arm64)\\.raw$`).exec(target);
    return [{ name, version: t?.[1] ?? "", arch: t?.[2] ?? "x86-64", sysupdate: indexOfPath(doc, "files", transferPath(name)) >= 0 }];
  });
}

function dropin(name: string): string {
  return `[Service]
ExecStartPre=/usr/bin/sh -c "readlink --canonicalize /etc/extensions/${name}.raw > /tmp/${name}"
ExecStartPre=/usr/lib/systemd/systemd-sysupdate -C ${name} update
ExecStartPost=/usr/bin/sh -c "readlink --canonicalize /etc/extensions/${name}.raw > /tmp/${name}-new"
ExecStartPost=/usr/bin/sh -c "if ! cmp --silent /tmp/${name} /tmp/${name}-new; then touch /run/reboot-required; fi"
`;
}

/** Adds or updates one extension (an older image of the same name is replaced). */
export function writeSysext(text: string, s: Sysext): EditResult {
  const bad = checkSysext(s);
  if (bad) return { ok: false, error: bad };
  const doc = docOf(text);
  if (!doc) return { ok: false, error: "The document has a YAML error; fix it in the Code view first." };
  const old = readSysexts(doc).find((x) => x.name === s.name);
  return chain(
    text,
    (t) => (old && old.version && imagePath(old) !== imagePath(s) ? removeStorage(t, "files", imagePath(old)) : { ok: true, text: t }),
    (t) => upsertSourceFile(t, imagePath(s), `${BAKERY_URL}/${imageName(s)}`, { mode: 0o644 }),
    (t) => upsertLink(t, linkPath(s.name), imagePath(s)),
    ...(s.sysupdate
      ? [
          (t: string) => upsertSourceFile(t, transferPath(s.name), `${BAKERY_URL}/${s.name}.conf`),
          (t: string) => upsertSourceFile(t, NOOP_PATH, `${BAKERY_URL}/noop.conf`),
          (t: string) => upsertUnit(t, "systemd-sysupdate.timer", { enabled: true }),
          (t: string) => upsertDropin(t, SYSUPDATE, `${s.name}.conf`, dropin(s.name)),
        ]
      : [(t: string) => removeSysupdate(t, s.name)]),
  );
}

/** Drops the updates of one extension, and the shared sysupdate pieces when no other uses them. */
function removeSysupdate(text: string, name: string): EditResult {
  const r = chain(text, (t) => removeStorage(t, "files", transferPath(name)), (t) => removeDropin(t, SYSUPDATE, `${name}.conf`));
  if (!r.ok) return r;
  const doc = docOf(r.text);
  if (!doc || readSysexts(doc).some((x) => x.sysupdate)) return r;
  return chain(r.text, (t) => removeStorage(t, "files", NOOP_PATH), (t) => removeUnit(t, "systemd-sysupdate.timer"));
}

export function removeSysext(text: string, name: string): EditResult {
  const doc = docOf(text);
  const old = doc ? readSysexts(doc).find((x) => x.name === name) : undefined;
  return chain(
    text,
    (t) => removeStorage(t, "links", linkPath(name)),
    (t) => (old && old.version ? removeStorage(t, "files", imagePath(old)) : { ok: true, text: t }),
    (t) => removeSysupdate(t, name),
  );
}
