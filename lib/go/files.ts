// The files directory (`-d/--files-dir`) as the engine sees it. The engine never touches a
// real filesystem: the CLI passes one backed by node:fs, the browser one backed by the files
// the user attached. Paths given to these methods are already joined with `name` the way
// Butane joins them (e.g. "files/etc/app.conf"), and errors are the text Go's os package
// would print (e.g. "open files/absent.conf: no such file or directory").

export type FileKind = "file" | "dir" | "symlink" | "other";

export interface FileStat {
  kind: FileKind;
  /** Permission bits (0o777 mask plus setuid/setgid/sticky as 0o7000). */
  mode: number;
}

export type Fallible<T> = T | { error: string };

export interface FilesDir {
  /** The directory as the user named it (used to build joined paths and messages). */
  name: string;
  /** lstat: does not follow a final symlink. */
  stat(path: string): Fallible<FileStat>;
  readFile(path: string): Fallible<Uint8Array>;
  /** Entry names in the directory, sorted by byte order (as Go's filepath.Walk sees them). */
  readDir(path: string): Fallible<string[]>;
  readLink(path: string): Fallible<string>;
}

export const isFailure = <T>(v: Fallible<T>): v is { error: string } =>
  typeof v === "object" && v !== null && "error" in (v as object) && !(v instanceof Uint8Array);
