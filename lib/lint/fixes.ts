// Fixes for Kindling's findings: pure functions from the document text and a finding to the
// text with the fix applied (through lib/doc, lib/unit-text and lib/settings, so the rest of
// the text stays as written). A finding without an obvious fix has none (its message says what
// to do).
import { isMap, isScalar, type Scalar } from "yaml";
import { addItem, deleteIn, has, nodeAt, parseButane, readString, setIn, type EditResult } from "../doc";
import { chain, docOf, readUpdates, upsertInlineFile, writeUpdates, type UpdateSettings } from "../settings";
import { getWords, setWords } from "../unit-text";
import type { Finding } from "./index";

export interface Fix {
  /** The button's words, e.g. "Rename to password_hash". */
  label: string;
  /** The whole text with the fix applied. */
  text: string;
}

type Obj = Record<string, unknown>;

/** Renames the key at `path` (the value and any comments stay). */
export function renameKey(text: string, path: readonly (string | number)[], to: string): EditResult {
  const p = parseButane(text);
  if (!p.ok) return { ok: false, error: p.syntax.message };
  const map = path.length === 1 ? p.doc.contents : nodeAt(p.doc, path.slice(0, -1));
  if (!isMap(map)) return { ok: false, error: "no such key" };
  const from = path[path.length - 1];
  if (map.items.some((it) => isScalar(it.key) && it.key.value === to)) return { ok: false, error: `"${to}" is already there` };
  const pair = map.items.find((it) => isScalar(it.key) && it.key.value === from);
  const range = (pair?.key as Scalar | undefined)?.range;
  if (!range) return { ok: false, error: "no such key" };
  return { ok: true, text: text.slice(0, range[0]) + to + text.slice(range[1]) };
}

/** Edits a unit's contents with `edit` (a lib/unit-text function). */
function editUnit(text: string, path: readonly (string | number)[], edit: (contents: string) => string): EditResult {
  const doc = docOf(text);
  const contents = doc ? readString(doc, path) : undefined;
  if (contents === undefined) return { ok: false, error: "no unit text" };
  return setIn(text, path, edit(contents));
}

const addWords = (section: string, key: string, words: string[]) => (c: string) => setWords(c, section, key, [...getWords(c, section, key), ...words.filter((w) => !getWords(c, section, key).includes(w))]);

/** Container Linux Config sections Kindling can rewrite as Butane. */
function convertClc(text: string, key: string): EditResult | undefined {
  const doc = docOf(text);
  const value = (doc?.toJS() as Obj | null)?.[key] as Obj | undefined;
  if (!value || typeof value !== "object") return undefined;
  const s = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);
  if (key === "update" || key === "locksmith") {
    const settings: UpdateSettings =
      key === "update" ? { group: s(value.group), server: s(value.server) } : { strategy: s(value.reboot_strategy), windowStart: s(value.window_start), windowLength: s(value.window_length) };
    // keep what update.conf already says for the keys the other section owns
    const existing = (doc && readUpdates(doc)) ?? {};
    return chain(text, (t) => deleteIn(t, [key]), (t) => writeUpdates(t, { ...existing, ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) }));
  }
  if (key === "networkd") {
    const units = Array.isArray(value.units) ? (value.units as Obj[]) : [];
    if (units.some((u) => typeof u?.name !== "string" || typeof u?.contents !== "string")) return undefined;
    return chain(text, (t) => deleteIn(t, [key]), ...units.map((u) => (t: string) => upsertInlineFile(t, `/etc/systemd/network/${u.name}`, u.contents as string)));
  }
  return undefined;
}

/** Whether passwd.users or passwd.groups already has an entry of that name (a finding older than the text). */
function hasNamed(text: string, list: "users" | "groups", name: string): boolean {
  const doc = docOf(text);
  for (let i = 0; doc && has(doc, ["passwd", list, i]); i++) if (readString(doc, ["passwd", list, i, "name"]) === name) return true;
  return false;
}

type FixMaker = (text: string, finding: Finding, d: Record<string, string>) => { label: string; r: EditResult | undefined } | undefined;

/** One maker per check that has an obvious fix (the others say what to do in their message). */
const FIX_MAKERS: Record<string, FixMaker> = {
  "usr-path": (text, f, d) => (d.suggestion ? { label: `Move to ${d.suggestion}`, r: setIn(text, f.path, d.suggestion) } : undefined),
  "unknown-target": (text, f, d) =>
    d.key && d.target && d.suggestion
      ? { label: `Use ${d.suggestion}`, r: editUnit(text, f.path, (c) => setWords(c, "Install", d.key, getWords(c, "Install", d.key).map((w) => (w === d.target ? d.suggestion : w)))) }
      : undefined,
  "docker-order": (text, f, d) =>
    d.engine === "podman"
      ? { label: "Order after network-online.target", r: editUnit(text, f.path, (c) => addWords("Unit", "After", ["network-online.target"])(addWords("Unit", "Wants", ["network-online.target"])(c))) }
      : { label: "Order after docker.service", r: editUnit(text, f.path, (c) => addWords("Unit", "Requires", ["docker.service"])(addWords("Unit", "After", ["docker.service"])(c))) },
  "did-you-mean": (text, f, d) => (d.suggestion ? { label: `Rename to ${d.suggestion}`, r: renameKey(text, f.path, d.suggestion) } : undefined),
  "unknown-group": (text, _f, d) =>
    d.name && !hasNamed(text, "groups", d.name) ? { label: `Create group ${d.name}`, r: addItem(text, ["passwd", "groups"], { name: d.name }) } : undefined,
  "unknown-owner": (text, _f, d) => {
    if (!d.name || hasNamed(text, d.kind === "user" ? "users" : "groups", d.name)) return undefined;
    return d.kind === "user"
      ? { label: `Create user ${d.name}`, r: addItem(text, ["passwd", "users"], { name: d.name, no_create_home: true }) }
      : { label: `Create group ${d.name}`, r: addItem(text, ["passwd", "groups"], { name: d.name }) };
  },
  "clc-key": (text, _f, d) =>
    d.key ? { label: d.key === "networkd" ? "Convert to .network files" : "Convert to /etc/flatcar/update.conf", r: convertClc(text, d.key) } : undefined,
};

/** The fix for `finding` in `text`, when there is an obvious one. */
export function fixFor(text: string, finding: Finding): Fix | undefined {
  const made = FIX_MAKERS[finding.id]?.(text, finding, finding.data ?? {});
  return made?.r?.ok && made.r.text !== text ? { label: made.label, text: made.r.text } : undefined;
}
