// Finding and writing the storage entries and units a Flatcar setting owns, through lib/doc's
// edits (so the rest of the text, comments included, stays as written). An entry is found by
// its path (files, links) or name (units); a setting that is already there is edited in place.
import { isSeq, type Document } from "yaml";
import { addItem, deleteIn, listLength, nodeAt, octalLiteral, parseButane, readString, setIn, type DocPath, type EditResult, type NewValue } from "../doc";

export type StorageKind = "files" | "directories" | "links";
export type Edit = (text: string) => EditResult;

/** The parsed document of `text`, or undefined when it does not parse. */
export function docOf(text: string): Document | undefined {
  const p = parseButane(text);
  return p.ok ? p.doc : undefined;
}

/** Applies `edits` in turn; the first failure stops the chain. */
export function chain(text: string, ...edits: Edit[]): EditResult {
  let r: EditResult = { ok: true, text };
  for (const e of edits) if (r.ok) r = e(r.text);
  return r;
}

/** The items of the list at `path` (none when it is not a list). */
function itemsAt(doc: Document, path: DocPath): readonly unknown[] {
  const list = nodeAt(doc, path);
  return isSeq(list) ? list.items : [];
}

/** Every entry of `storage.<kind>` with its index and path. */
export function storageEntries(doc: Document, kind: StorageKind): { index: number; path: string }[] {
  const out: { index: number; path: string }[] = [];
  itemsAt(doc, ["storage", kind]).forEach((item, index) => {
    const path = readString(doc, ["path"], item);
    if (path !== undefined) out.push({ index, path });
  });
  return out;
}

/** The index of the first item of the list at `list` whose `field` reads `value`; -1 when none. */
function indexWhere(doc: Document, list: DocPath, field: string, value: string): number {
  return itemsAt(doc, list).findIndex((item) => readString(doc, [field], item) === value);
}

export function indexOfPath(doc: Document, kind: StorageKind, path: string): number {
  return indexWhere(doc, ["storage", kind], "path", path);
}

export function indexOfUnit(doc: Document, name: string): number {
  return indexWhere(doc, ["systemd", "units"], "name", name);
}

/** The inline contents of the file at `path`, when the config writes it inline. */
export function readInlineFile(doc: Document, path: string): string | undefined {
  const i = indexOfPath(doc, "files", path);
  return i < 0 ? undefined : readString(doc, ["storage", "files", i, "contents", "inline"]);
}

function withDoc(text: string, f: (doc: Document) => EditResult): EditResult {
  const doc = docOf(text);
  return doc ? f(doc) : { ok: false, error: "The document has a YAML error; fix it in the Code view first." };
}

export interface FileOptions {
  mode?: number;
  overwrite?: boolean;
}

/** Writes `inline` as the contents of the file at `path` (adding the file when it is missing). */
export function upsertInlineFile(text: string, path: string, inline: string, options: FileOptions = {}): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfPath(doc, "files", path);
    if (i < 0) {
      const item: Record<string, NewValue | undefined> = { path, mode: octalLiteral(options.mode ?? 0o644), overwrite: options.overwrite, contents: { inline } };
      return addItem(text, ["storage", "files"], item);
    }
    const c = ["storage", "files", i, "contents"];
    return chain(text, ...["source", "local", "compression", "verification", "http_headers"].map((k) => (t: string) => deleteIn(t, [...c, k])), (t) => setIn(t, [...c, "inline"], inline));
  });
}

/** Makes the file at `path` be downloaded from `source` (adding the file when it is missing). */
export function upsertSourceFile(text: string, path: string, source: string, options: FileOptions = {}): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfPath(doc, "files", path);
    if (i < 0) return addItem(text, ["storage", "files"], { path, mode: options.mode === undefined ? undefined : octalLiteral(options.mode), contents: { source } });
    const c = ["storage", "files", i, "contents"];
    if (readString(doc, [...c, "source"]) === source) return { ok: true, text };
    return chain(text, ...["inline", "local", "verification"].map((k) => (t: string) => deleteIn(t, [...c, k])), (t) => setIn(t, [...c, "source"], source));
  });
}

/** Points the symbolic link at `path` to `target` (adding the link when it is missing). */
export function upsertLink(text: string, path: string, target: string, options: { overwrite?: boolean } = {}): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfPath(doc, "links", path);
    if (i < 0) return addItem(text, ["storage", "links"], { path, target, hard: false, overwrite: options.overwrite });
    return readString(doc, ["storage", "links", i, "target"]) === target ? { ok: true, text } : setIn(text, ["storage", "links", i, "target"], target);
  });
}

/** Removes the storage entry at `path`, if there is one. */
export function removeStorage(text: string, kind: StorageKind, path: string): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfPath(doc, kind, path);
    return i < 0 ? { ok: true, text } : deleteIn(text, ["storage", kind, i]);
  });
}

/** Sets a unit's `enabled` and `contents` (adding the unit when it is missing; undefined fields are left as they are). */
export function upsertUnit(text: string, name: string, fields: { enabled?: boolean; contents?: string }): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfUnit(doc, name);
    if (i < 0) return addItem(text, ["systemd", "units"], { name, enabled: fields.enabled, contents: fields.contents });
    const u = ["systemd", "units", i];
    return chain(
      text,
      (t) => (fields.enabled === undefined ? { ok: true, text: t } : setIn(t, [...u, "enabled"], fields.enabled)),
      (t) => (fields.contents === undefined || readString(doc, [...u, "contents"]) === fields.contents ? { ok: true, text: t } : setIn(t, [...u, "contents"], fields.contents)),
    );
  });
}

export function removeUnit(text: string, name: string): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfUnit(doc, name);
    return i < 0 ? { ok: true, text } : deleteIn(text, ["systemd", "units", i]);
  });
}

function indexOfDropin(doc: Document, unit: number, name: string): number {
  return indexWhere(doc, ["systemd", "units", unit, "dropins"], "name", name);
}

/** Writes the drop-in `dropin` of `unit` (adding the unit and the drop-in when missing). */
export function upsertDropin(text: string, unit: string, dropin: string, contents: string): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfUnit(doc, unit);
    if (i < 0) return addItem(text, ["systemd", "units"], { name: unit, dropins: [{ name: dropin, contents }] });
    const j = indexOfDropin(doc, i, dropin);
    if (j < 0) return addItem(text, ["systemd", "units", i, "dropins"], { name: dropin, contents });
    return setIn(text, ["systemd", "units", i, "dropins", j, "contents"], contents);
  });
}

/** Removes a drop-in, and its unit when nothing else is left in it. */
export function removeDropin(text: string, unit: string, dropin: string): EditResult {
  return withDoc(text, (doc) => {
    const i = indexOfUnit(doc, unit);
    const j = i < 0 ? -1 : indexOfDropin(doc, i, dropin);
    if (j < 0) return { ok: true, text };
    const u = ["systemd", "units", i];
    const onlyThis = listLength(doc, [...u, "dropins"]) === 1 && readString(doc, [...u, "contents"]) === undefined && readString(doc, [...u, "enabled"]) === undefined && readString(doc, [...u, "mask"]) === undefined;
    return deleteIn(text, onlyThis ? u : [...u, "dropins", j]);
  });
}
