// Saving and copying from the page.
import { zipSync } from "fflate";
import { utf8Encode } from "../../lib/share";
import { designerStore } from "../state/store";

export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; false when the browser refused (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const formatBytes = (n: number): string =>
  n < 1024 ? `${n.toLocaleString("en")} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB (${n.toLocaleString("en")} bytes)` : `${(n / 1024 / 1024).toFixed(2)} MiB (${n.toLocaleString("en")} bytes)`;

/** The whole work as config.zip: the Butane file and its attached files under files/. */
export function downloadZip(): void {
  const { text, files } = designerStore.getState();
  const entries: Record<string, Uint8Array> = { "config.bu": utf8Encode(text) };
  for (const [path, bytes] of Object.entries(files)) entries[`files/${path}`] = bytes;
  download("config.zip", zipSync(entries, { level: 6 }), "application/zip");
}
