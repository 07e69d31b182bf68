// The files directory backed by the real filesystem, with Go's os error texts.
import { lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import type { Fallible, FilesDir, FileStat } from "../go/files";

const goErrno: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  ELOOP: "too many levels of symbolic links",
  EINVAL: "invalid argument",
};

function fail(op: string, path: string, e: unknown): { error: string } {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return { error: `${op} ${path}: ${goErrno[code] ?? (e as Error).message}` };
}

export function nodeFilesDir(name: string): FilesDir {
  return {
    name,
    stat(path): Fallible<FileStat> {
      try {
        const s = lstatSync(path);
        const kind = s.isSymbolicLink() ? "symlink" : s.isDirectory() ? "dir" : s.isFile() ? "file" : "other";
        return { kind, mode: s.mode & 0o7777 };
      } catch (e) {
        return fail("lstat", path, e);
      }
    },
    readFile(path) {
      try {
        return new Uint8Array(readFileSync(path));
      } catch (e) {
        // Go reports reading a directory at the read, not the open.
        if ((e as NodeJS.ErrnoException).code === "EISDIR") return fail("read", path, e);
        return fail("open", path, e);
      }
    },
    readDir(path) {
      try {
        return readdirSync(path).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      } catch (e) {
        return fail("open", path, e);
      }
    },
    readLink(path) {
      try {
        return readlinkSync(path);
      } catch (e) {
        return fail("readlink", path, e);
      }
    },
  };
}
