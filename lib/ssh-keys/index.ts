// Checks SSH public keys as they go into ssh_authorized_keys: a known key type, a base64 body
// whose first field names that same type (RFC 4253 §6.6), an optional comment; and spots a
// private key pasted by mistake so that it can be refused before it is stored anywhere.

export const KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
  "ssh-dss",
];

export type KeyCheck =
  | { ok: true; line: string; type: string; comment: string; warning?: string }
  | { ok: false; line: string; message: string; private?: boolean };

const PRIVATE = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File-\d|^\s*(?:b3BlbnNzaC1rZXktdjE|MII[A-Za-z0-9+/]{20})/m;

/** Whether the text holds a private key (OpenSSH, PEM, PKCS#8, PuTTY). */
export function looksPrivate(text: string): boolean {
  return PRIVATE.test(text);
}

function base64Bytes(body: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) return undefined;
  const bin = atob(body);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Checks one authorized_keys line (options before the type are allowed). */
export function checkPublicKey(line: string): KeyCheck {
  const s = line.trim();
  if (looksPrivate(s)) return { ok: false, line: s, private: true, message: "This is a private key. Never put a private key in a config: paste the .pub file (the public half) instead." };
  const fields = s.split(/\s+/);
  const at = fields.findIndex((f) => KEY_TYPES.includes(f) || /^(ssh|ecdsa|sk)-/.test(f));
  if (at < 0) return { ok: false, line: s, message: "No key type found: a public key starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-…" };
  const type = fields[at];
  if (!KEY_TYPES.includes(type)) return { ok: false, line: s, message: `Unknown key type "${type}".` };
  const body = fields[at + 1];
  if (!body) return { ok: false, line: s, message: `The ${type} key has no base64 body after its type.` };
  const bytes = base64Bytes(body);
  if (!bytes) return { ok: false, line: s, message: `The ${type} key's body is not valid base64 (cut off, or a character changed?).` };
  const len = bytes.length >= 4 ? ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0 : -1;
  const inner = len >= 0 && 4 + len <= bytes.length ? new TextDecoder().decode(bytes.subarray(4, 4 + len)) : undefined;
  if (inner !== type) {
    return { ok: false, line: s, message: inner ? `The line says ${type} but the key inside is ${inner}.` : `The ${type} key's body does not decode to a ${type} key (cut off or damaged).` };
  }
  // the rest of the blob is length-prefixed fields (exponent/modulus, curve/point, key bytes) to its very end
  let pos = 4 + len;
  let parts = 0;
  while (pos + 4 <= bytes.length) {
    pos += 4 + (((bytes[pos] << 24) | (bytes[pos + 1] << 16) | (bytes[pos + 2] << 8) | bytes[pos + 3]) >>> 0);
    parts++;
  }
  if (parts === 0 || pos !== bytes.length) return { ok: false, line: s, message: `The ${type} key's body is cut off or damaged (copy the whole line of the .pub file).` };
  const comment = fields.slice(at + 2).join(" ");
  const warning =
    type === "ssh-dss" ? "DSA keys are disabled in current OpenSSH (Flatcar's included): use ssh-ed25519." : comment ? undefined : "No comment: adding one (like you@laptop) tells keys apart later.";
  return { ok: true, line: s, type, comment, warning };
}

/** Splits pasted text or a file into candidate key lines (blank lines and # comments dropped). */
export function splitKeys(text: string): string[] {
  if (looksPrivate(text)) return [text];
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}
