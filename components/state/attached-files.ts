// The files directory of the browser: the files attached to the document, by their path
// relative to the directory (e.g. "app/config.toml"). Directories exist implicitly above
// each file. Errors read as Go's os package prints them, like the CLI's node:fs version.
import type { Fallible, FilesDir, FileStat } from "../../lib/go/files";
import { clean } from "../../lib/go/gopath";

/** The name the engine joins paths with, so messages read "open app.conf: …". */
export const ATTACHED_DIR_NAME = ".";

/** Go's path.Clean for slash-separated relative paths ("./a//b/../c" → "a/c"). */
export const cleanPath = clean;

const enc = new TextEncoder();
function byteCompare(a: string, b: string): number {
  const x = enc.encode(a);
  const y = enc.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

export function attachedFilesDir(files: Record<string, Uint8Array>, name = ATTACHED_DIR_NAME): FilesDir {
  const byPath = new Map<string, Uint8Array>();
  for (const [p, bytes] of Object.entries(files)) byPath.set(cleanPath(p), bytes);
  const dirs = new Set<string>(["."]);
  for (const p of byPath.keys()) {
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  // Relative to the directory itself; the engine hands us paths joined with `name`.
  const rel = (path: string): string => {
    const c = cleanPath(path);
    const base = cleanPath(name);
    if (base === ".") return c;
    if (c === base) return ".";
    return c.startsWith(base + "/") ? c.slice(base.length + 1) : "\0outside";
  };
  /** Why a path cannot be reached: a file used as a directory on the way. */
  const blocked = (r: string): boolean => {
    const parts = r.split("/");
    for (let i = 1; i < parts.length; i++) if (byPath.has(parts.slice(0, i).join("/"))) return true;
    return false;
  };
  const missing = (op: string, path: string, r: string) => ({
    error: `${op} ${path}: ${blocked(r) ? "not a directory" : "no such file or directory"}`,
  });

  return {
    name,
    stat(path): Fallible<FileStat> {
      const r = rel(path);
      if (byPath.has(r)) return { kind: "file", mode: 0o644 };
      if (dirs.has(r)) return { kind: "dir", mode: 0o755 };
      return missing("lstat", path, r);
    },
    readFile(path) {
      const r = rel(path);
      const bytes = byPath.get(r);
      if (bytes) return bytes;
      if (dirs.has(r)) return { error: `read ${path}: is a directory` };
      return missing("open", path, r);
    },
    readDir(path) {
      const r = rel(path);
      if (byPath.has(r)) return { error: `readdirent ${path}: not a directory` };
      if (!dirs.has(r)) return missing("open", path, r);
      const prefix = r === "." ? "" : r + "/";
      const names = new Set<string>();
      for (const p of [...byPath.keys(), ...dirs]) {
        if (p === "." || !p.startsWith(prefix) || p === r) continue;
        names.add(p.slice(prefix.length).split("/")[0]);
      }
      return [...names].sort(byteCompare);
    },
    readLink(path) {
      const r = rel(path);
      if (byPath.has(r) || dirs.has(r)) return { error: `readlink ${path}: invalid argument` };
      return missing("readlink", path, r);
    },
  };
}
