// A small Ignition config that replaces itself with the full config fetched from a URL the user
// hosts, verified by its SHA-512: for targets whose user-data field is too small.

export async function sha512Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-512", bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The Ignition spec version a full config declares ("3.4.0"), for the stub to declare too. */
export function ignitionVersionOf(configJson: string): string | undefined {
  try {
    const v = (JSON.parse(configJson) as { ignition?: { version?: unknown } }).ignition?.version;
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function makeStubConfig(fullConfigJson: string, url: string): Promise<string> {
  const version = ignitionVersionOf(fullConfigJson) ?? "3.4.0";
  const hash = await sha512Hex(new TextEncoder().encode(fullConfigJson));
  return JSON.stringify({
    ignition: { config: { replace: { source: url, verification: { hash: `sha512-${hash}` } } }, version },
  });
}
