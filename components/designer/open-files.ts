// Loading documents and attaching local files, shared by the Open button, the Attach button
// and drag-and-drop onto the page.
import { designerStore } from "../state/store";

export const DOCUMENT_EXTENSIONS = /\.(bu|ya?ml)$/i;

export async function openDocument(file: File): Promise<void> {
  const text = await file.text();
  designerStore.getState().setText(text, "load");
}

export async function attachFiles(files: Iterable<File>): Promise<void> {
  for (const f of files) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    // a dropped folder's files keep their relative path; picked files their name
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    designerStore.getState().setFile(path, bytes);
  }
}

/** Drop onto the page: the first Butane/YAML file opens, everything else is attached. */
export async function handleDrop(files: File[]): Promise<void> {
  const doc = files.find((f) => DOCUMENT_EXTENSIONS.test(f.name));
  if (doc) await openDocument(doc);
  await attachFiles(files.filter((f) => f !== doc));
}
