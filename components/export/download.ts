// Saving and copying from the page.
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
