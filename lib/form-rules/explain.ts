// The engine's findings say what Butane says, in Go's words. Where those words only make sense
// to someone who knows Butane's files directory (-d), the designer says what to do instead.
import type { Entry } from "../go/report";

const LOCAL_KEYS = new Set(["local", "contents_local", "ssh_authorized_keys_local"]);

function isLocalPath(e: Entry): boolean {
  const last = e.path[e.path.length - 1];
  return typeof last === "string" && LOCAL_KEYS.has(last);
}

/**
 * One entry in the designer's words (the same entry when nothing needs saying differently).
 * `filesDir` is the name the attached files are read under (the engine's -d).
 */
export function explainEntry(e: Entry, filesDir = "."): Entry {
  if (!isLocalPath(e)) return e;
  // an empty name reads the files directory itself
  if (e.message === `read ${filesDir}: is a directory`) {
    return { ...e, message: "no local file named yet: attach a file (Attached files, or drop it on the page) and put its name here" };
  }
  if (/: no such file or directory$/.test(e.message)) {
    return { ...e, message: `${e.message}; attach the file (Attached files, or drop it on the page) under this name` };
  }
  return e;
}

export function explainEntries(entries: Entry[], filesDir = "."): Entry[] {
  let changed = false;
  const out = entries.map((e) => {
    const x = explainEntry(e, filesDir);
    if (x !== e) changed = true;
    return x;
  });
  return changed ? out : entries;
}
