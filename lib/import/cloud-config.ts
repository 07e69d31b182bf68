// cloud-config (cloud-init, and Flatcar/CoreOS's coreos-cloudinit) → Butane for Flatcar: the
// keys that have an equivalent are converted, every other key is reported with its line.
import { gunzipSync } from "fflate";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Pair } from "yaml";
import { readableText } from "./dataurl";
import { writeYaml } from "./ignition";

export const CLOUD_CONFIG_SPEC = { variant: "flatcar", version: "1.1.0" } as const;

export interface CloudConfigResult {
  butane: string;
  files: Record<string, Uint8Array>;
  converted: string[];
  /** Keys with no Flatcar equivalent (or values that could not be read), with their line. */
  warnings: string[];
}

type Obj = Record<string, unknown>;
interface File {
  path: string;
  mode?: number;
  overwrite?: boolean;
  user?: Obj;
  group?: Obj;
  contents?: Obj;
  append?: Obj[];
}

class Out {
  users = new Map<string, Obj>();
  groups = new Map<string, Obj>();
  files: File[] = [];
  links: Obj[] = [];
  units: Obj[] = [];
  attached: Record<string, Uint8Array> = {};
  converted: string[] = [];
  warnings: string[] = [];

  user(name: string): Obj {
    let u = this.users.get(name);
    if (!u) this.users.set(name, (u = { name }));
    return u;
  }
  addKeys(name: string, keys: unknown) {
    if (!Array.isArray(keys) || keys.length === 0) return;
    const u = this.user(name);
    const list = (u.ssh_authorized_keys as string[] | undefined) ?? [];
    for (const k of keys) if (typeof k === "string" && !list.includes(k)) list.push(k);
    u.ssh_authorized_keys = list;
  }
  /** Text becomes inline; bytes that are not text an attached file read through local:. */
  contents(path: string, bytes: Uint8Array): Obj {
    const text = readableText(bytes);
    if (text !== undefined) return { inline: text };
    let name = path.split("/").filter(Boolean).pop() || "file";
    for (let n = 2; name in this.attached; n++) name = `${path.split("/").pop()}-${n}`;
    this.attached[name] = bytes;
    return { local: name };
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(str).filter((x): x is string => x !== undefined) : typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
/** `pick(o, "ssh_authorized_keys")` also finds coreos-cloudinit's `ssh-authorized-keys`. */
const pick = (o: Obj, key: string): unknown => o[key] ?? o[key.replace(/_/g, "-")];

/** True when the text looks like a cloud-config (its first line is `#cloud-config`). */
export function isCloudConfig(text: string): boolean {
  return /^#cloud-config[ \t]*\r?$/m.test(text.split("\n")[0] ?? "");
}

export function importCloudConfig(text: string): CloudConfigResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { version: "1.1", lineCounter: lc });
  if (doc.errors.length) throw new Error(`not valid YAML: ${doc.errors[0].message}`);
  const root = doc.toJS() as Obj | null;
  if (root !== null && (typeof root !== "object" || Array.isArray(root))) throw new Error("a cloud-config must be a mapping of keys");
  const out = new Out();
  const lineOf = (keyPath: string[]): number | undefined => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const k of keyPath) {
      if (!isMap(node)) return undefined;
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === k) as Pair | undefined;
      if (!pair) return undefined;
      node = pair.value;
    }
    const r = (pair?.key as { range?: number[] } | undefined)?.range;
    return r ? lc.linePos(r[0]).line : undefined;
  };
  const warn = (keyPath: string[], why: string) => {
    const line = lineOf(keyPath);
    out.warnings.push(`${keyPath.join(".")}${line ? ` (line ${line})` : ""}: ${why}`);
  };

  for (const [key, value] of Object.entries(root ?? {})) {
    switch (key) {
      case "hostname":
        out.files.push({ path: "/etc/hostname", mode: 0o644, overwrite: true, contents: { inline: `${str(value) ?? ""}\n` } });
        out.converted.push("hostname → /etc/hostname");
        break;
      case "ssh_authorized_keys":
      case "ssh-authorized-keys":
        out.addKeys("core", value);
        out.converted.push("ssh_authorized_keys → user core");
        break;
      case "users":
        convertUsers(value, out, warn);
        break;
      case "groups":
        convertGroups(value, out);
        break;
      case "write_files":
      case "write-files":
        convertWriteFiles(value, out, warn, key);
        break;
      case "timezone": {
        const tz = str(value);
        if (tz) {
          out.links.push({ path: "/etc/localtime", target: `/usr/share/zoneinfo/${tz}`, overwrite: true });
          out.converted.push(`timezone → /etc/localtime (${tz})`);
        }
        break;
      }
      case "runcmd":
      case "bootcmd":
        convertCommands(key, value, out);
        break;
      case "coreos":
        convertCoreos((value ?? {}) as Obj, out, warn);
        break;
      default:
        warn([key], "no Flatcar equivalent; not converted");
    }
  }

  const body: Obj = { ...CLOUD_CONFIG_SPEC };
  const passwd: Obj = {};
  if (out.users.size) passwd.users = [...out.users.values()];
  if (out.groups.size) passwd.groups = [...out.groups.values()];
  if (Object.keys(passwd).length) body.passwd = passwd;
  const storage: Obj = {};
  if (out.files.length) storage.files = out.files;
  if (out.links.length) storage.links = out.links;
  if (Object.keys(storage).length) body.storage = storage;
  if (out.units.length) body.systemd = { units: out.units };
  return {
    butane: writeYaml(body, "Converted from a cloud-config by Kindling."),
    files: out.attached,
    converted: out.converted,
    warnings: out.warnings,
  };
}

