// Loading documents and attaching local files, shared by the Open button, the Attach button
// and drag-and-drop onto the page. Each user action is one undo step, however many files it brings.
import { designerStore } from "../state/store";

export const DOCUMENT_EXTENSIONS = /\.(bu|ya?ml)$/i;

export async function openDocument(file: File): Promise<void> {
  const text = await file.text();
  designerStore.getState().setText(text, "load");
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
  if (doc) designerStore.getState().change(read, { text: await doc.text(), origin: "load" });
  else if (Object.keys(read).length > 0) designerStore.getState().change(read);
}
