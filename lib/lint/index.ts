// Kindling's checks beyond Butane's: mistakes that transpile fine but fail on a Flatcar machine.
// Each finding has a stable id; `# kindling-disable: id[, id…]` anywhere in the document
// silences that kind for the document (the choice lives in the text, so it is saved and shared).
import { nodeAt, parseButane, type DocPath } from "../doc";
import type { Entry } from "../go/report";
import { CLC_KEYS, FLATCAR_GROUPS, FLATCAR_TARGETS, FLATCAR_USERS } from "./flatcar";
import { keysBeside, nearest } from "./keys";

export interface Finding extends Entry {
  /** The check's id (for `# kindling-disable: id`). */
  id: string;
  /** Marks the finding as Kindling's, not Butane's. */
  source: "kindling";
  /** What a fix needs to know (lib/lint/fixes.ts): the names, keys and suggestions involved. */
  data?: Record<string, string>;
}

export interface LintOptions {
  /** The engine's own report for this text (its "unused key" warnings feed did-you-mean). */
  engineReport?: Entry[];
  /** Whether a `local:` file is available (attached in the designer, under -d DIR in the CLI). */
  hasLocalFile?: (path: string) => boolean;
}

export const CHECK_IDS = ["usr-path", "unknown-target", "docker-order", "unknown-group", "unknown-owner", "local-missing", "clc-key", "did-you-mean"] as const;

/** The disabled check ids named by `# kindling-disable: …` comments. */
export function disabledChecks(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/#\s*kindling-disable:\s*([\w, -]+)/g)) for (const id of m[1].split(/[\s,]+/)) if (id) out.add(id);
  return out;
}

type Obj = Record<string, unknown>;
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Obj[]) : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** systemd unit text → directive values, by key (all sections). */
function directives(contents: string, key: string): string[] {
  const out: string[] = [];
  for (const line of contents.split("\n")) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*)$/.exec(line);
    if (m && m[1] === key) out.push(...m[2].trim().split(/\s+/).filter(Boolean));
  }
  return out;
}

/** Where a path under /usr would go on Flatcar: programs to /opt/bin, systemd's files to /etc/systemd, the rest to /opt. */
export function outsideUsr(path: string): string {
  const rest = path.replace(/^\/usr\/?/, "");
  const bin = /^(?:local\/)?s?bin\/(.+)$/.exec(rest);
  if (bin) return `/opt/bin/${bin[1]}`;
  const systemd = /^(?:local\/)?lib\/systemd\/(.+)$/.exec(rest);
  if (systemd) return `/etc/systemd/${systemd[1]}`;
  return `/opt/${rest.replace(/^local\//, "")}`.replace(/\/$/, "");
}

