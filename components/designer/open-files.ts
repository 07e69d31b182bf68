// Loading documents and attaching local files, shared by the Open button, the Attach button
// and drag-and-drop onto the page. Each user action is one undo step, however many files it brings.
// Files come from outside: each is checked (size, and for a document, UTF-8 text) and a file
// that does not fit is reported by name, never loaded half-way.
import { z } from "../../lib/zod";
import { useSavedWorkStatus } from "../state/saved-work-status";
import { detectFormat, importConfig } from "../../lib/import";
import { designerStore } from "../state/store";
import { useImportNotice } from "./import-notice";

/** Files opened as the document: Butane/YAML, Ignition JSON, cloud-config user data. */
export const DOCUMENT_EXTENSIONS = /\.(bu|ya?ml|ign|json)$|^(user-data|cloud-config)(\.\w+)?$/i;

/**
 * A file's text as the document to load: Butane as it is; an Ignition config or a cloud-config
 * converted to Butane (with the files it brings) and the notice saying what was converted.
 */
export function asDocument(name: string, text: string): { text: string; files: Record<string, Uint8Array> } {
  const format = detectFormat(text);
  const notice = useImportNotice.getState();
  if (format === "butane") {
    notice.set(null);
    return { text, files: {} };
  }
  try {
    const r = importConfig(text, format);
    notice.set({ fileName: name, format, variant: r.variant, version: r.version, converted: r.converted, warnings: r.warnings });
    return { text: r.butane, files: r.files };
  } catch (e) {
    // Loses nothing: the text opens as it is, and the notice says why it was not converted.
    notice.set({ fileName: name, format, variant: "", version: "", converted: [], warnings: [(e as Error).message] });
    return { text, files: {} };
  }
}

/** The largest document or attached file the page accepts (the share-link limit, and then some). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const IncomingFile = z.object({
  name: z.string().min(1, "the file has no name"),
  size: z.number().max(MAX_FILE_BYTES, `it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the most Kindling takes`),
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Why a file of this name and size is refused, or undefined when it is accepted. */
export function fileProblem(name: string, size: number): string | undefined {
  const checked = IncomingFile.safeParse({ name, size });
  return checked.success ? undefined : checked.error.issues[0].message;
}

/** The text of a document file, or why it cannot be one. */
export function decodeDocument(name: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const problem = fileProblem(name, bytes.length);
  if (problem) return { ok: false, message: `${name || "The file"} was not opened: ${problem}.` };
  try {
    const text = utf8.decode(bytes);
    if (text.includes("\u0000")) return { ok: false, message: `${name} was not opened: it is a binary file, not Butane YAML text.` };
    return { ok: true, text };
  } catch {
    return { ok: false, message: `${name} was not opened: it is not UTF-8 text (Butane documents are UTF-8 YAML).` };
  }
}

function report(message: string) {
  useSavedWorkStatus.setState({ fileProblem: message });
}

async function readDocument(file: File): Promise<string | undefined> {
  const problem = fileProblem(file.name, file.size);
  if (problem) return void report(`${file.name || "The file"} was not opened: ${problem}.`);
  const decoded = decodeDocument(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return void report(decoded.message);
  return decoded.text;
}

export async function openDocument(file: File): Promise<void> {
  const text = await readDocument(file);
  if (text === undefined) return;
  const doc = asDocument(file.name, text);
  designerStore.getState().change(doc.files, { text: doc.text, origin: "load" });
}

/** Files by the path they are attached as: a dropped or picked folder's keep their relative path. */
export async function readFiles(files: Iterable<File>): Promise<Record<string, Uint8Array>> {
  const read: Record<string, Uint8Array> = {};
  const refused: string[] = [];
  for (const f of files) {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    const problem = fileProblem(path, f.size);
    if (problem) refused.push(`${path || "a file"} (${problem})`);
    else read[path] = new Uint8Array(await f.arrayBuffer());
  }
  if (refused.length) report(`Not attached: ${refused.join("; ")}.`);
  return read;
}

/** Drop onto the page: the first Butane/YAML file opens, everything else is attached, in one step. */
export async function handleDrop(files: File[]): Promise<void> {
  const doc = files.find((f) => DOCUMENT_EXTENSIONS.test(f.name));
  const read = await readFiles(files.filter((f) => f !== doc));
  const text = doc ? await readDocument(doc) : undefined;
  if (text !== undefined) {
    const d = asDocument(doc!.name, text);
    designerStore.getState().change({ ...read, ...d.files }, { text: d.text, origin: "load" });
  }
  else if (Object.keys(read).length > 0) designerStore.getState().change(read);
}