type Warn = (keyPath: string[], why: string) => void;

function convertUsers(value: unknown, out: Out, warn: Warn) {
  if (!Array.isArray(value)) return warn(["users"], "expected a list of users; not converted");
  value.forEach((entry, i) => {
    if (typeof entry === "string") {
      if (entry !== "default") out.user(entry);
      else warn(["users"], `"default" (the image's default user) has no equivalent; Flatcar's is core`);
      return;
    }
    const e = (entry ?? {}) as Obj;
    const name = str(e.name);
    if (!name) return warn(["users"], `entry ${i + 1} has no name; not converted`);
    const u = out.user(name);
    const set = (to: string, v: unknown) => v !== undefined && v !== null && (u[to] = v);
    set("password_hash", str(pick(e, "passwd")) ?? str(pick(e, "hashed_passwd")));
    set("shell", str(e.shell));
    set("gecos", str(e.gecos));
    set("home_dir", str(e.homedir));
    set("primary_group", str(pick(e, "primary_group")));
    if (typeof e.uid === "number") u.uid = e.uid;
    if (pick(e, "no_create_home") === true) u.no_create_home = true;
    if (e.system === true) u.system = true;
    const groups = list(e.groups);
    if (groups.length) u.groups = groups;
    out.addKeys(name, pick(e, "ssh_authorized_keys"));
    const sudo = e.sudo;
    const rules = typeof sudo === "string" ? [sudo] : Array.isArray(sudo) ? sudo.map(String) : [];
    if (rules.length) {
      out.files.push({ path: `/etc/sudoers.d/${name}`, mode: 0o440, contents: { inline: rules.map((r) => `${name} ${r}\n`).join("") } });
    }
    // Ignition creates accounts without a password hash locked, as lock_passwd: true asks.
    if (pick(e, "lock_passwd") === false && !u.password_hash) warn(["users"], `${name}: lock_passwd: false without a passwd hash; the account stays locked`);
    for (const k of Object.keys(e)) {
      if (!USER_KEYS.has(k)) warn(["users"], `${name}: ${k} has no Flatcar equivalent; not converted`);
    }
  });
  out.converted.push(`users → passwd.users (${value.length})`);
}

const USER_KEYS = new Set(
  ["name", "passwd", "hashed_passwd", "shell", "gecos", "homedir", "primary_group", "primary-group", "uid", "no_create_home",
    "no-create-home", "system", "groups", "ssh_authorized_keys", "ssh-authorized-keys", "sudo", "lock_passwd", "lock-passwd"],
);

function convertGroups(value: unknown, out: Out) {
  const entries = Array.isArray(value) ? value : typeof value === "object" && value ? Object.entries(value).map(([k, v]) => ({ [k]: v })) : list(value);
  for (const g of entries) {
    if (typeof g === "string") out.groups.set(g, { name: g });
    else if (g && typeof g === "object") {
      for (const [name, members] of Object.entries(g)) {
        out.groups.set(name, { name });
        for (const m of list(members)) {
          const u = out.user(m);
          u.groups = [...new Set([...((u.groups as string[]) ?? []), name])];
        }
      }
    }
  }
  out.converted.push("groups → passwd.groups");
}

