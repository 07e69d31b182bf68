// A static network for systemd-networkd: /etc/systemd/network/<name>.network with [Match]
// Name= and [Network] Address=, Gateway=, DNS=. An existing file is edited key by key
// (lib/unit-text), so its other settings and comments stay.
import type { Document } from "yaml";
import { readString, type EditResult } from "../doc";
import { getLines, getValue, setLines, setValue } from "../unit-text";
import { docOf, indexOfPath, removeStorage, storageEntries, upsertInlineFile } from "./entries";

export const NETWORK_DIR = "/etc/systemd/network/";

export interface StaticNetwork {
  /** The file's name under /etc/systemd/network/, e.g. "00-eth0.network". */
  file: string;
  /** [Match] Name=: an interface name or glob (eth0, en*). */
  match: string;
  addresses: string[];
  gateway: string;
  dns: string[];
}

function ipv4(s: string): boolean {
  const parts = s.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && (p === "0" || !p.startsWith("0")));
}

function ipv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.includes(":::") || s.split("::").length > 2) return false;
  let groups = s.split(":").filter((g, i, a) => !(g === "" && (i === 0 || i === a.length - 1 || s.includes("::"))));
  const last = groups[groups.length - 1];
  let count = groups.length;
  if (last && last.includes(".")) {
    if (!ipv4(last)) return false;
    groups = groups.slice(0, -1);
    count += 1;
  }
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return s.includes("::") ? count < 8 : count === 8;
}

export function isIp(s: string): boolean {
  return ipv4(s) || ipv6(s);
}

/** Why `s` is not an address with its prefix length (192.168.1.10/24, 2001:db8::5/64). */
export function checkCidr(s: string): string | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s.trim());
  if (!m) return `"${s}" needs its prefix length, e.g. 192.168.1.10/24.`;
  const v4 = ipv4(m[1]);
  if (!v4 && !ipv6(m[1])) return `"${m[1]}" is not an IPv4 or IPv6 address.`;
  if (Number(m[2]) > (v4 ? 32 : 128)) return `/${m[2]} is not a prefix length for ${v4 ? "IPv4 (0–32)" : "IPv6 (0–128)"}.`;
  return undefined;
}

export function checkIp(s: string): string | undefined {
  return isIp(s.trim()) ? undefined : `"${s}" is not an IPv4 or IPv6 address.`;
}

export function checkNetworkFile(name: string): string | undefined {
  return /^[A-Za-z0-9_.@-]+\.network$/.test(name) ? undefined : `"${name}" is not a .network file name, e.g. 00-eth0.network.`;
}

export function checkNetwork(n: StaticNetwork): string | undefined {
  if (!n.match.trim()) return "Name the interface this applies to (e.g. eth0, or en* for every Ethernet one).";
  return checkNetworkFile(n.file) ?? n.addresses.map(checkCidr).find(Boolean) ?? (n.gateway ? checkIp(n.gateway) : undefined) ?? n.dns.map(checkIp).find(Boolean);
}

export function parseNetwork(file: string, contents: string): StaticNetwork {
  return {
    file,
    match: getValue(contents, "Match", "Name") ?? "",
    addresses: getLines(contents, "Network", "Address"),
    gateway: getValue(contents, "Network", "Gateway") ?? "",
    dns: getLines(contents, "Network", "DNS"),
  };
}

/** The .network files the config writes inline. */
export function readNetworks(doc: Document): StaticNetwork[] {
  return storageEntries(doc, "files")
    .filter((e) => e.path.startsWith(NETWORK_DIR) && e.path.endsWith(".network"))
    .flatMap((e) => {
      const c = readString(doc, ["storage", "files", e.index, "contents", "inline"]);
      return c === undefined ? [] : [parseNetwork(e.path.slice(NETWORK_DIR.length), c)];
    });
}

/** Applies `n` to a .network file's text (a new file when `old` is empty). */
export function formatNetwork(n: StaticNetwork, old = ""): string {
  let t = old === "" ? "[Match]\n\n[Network]\n" : old;
  t = setValue(t, "Match", "Name", n.match.trim());
  t = setLines(t, "Network", "Address", n.addresses.map((a) => a.trim()).filter(Boolean));
  t = setValue(t, "Network", "Gateway", n.gateway.trim() || undefined);
  t = setLines(t, "Network", "DNS", n.dns.map((a) => a.trim()).filter(Boolean));
  return t.replace(/\n\n\n+/g, "\n\n").replace(/\n*$/, "\n");
}

/** Writes the network file (editing it in place when the config already has it). */
export function writeNetwork(text: string, n: StaticNetwork): EditResult {
  const bad = checkNetwork(n);
  if (bad) return { ok: false, error: bad };
  const doc = docOf(text);
  if (!doc) return { ok: false, error: "The document has a YAML error; fix it in the Code view first." };
  const path = NETWORK_DIR + n.file;
  const i = indexOfPath(doc, "files", path);
  const old = i < 0 ? "" : readString(doc, ["storage", "files", i, "contents", "inline"]) ?? "";
  return upsertInlineFile(text, path, formatNetwork(n, old));
}

export function removeNetwork(text: string, file: string): EditResult {
  return removeStorage(text, "files", NETWORK_DIR + file);
}