export function lintButane(text: string, options: LintOptions = {}): Finding[] {
  const parsed = parseButane(text);
  if (!parsed.ok) return [];
  const doc = parsed.doc;
  const root = doc.toJS() as Obj | null;
  if (!root || typeof root !== "object") return [];
  const off = disabledChecks(text);
  const findings: Finding[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const add = (id: string, path: DocPath, message: string, data?: Record<string, string>) => {
    if (off.has(id)) return;
    const node = nodeAt(doc, path) as { range?: [number, number, number] } | null | undefined;
    // a top-level key: point at the key itself, as Butane's "unused key" does
    const keyAt = path.length === 1 ? new RegExp(`^${String(path[0])}\\s*:`, "m").exec(text)?.index : undefined;
    const at = keyAt ?? node?.range?.[0];
    let line: number | undefined;
    let column: number | undefined;
    if (at !== undefined) {
      let lo = 0;
      while (lo + 1 < lineStarts.length && lineStarts[lo + 1] <= at) lo++;
      line = lo + 1;
      column = [...text.slice(lineStarts[lo], at)].length + 1;
    }
    findings.push({ id, source: "kindling", level: "warning", path: [...path], message: `${message} [${id}]`, line, column, ...(data ? { data } : {}) });
  };

  const storage = (root.storage ?? {}) as Obj;
  const passwd = (root.passwd ?? {}) as Obj;
  const users = asList(passwd.users);
  const groups = asList(passwd.groups);
  // useradd makes each user a group of its own name, unless told not to (no_user_group) or given another (primary_group)
  const userGroups = users.filter((u) => u.no_user_group !== true && !u.primary_group).map((u) => str(u.name));
  const myGroups = new Set([...groups.map((g) => str(g.name)), ...userGroups].filter(Boolean) as string[]);
  const myUsers = new Set(users.map((u) => str(u.name)).filter(Boolean) as string[]);

  for (const kind of ["files", "directories", "links"] as const) {
    asList(storage[kind]).forEach((e, i) => {
      const p = str(e.path);
      if (p && (p === "/usr" || p.startsWith("/usr/"))) {
        add("usr-path", ["storage", kind, i, "path"], `${p} is under /usr, which is read-only on Flatcar: Ignition cannot write it. Use /opt (e.g. /opt/bin for programs) or /etc instead.`, { path: p, suggestion: outsideUsr(p) });
      }
      const user = str((e.user as Obj | undefined)?.name);
      if (user && !myUsers.has(user) && !FLATCAR_USERS.has(user)) {
        add("unknown-owner", ["storage", kind, i, "user", "name"], `User "${user}" is neither created by this config nor shipped by Flatcar: Ignition will fail to set the owner. Add it under passwd.users or use a numeric id.`, { kind: "user", name: user });
      }
      const group = str((e.group as Obj | undefined)?.name);
      if (group && !myGroups.has(group) && !FLATCAR_GROUPS.has(group)) {
        add("unknown-owner", ["storage", kind, i, "group", "name"], `Group "${group}" is neither created by this config nor shipped by Flatcar: Ignition will fail to set the owner. Add it under passwd.groups or use a numeric id.`, { kind: "group", name: group });
      }
      const local = str((e.contents as Obj | undefined)?.local);
      if (local && options.hasLocalFile && !options.hasLocalFile(local)) {
        add("local-missing", ["storage", kind, i, "contents", "local"], `The local file "${local}" is not attached: attach it (or pass -d DIR holding it) so its contents can be embedded.`);
      }
    });
  }

  users.forEach((u, i) => {
    const gs = Array.isArray(u.groups) ? u.groups : [];
    gs.forEach((g, j) => {
      if (typeof g === "string" && !myGroups.has(g) && !FLATCAR_GROUPS.has(g)) {
        add("unknown-group", ["passwd", "users", i, "groups", j], `Group "${g}" is neither created by this config nor shipped by Flatcar: creating the user will fail. Add it under passwd.groups.`, { name: g });
      }
    });
  });

  asList((root.systemd as Obj | undefined)?.units).forEach((u, i) => {
    const contents = str(u.contents);
    if (!contents) return;
    for (const key of ["WantedBy", "RequiredBy"]) {
      for (const target of directives(contents, key)) {
        if (target.endsWith(".target") && !FLATCAR_TARGETS.has(target) && !asList((root.systemd as Obj).units).some((x) => x.name === target)) {
          const suggestion = nearest(target, FLATCAR_TARGETS, 2) ?? "multi-user.target";
          add("unknown-target", ["systemd", "units", i, "contents"], `${key}=${target}: Flatcar has no ${target}, so enabling this unit does nothing. Use ${suggestion}.`, { key, target, suggestion });
        }
      }
    }
    const exec = ["ExecStart", "ExecStartPre", "ExecStartPost"].flatMap((k) => directives(contents, k)).join(" ");
    for (const engine of ["docker", "podman"]) {
      if (!new RegExp(`(^|[\\s/-])${engine}(\\s|$)`).test(exec)) continue;
      const after = directives(contents, "After").concat(directives(contents, "Requires"), directives(contents, "Wants"));
      const service = engine === "docker" ? "docker.service" : "network-online.target";
      if (engine === "docker" && !directives(contents, "After").includes("docker.service")) {
        add("docker-order", ["systemd", "units", i, "contents"], `This unit runs docker but is not ordered after docker.service: it may start before Docker is up. Add After=docker.service and Requires=docker.service under [Unit].`, { engine: "docker" });
      } else if (engine === "podman" && !after.some((x) => x === service)) {
        add("docker-order", ["systemd", "units", i, "contents"], `This unit runs podman but is not ordered after the network: add Wants=network-online.target and After=network-online.target under [Unit].`, { engine: "podman" });
      }
    }
  });

  for (const key of Object.keys(root)) {
    if (key in CLC_KEYS) add("clc-key", [key], `"${key}:" is a Container Linux Config section, not Butane: ${CLC_KEYS[key]}.`, { key });
  }

  for (const e of options.engineReport ?? []) {
    const m = /^Unused key (\S+)$/i.exec(e.message);
    if (!m || off.has("did-you-mean")) continue;
    const key = m[1];
    if (key in CLC_KEYS && e.path.length === 1) continue;
    const best = nearest(key, keysBeside(root.variant, root.version, e.path) ?? [], 2);
    if (best) findings.push({ id: "did-you-mean", source: "kindling", level: "warning", path: e.path, line: e.line, column: e.column, message: `Unknown key "${key}": did you mean \`${best}\`? [did-you-mean]`, data: { key, suggestion: best } });
  }
  return findings;
}
