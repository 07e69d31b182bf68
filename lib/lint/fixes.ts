// Fixes for Kindling's findings: pure functions from the document text and a finding to the
// text with the fix applied (through lib/doc, lib/unit-text and lib/settings, so the rest of
// the text stays as written). A finding without an obvious fix has none (its message says what
// to do).
import { isMap, isScalar, type Scalar } from "yaml";
import { addItem, deleteIn, nodeAt, parseButane, readString, setIn, type EditResult } from "../doc";
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

/** The fix for `finding` in `text`, when there is an obvious one. */
export function fixFor(text: string, finding: Finding): Fix | undefined {
  const d = finding.data ?? {};
  let label: string;
  let r: EditResult | undefined;
  switch (finding.id) {
    case "usr-path":
      if (!d.suggestion) return undefined;
      label = `Move to ${d.suggestion}`;
      r = setIn(text, finding.path, d.suggestion);
      break;
    case "unknown-target":
      if (!d.key || !d.target || !d.suggestion) return undefined;
      label = `Use ${d.suggestion}`;
      r = editUnit(text, finding.path, (c) => setWords(c, "Install", d.key, getWords(c, "Install", d.key).map((w) => (w === d.target ? d.suggestion : w))));
      break;
    case "docker-order":
      if (d.engine === "podman") {
        label = "Order after network-online.target";
        r = editUnit(text, finding.path, (c) => addWords("Unit", "After", ["network-online.target"])(addWords("Unit", "Wants", ["network-online.target"])(c)));
      } else {
        label = "Order after docker.service";
        r = editUnit(text, finding.path, (c) => addWords("Unit", "Requires", ["docker.service"])(addWords("Unit", "After", ["docker.service"])(c)));
      }
      break;
    case "did-you-mean":
      if (!d.suggestion) return undefined;
      label = `Rename to ${d.suggestion}`;
      r = renameKey(text, finding.path, d.suggestion);
      break;
    case "unknown-group":
      if (!d.name) return undefined;
      label = `Create group ${d.name}`;
      r = addItem(text, ["passwd", "groups"], { name: d.name });
      break;
    case "unknown-owner":
      if (!d.name) return undefined;
      label = d.kind === "user" ? `Create user ${d.name}` : `Create group ${d.name}`;
      r = d.kind === "user" ? addItem(text, ["passwd", "users"], { name: d.name, no_create_home: true }) : addItem(text, ["passwd", "groups"], { name: d.name });
      break;
    case "clc-key":
      if (!d.key) return undefined;
      label = d.key === "networkd" ? "Convert to .network files" : "Convert to /etc/flatcar/update.conf";
      r = convertClc(text, d.key);
      break;
    default:
      return undefined;
  }
  return r?.ok && r.text !== text ? { label, text: r.text } : undefined;
}