function convertWriteFiles(value: unknown, out: Out, warn: Warn, key: string) {
  if (!Array.isArray(value)) return warn([key], "expected a list of files; not converted");
  for (const entry of value) {
    const e = (entry ?? {}) as Obj;
    const path = str(e.path);
    if (!path) {
      warn([key], "an entry without a path; not converted");
      continue;
    }
    let bytes: Uint8Array = utf8(str(e.content) ?? "");
    const encoding = String(e.encoding ?? "").toLowerCase();
    try {
      if (/^(b64|base64|gz\+b64|gzip\+base64|gz\+base64|gzip\+b64)$/.test(encoding)) bytes = Uint8Array.from(atob(String(e.content ?? "").replace(/\s+/g, "")), (c) => c.charCodeAt(0));
      if (/^(gz|gzip)/.test(encoding)) bytes = gunzipSync(bytes);
    } catch {
      warn([key], `${path}: content does not decode as ${encoding}; not converted`);
      continue;
    }
    const f: File = { path };
    const perm = str(e.permissions);
    if (perm !== undefined) f.mode = parseInt(perm, 8);
    const owner = str(e.owner);
    if (owner) {
      const [user, group] = owner.split(":");
      if (user) f.user = { name: user };
      if (group) f.group = { name: group };
    }
    if (e.append === true) f.append = [out.contents(path, bytes)];
    else {
      f.overwrite = true;
      f.contents = out.contents(path, bytes);
    }
    out.files.push(f);
  }
  out.converted.push(`write_files → storage.files (${value.length})`);
}

const shellQuote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** runcmd/bootcmd: a script run once, at first boot, by an enabled oneshot unit. */
function convertCommands(key: "runcmd" | "bootcmd", value: unknown, out: Out) {
  const cmds = (Array.isArray(value) ? value : [value]).map((c) => (Array.isArray(c) ? c.map((x) => shellQuote(String(x))).join(" ") : String(c)));
  const script = `/opt/cloud-config/${key}.sh`;
  const stamp = `/var/lib/cloud-config/${key}.done`;
  out.files.push({ path: script, mode: 0o755, contents: { inline: `#!/bin/bash\n# ${key} from the cloud-config\nset -e\n${cmds.join("\n")}\n` } });
  const early = key === "bootcmd";
  out.units.push({
    name: `cloud-config-${key}.service`,
    enabled: true,
    contents:
      `[Unit]\nDescription=Run the cloud-config's ${key} once\n` +
      (early ? "DefaultDependencies=no\nAfter=local-fs.target\nBefore=network-pre.target\n" : "Wants=network-online.target\nAfter=network-online.target\n") +
      `ConditionPathExists=!${stamp}\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=${script}\nExecStartPost=/usr/bin/mkdir -p /var/lib/cloud-config\nExecStartPost=/usr/bin/touch ${stamp}\n\n[Install]\nWantedBy=multi-user.target\n`,
  });
  out.converted.push(`${key} → ${script}, run once by cloud-config-${key}.service`);
}

function convertCoreos(c: Obj, out: Out, warn: Warn) {
  for (const [key, value] of Object.entries(c)) {
    if (key === "units" && Array.isArray(value)) {
      for (const u of value as Obj[]) {
        const name = str(u.name);
        if (!name) {
          warn(["coreos", "units"], "a unit without a name; not converted");
          continue;
        }
        const unit: Obj = { name };
        if (u.enable === true || u.command === "start" || u.command === "restart") unit.enabled = true;
        if (u.mask === true) unit.mask = true;
        if (typeof u.content === "string") unit.contents = u.content;
        const dropins = (u["drop-ins"] ?? u.drop_ins) as Obj[] | undefined;
        if (Array.isArray(dropins) && dropins.length) unit.dropins = dropins.map((d) => ({ name: str(d.name), contents: str(d.content) }));
        if (u.runtime === true) warn(["coreos", "units"], `${name}: runtime units have no equivalent; written as a regular unit`);
        if (u.command !== undefined && !["start", "restart"].includes(String(u.command)))
          warn(["coreos", "units"], `${name}: command: ${String(u.command)} has no equivalent; not converted`);
        out.units.push(unit);
      }
      out.converted.push(`coreos.units → systemd.units (${value.length})`);
    } else if (key === "update" && value && typeof value === "object") {
      const u = value as Obj;
      const lines: string[] = [];
      // YAML 1.1 reads a bare `off` as false; the strategy is the word "off".
      const strategy = u["reboot-strategy"] ?? u.reboot_strategy;
      if (strategy !== undefined && strategy !== null) lines.push(`REBOOT_STRATEGY=${strategy === false ? "off" : String(strategy)}`);
      if (u.group) lines.push(`GROUP=${String(u.group)}`);
      if (u.server) lines.push(`SERVER=${String(u.server)}`);
      if (lines.length) {
        out.files.push({ path: "/etc/flatcar/update.conf", mode: 0o644, overwrite: true, contents: { inline: lines.join("\n") + "\n" } });
        out.converted.push("coreos.update → /etc/flatcar/update.conf");
      }
    } else {
      warn(["coreos", key], "no Flatcar equivalent in Butane; not converted");
    }
  }
}
