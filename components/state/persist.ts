// Autosave's storage: the document and its attached files in localStorage (files as base64).
// What is read back is checked against a schema: work saved by an older or newer Kindling, or
// damaged, is reported as unreadable and left where it is, never trusted or overwritten.
import { z } from "../../lib/zod";

export const SAVED_WORK_KEY = "kindling.document.v1";

export interface SavedDocument {
  text: string;
  files: Record<string, Uint8Array>;
}

/** The stored form. Unknown extra fields (a newer Kindling's) are tolerated; wrong types are not. */
export const StoredWork = z.object({
  text: z.string(),
  files: z.record(z.string().min(1), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "not base64")).default({}),
});

export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) bin += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(bin);
}

export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type LoadedWork =
  | { kind: "none" }
  | { kind: "ok"; doc: SavedDocument }
  | { kind: "unreadable"; raw: string; reason: string };

/** Reads the saved work; never throws. */
export function readSaved(storage: Storage | undefined = globalThis.localStorage): LoadedWork {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(SAVED_WORK_KEY);
  } catch {
    return { kind: "none" }; // storage switched off: nothing to read, nothing to keep
  }
  if (raw == null) return { kind: "none" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: "unreadable", raw, reason: "it is not valid JSON" };
  }
  const checked = StoredWork.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "the saved data";
    return { kind: "unreadable", raw, reason: `${where}: ${issue.message}` };
  }
  try {
    const files: Record<string, Uint8Array> = {};
    for (const [p, b64] of Object.entries(checked.data.files)) files[p] = fromBase64(b64);
    return { kind: "ok", doc: { text: checked.data.text, files } };
  } catch {
    return { kind: "unreadable", raw, reason: "an attached file is not valid base64" };
  }
}

/** The saved document, or undefined when there is none or it cannot be read. */
export function loadSaved(storage: Storage | undefined = globalThis.localStorage): SavedDocument | undefined {
  const loaded = readSaved(storage);
  return loaded.kind === "ok" ? loaded.doc : undefined;
}

export function serialize(doc: SavedDocument): string {
  const files: Record<string, string> = {};
  for (const [p, bytes] of Object.entries(doc.files)) files[p] = toBase64(bytes);
  return JSON.stringify({ text: doc.text, files });
}

/** Returns false when the browser refused (quota, private mode). */
export function save(doc: SavedDocument, storage: Storage | undefined = globalThis.localStorage): boolean {
  return saveSerialized(serialize(doc), storage);
}

export function saveSerialized(value: string, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(SAVED_WORK_KEY, value);
    return true;
  } catch {
    return false;
  }
}
