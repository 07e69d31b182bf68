// Go's path/filepath on Linux, for the files directory: Clean, Join, Abs and Rel work on
// strings only. Abs needs a working directory; the engine has none, so a deep stand-in is
// used: whether a path stays inside the files directory then depends only on the names.
import { clean, join } from "../../go/gopath";

export { clean, join };

// Stand-in working directory for Abs: deep enough that "../" chains in a files-dir name
// stay below the root.
const CWD = "/" + Array.from({ length: 64 }, (_, i) => `w${i}`).join("/");

/** filepath.Abs against the stand-in working directory. */
export function abs(p: string): string {
  return p.startsWith("/") ? clean(p) : join(CWD, p);
}

/** filepath.Rel for a target known to be inside base (as filepath.Walk yields them). */
export function rel(base: string, target: string): string {
  const b = clean(base);
  const t = clean(target);
  if (b === t) return ".";
  if (b === ".") return t;
  const prefix = b === "/" ? "/" : b + "/";
  if (t.startsWith(prefix)) return t.slice(prefix.length);
  throw new Error(`Rel: ${target} is not inside ${base}`);
}
