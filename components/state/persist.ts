// Autosave: the document and its attached files in localStorage (files as base64), restored
// on reload.
const KEY = "kindling.document.v1";

export interface SavedDocument {
  text: string;
  files: Record<string, Uint8Array>;
}

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

export function loadSaved(storage: Storage | undefined = globalThis.localStorage): SavedDocument | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as { text?: unknown; files?: Record<string, string> };
    if (typeof data.text !== "string") return undefined;
    const files: Record<string, Uint8Array> = {};
    for (const [p, b64] of Object.entries(data.files ?? {})) if (typeof b64 === "string") files[p] = fromBase64(b64);
    return { text: data.text, files };
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused (quota, private mode). */
export function save(doc: SavedDocument, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    const files: Record<string, string> = {};
    for (const [p, bytes] of Object.entries(doc.files)) files[p] = toBase64(bytes);
    storage?.setItem(KEY, JSON.stringify({ text: doc.text, files }));
    return true;
  } catch {
    return false;
  }
}
