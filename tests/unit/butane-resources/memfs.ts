// An in-memory files directory for the tests, with Go's error texts.
import type { Fallible, FilesDir, FileStat } from "../../../lib/go/files";

export type MemNode = string | Uint8Array | { dir: true; mode?: number } | { link: string } | { mode: number; data: string | Uint8Array };

export function memFilesDir(name: string, nodes: Record<string, MemNode>): FilesDir {
  const map = new Map<string, MemNode>();
  for (const [p, n] of Object.entries(nodes)) {
    const full = `${name}/${p}`;
    map.set(full, n);
    // implicit parent folders
    let d = full.slice(0, full.lastIndexOf("/"));
    while (d.length >= name.length && d.includes("/")) {
      if (!map.has(d)) map.set(d, { dir: true });
      d = d.slice(0, d.lastIndexOf("/"));
    }
  }
  if (!map.has(name)) map.set(name, { dir: true });
  const enc = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);
  return {
    name,
    stat(path): Fallible<FileStat> {
      const n = map.get(path);
      if (n === undefined) return { error: `lstat ${path}: no such file or directory` };
      if (typeof n === "string" || n instanceof Uint8Array) return { kind: "file", mode: 0o644 };
      if ("dir" in n) return { kind: "dir", mode: n.mode ?? 0o755 };
      if ("link" in n) return { kind: "symlink", mode: 0o777 };
      return { kind: "file", mode: n.mode };
    },
    readFile(path) {
      const n = map.get(path);
      if (n === undefined) return { error: `open ${path}: no such file or directory` };
      if (typeof n === "string" || n instanceof Uint8Array) return enc(n);
      if ("dir" in n) return { error: `read ${path}: is a directory` };
      if ("link" in n) return { error: `open ${path}: no such file or directory` };
      return enc(n.data);
    },
    readDir(path) {
      const prefix = path + "/";
      const names = [...map.keys()]
        .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes("/"))
        .map((k) => k.slice(prefix.length));
      return names.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
    },
    readLink(path) {
      const n = map.get(path);
      if (n && typeof n === "object" && "link" in n) return n.link;
      return { error: `readlink ${path}: invalid argument` };
    },
  };
}
