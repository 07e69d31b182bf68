// Reading `local` files from the files directory (base/util/file.go).
import { type FilesDir, isFailure } from "../../go/files";
import { ErrFilesDirEscape, ErrNoFilesDir } from "../errors";
import { abs, join } from "./gopath";

/** EnsurePathWithinFilesDir: undefined when path is the files dir or below it. */
export function pathEscapesFilesDir(path: string, filesDir: string): string | undefined {
  const absBase = abs(filesDir);
  const absPath = abs(path);
  // as in Go, a files dir of "/" only admits "/" itself (the prefix checked is "//")
  if (absPath !== absBase && !absPath.startsWith(absBase + "/")) return ErrFilesDirEscape;
  return undefined;
}

/** The on-disk path of a config-relative local path: files dir + path, even when it starts with "/". */
export const localPath = (configPath: string, filesDir: string): string => join(filesDir, configPath);

/** ReadLocalFile: the bytes, or the error text Butane reports. */
export function readLocalFile(configPath: string, filesDir: FilesDir | undefined): Uint8Array | { error: string } {
  if (!filesDir || filesDir.name === "") return { error: ErrNoFilesDir };
  const filePath = localPath(configPath, filesDir.name);
  const escape = pathEscapesFilesDir(filePath, filesDir.name);
  if (escape) return { error: escape };
  const r = filesDir.readFile(filePath);
  return isFailure(r) ? { error: r.error } : r;
}
