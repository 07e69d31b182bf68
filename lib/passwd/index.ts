// Password hashes for /etc/shadow (Butane's `password_hash`): yescrypt (`$y$`, the default,
// as `mkpasswd --method=yescrypt` makes) and SHA-512 crypt (`$6$`). Pure and synchronous:
// runs in the designer's Web Worker and in the CLI.
import { ITOA64 } from "./crypt64";
import { sha512Crypt } from "./sha512crypt";
import { yescryptCrypt, yescryptSetting, type Progress } from "./yescrypt";

export type HashMethod = "yescrypt" | "sha512crypt";
export const HASH_METHODS: readonly HashMethod[] = ["yescrypt", "sha512crypt"];
export type { Progress };

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** A new setting (method, parameters, fresh random salt) as mkpasswd makes by default. */
export function newSetting(method: HashMethod): string {
  if (method === "yescrypt") return yescryptSetting(randomBytes(16));
  // 16 salt characters; 256 is a multiple of 64, so `& 63` keeps them uniform
  return "$6$" + Array.from(randomBytes(16), (b) => ITOA64[b & 63]).join("") + "$";
}

/** crypt(3) for the two methods: the setting (or an existing hash) picks method and salt. */
export function crypt(password: string | Uint8Array, setting: string, onProgress?: Progress): string {
  const bytes = typeof password === "string" ? new TextEncoder().encode(password) : password;
  if (bytes.includes(0)) throw new Error("a password cannot contain a NUL character");
  if (setting.startsWith("$y$")) return yescryptCrypt(bytes, setting, onProgress);
  if (setting.startsWith("$6$")) {
    const hash = sha512Crypt(bytes, setting);
    onProgress?.(1);
    return hash;
  }
  throw new Error("unsupported hash method (yescrypt $y$ and SHA-512 crypt $6$ are supported)");
}

/** Hashes a password with a fresh random salt. */
export function hashPassword(password: string, method: HashMethod = "yescrypt", onProgress?: Progress): string {
  return crypt(password, newSetting(method), onProgress);
}

/** Whether `password` matches `hash` (a `$y$` or `$6$` crypt string). */
export function verifyPassword(password: string | Uint8Array, hash: string): boolean {
  return crypt(password, hash) === hash;
}

/** The method of a crypt string, when it is one Kindling knows. */
export function hashMethodOf(hash: string): HashMethod | "other" {
  if (/^\$y\$[./0-9A-Za-z]+\$[./0-9A-Za-z]*\$[./0-9A-Za-z]{43}$/.test(hash)) return "yescrypt";
  if (/^\$6\$(rounds=\d+\$)?[^$:\n]{0,16}\$[./0-9A-Za-z]{86}$/.test(hash)) return "sha512crypt";
  return "other";
}
