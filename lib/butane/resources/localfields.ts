// The other `*_local` fields: ssh_authorized_keys_local on users, contents_local on systemd
// units and drop-ins (base v0_5+ translatePasswdUser / translateUnit / translateDropin).
import type { FilesDir } from "../../go/files";
import type { Path } from "../../go/path";
import { goStringFromBytes } from "../../go/gostring";
import { ErrNoFilesDir } from "../errors";
import type { TReport } from "../translate/report";
import { emptyTranslated } from "../translate";
import type { TranslationSet } from "../translate/set";
import { readLocalFile } from "./local";

type Obj = Record<string, unknown>;
type LocalFieldResult = { ts: TranslationSet; report: TReport };

/** Go's string(bytes): invalid UTF-8 is kept (see engine/gostring) and reaches JSON as U+FFFD per byte. */
export const bytesToGoString = (b: Uint8Array): string => goStringFromBytes(b);

/**
 * ssh_authorized_keys_local: each file's lines (split on \r?\n, empty ones dropped) are
 * appended after the inline keys already in `to.sshAuthorizedKeys`. Paths are relative to
 * the user. Translations and entries go to `into` (default: a new set and report), returned.
 */
export function applySshKeysLocal(from: Obj, to: Obj, filesDir: FilesDir | undefined, into?: LocalFieldResult): LocalFieldResult {
  const files = (from.ssh_authorized_keys_local as string[] | undefined) ?? [];
  if (files.length === 0) return into ?? emptyTranslated(); // the usual case: nothing to record
  const { ts, report } = (into ??= emptyTranslated());
  const c: Path = ["ssh_authorized_keys_local"];
  ts.add(c, ["sshAuthorizedKeys"]);
  if (!filesDir || filesDir.name === "") {
    report.error(c, ErrNoFilesDir);
    return into;
  }
  const keys = [...((to.sshAuthorizedKeys as string[] | undefined) ?? [])];
  files.forEach((file, i) => {
    const contents = readLocalFile(file, filesDir);
    if ("error" in contents) {
      report.error([...c, i], contents.error);
      return;
    }
    for (const line of bytesToGoString(contents).split(/\r?\n/)) {
      if (line === "") continue;
      ts.add([...c, i], ["sshAuthorizedKeys", keys.length]);
      keys.push(line);
    }
  });
  to.sshAuthorizedKeys = keys;
  return into;
}

/**
 * contents_local on a unit or drop-in: a non-empty path replaces `to.contents` with the file's
 * text. Translations and entries go to `into` (default: a new set and report), returned.
 */
export function applyContentsLocal(from: Obj, to: Obj, filesDir: FilesDir | undefined, into?: LocalFieldResult): LocalFieldResult {
  const local = from.contents_local;
  if (typeof local !== "string" || local === "") return into ?? emptyTranslated(); // the usual case
  into ??= emptyTranslated();
  const contents = readLocalFile(local, filesDir);
  if ("error" in contents) {
    into.report.error(["contents_local"], contents.error);
    return into;
  }
  into.ts.add(["contents_local"], ["contents"]);
  to.contents = bytesToGoString(contents);
  return into;
}

