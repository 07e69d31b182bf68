// Loading documents and attaching local files, shared by the Open button, the Attach button
// and drag-and-drop onto the page. Each user action is one undo step, however many files it brings.
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
    notice.set({ fileName: name, format, variant: "", version: "", converted: [], warnings: [`not converted: ${(e as Error).message}`] });
    return { text, files: {} };
  }
}

export async function openDocument(file: File): Promise<void> {
  const doc = asDocument(file.name, await file.text());
  designerStore.getState().change(doc.files, { text: doc.text, origin: "load" });
}

/** Files by the path they are attached as: a dropped or picked folder's keep their relative path. */
export async function readFiles(files: Iterable<File>): Promise<Record<string, Uint8Array>> {
  const read: Record<string, Uint8Array> = {};
  for (const f of files) {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    read[path] = new Uint8Array(await f.arrayBuffer());
  }
  return read;
}

/** Drop onto the page: the first Butane/YAML file opens, everything else is attached, in one step. */
export async function handleDrop(files: File[]): Promise<void> {
  const doc = files.find((f) => DOCUMENT_EXTENSIONS.test(f.name));
  const read = await readFiles(files.filter((f) => f !== doc));
  if (doc) {
    const d = asDocument(doc.name, await doc.text());
    designerStore.getState().change({ ...read, ...d.files }, { text: d.text, origin: "load" });
  }
  else if (Object.keys(read).length > 0) designerStore.getState().change(read);
}
