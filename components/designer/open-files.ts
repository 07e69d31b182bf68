// Loading documents and attaching local files, shared by the Open button, the Attach button
// and drag-and-drop onto the page. Each user action is one undo step, however many files it brings.
// Files come from outside: each is checked (size, and for a document, UTF-8 text) and a file
// that does not fit is reported by name, never loaded half-way.
import { z } from "../../lib/zod";
import { useSavedWorkStatus } from "../state/saved-work-status";
import { designerStore } from "../state/store";

export const DOCUMENT_EXTENSIONS = /\.(bu|ya?ml)$/i;

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
  if (text !== undefined) designerStore.getState().setText(text, "load");
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
  if (text !== undefined) designerStore.getState().change(read, { text, origin: "load" });
  else if (Object.keys(read).length > 0) designerStore.getState().change(read);
}
