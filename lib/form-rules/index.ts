// Instant checks for values typed into the form, in Kindling's words. Pure functions: the
// engine's report remains the authority; these catch the common slips while typing.
import { parseGoInt } from "../doc/read";

export type FlagLevel = "error" | "warning" | "info";

export interface Flag {
  level: FlagLevel;
  message: string;
  /** A corrected value the form can offer to apply. */
  suggestion?: string;
}

/** Paths on the machine (files, directories, links, mount points) must be absolute. */
export function checkAbsolutePath(path: string): Flag | undefined {
  if (path === "") return undefined;
  if (!path.startsWith("/")) {
    return { level: "error", message: `"${path}" is a relative path; paths on the machine start with /.`, suggestion: "/" + path.replace(/^\.?\/*/, "") };
  }
  if (/(^|\/)\.\.?(\/|$)/.test(path)) return { level: "warning", message: "The path contains . or .. parts; Ignition cleans them, so write the plain path." };
  return undefined;
}

/** What Ignition accepts as a unit name's suffix. */
export const UNIT_SUFFIXES = [".service", ".socket", ".device", ".mount", ".automount", ".swap", ".target", ".path", ".timer", ".snapshot", ".slice", ".scope"];

export function checkUnitName(name: string): Flag | undefined {
  if (name === "") return undefined;
  if (name.includes("/")) return { level: "error", message: "A unit name is a file name, without /." };
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot) : "";
  if (!UNIT_SUFFIXES.includes(ext)) {
    const hint = ext === "" ? `add a suffix such as .service (${name}.service)` : `${ext} is not a unit type`;
    return {
      level: "error",
      message: `Unit names end in the unit's type: ${UNIT_SUFFIXES.slice(0, 9).join(", ")}…; ${hint}.`,
      suggestion: ext === "" ? `${name}.service` : undefined,
    };
  }
  return undefined;
}

export function checkDropinName(name: string): Flag | undefined {
  if (name === "") return undefined;
  if (name.includes("/")) return { level: "error", message: "A drop-in name is a file name, without /." };
  if (!name.endsWith(".conf") || name === ".conf") {
    return { level: "error", message: "Drop-in names end in .conf, e.g. 10-override.conf.", suggestion: name.endsWith(".conf") ? undefined : `${name}.conf` };
  }
  return undefined;
}

/** rwxr-xr-x for 0755, with s/t for the special bits. */
export function describeMode(mode: number): string {
  const bits = (v: number, special: boolean, ch: string) =>
    (v & 4 ? "r" : "-") + (v & 2 ? "w" : "-") + (special ? (v & 1 ? ch : ch.toUpperCase()) : v & 1 ? "x" : "-");
  return (
    bits((mode >> 6) & 7, (mode & 0o4000) !== 0, "s") +
    bits((mode >> 3) & 7, (mode & 0o2000) !== 0, "s") +
    bits(mode & 7, (mode & 0o1000) !== 0, "t")
  );
}

export function octal(mode: number): string {
  return "0" + mode.toString(8);
}

/**
 * A mode as written in the YAML. Butane reads `0644` as octal and `644` as the decimal number
 * 644 (octal 01204) — nearly always a slip for 0644.
 */
export function checkMode(literal: string): Flag | undefined {
  const s = literal.trim();
  if (s === "") return undefined;
  const n = parseGoInt(s);
  if (n === undefined) return { level: "error", message: `"${s}" is not a number; write modes in octal, e.g. 0644.` };
  if (n < 0 || n > 0o7777) return { level: "error", message: `${s} is not a file mode (they go from 0 to 07777).` };
  if (/^[1-7][0-7]{2,3}$/.test(s) && !isCommonMode(n)) {
    return {
      level: "warning",
      message: `${s} without a leading 0 is a decimal number (octal ${octal(n)}, ${describeMode(n)}). Modes are octal: did you mean 0${s}?`,
      suggestion: "0" + s,
    };
  }
  if (/^[1-9][0-9]*$/.test(s)) {
    return { level: "info", message: `${s} is decimal: octal ${octal(n)}, ${describeMode(n)}.` };
  }
  if (n & 0o7000) return { level: "info", message: `${describeMode(n)}: setuid/setgid/sticky bits need Ignition 3.6.0 or newer (e.g. Flatcar 1.2.0-experimental).` };
  return { level: "info", message: describeMode(n) };
}

/** 0644, 0755, 0600…: permissions that shrink from owner to group to others. */
function isCommonMode(n: number): boolean {
  if (n > 0o777) return false;
  const [u, g, o] = [(n >> 6) & 7, (n >> 3) & 7, n & 7];
  return [u, g, o].every((d) => [0, 4, 5, 6, 7].includes(d)) && u >= g && g >= o;
}

/** UIDs, GIDs and other whole numbers. */
export function checkWholeNumber(s: string): Flag | undefined {
  if (s.trim() === "") return undefined;
  const n = parseGoInt(s);
  if (n === undefined || !/^[-+]?[0-9]/.test(s.trim())) return { level: "error", message: `"${s}" is not a whole number.` };
  if (n < 0) return { level: "warning", message: "Negative IDs are not checked by Butane but will fail on the machine." };
  return undefined;
}

export function checkUrl(url: string): Flag | undefined {
  if (url === "") return undefined;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  const scheme = m?.[1].toLowerCase();
  if (!scheme) return { level: "error", message: "Write a full URL, e.g. https://example.com/file." };
  if (!["http", "https", "tftp", "gs", "s3", "arn", "data"].includes(scheme)) {
    return { level: "error", message: `Ignition cannot fetch ${scheme}: URLs; use http(s), tftp, s3, gs, arn or data.` };
  }
  if (scheme === "http") return { level: "info", message: "Plain http: add a verification hash so the machine can check what it downloaded." };
  return undefined;
}

export function checkHash(hash: string): Flag | undefined {
  if (hash === "") return undefined;
  const m = /^(sha256|sha512)-([0-9a-f]*)$/.exec(hash);
  if (!m) return { level: "error", message: "Write the hash as sha512-<hex digits> or sha256-<hex digits>." };
  const want = m[1] === "sha256" ? 64 : 128;
  if (m[2].length !== want) return { level: "error", message: `A ${m[1]} hash has ${want} hex digits; this one has ${m[2].length}.` };
  return undefined;
}

/** A user or group name as useradd/groupadd accept them. */
export function checkAccountName(name: string): Flag | undefined {
  if (name === "") return undefined;
  if (/[\s:,]/.test(name)) return { level: "error", message: "Names cannot contain spaces, colons or commas." };
  if (!/^[a-z_][a-z0-9_-]*\$?$/.test(name)) return { level: "warning", message: "Names usually use lowercase letters, digits, - and _, starting with a letter." };
  return undefined;
}

export function checkSshKey(line: string): Flag | undefined {
  const s = line.trim();
  if (s === "" || s.startsWith("#")) return undefined;
  if (!/^(?:(?:[^\s"]|"[^"]*")+\s+)?(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)\s+[A-Za-z0-9+/=]+/.test(s)) {
    return { level: "warning", message: "This does not look like an SSH public key (ssh-ed25519 AAAA… or ssh-rsa AAAA…)." };
  }
  return undefined;
}

export function checkPasswordHash(hash: string): Flag | undefined {
  if (hash === "") return undefined;
  if (!/^\$[0-9a-z]+\$/.test(hash)) return { level: "warning", message: "Expected a crypt(3) hash such as $6$… or $y$… (make one with mkpasswd), not a plain password." };
  return undefined;
}
export { emptyNames, withoutUntouchedSkeleton } from "./document";
export { explainEntry, explainEntries } from "./explain";
