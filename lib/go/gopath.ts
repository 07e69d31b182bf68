// Go's "path" package for slash-separated paths (also what path/filepath does on Linux):
// Clean, IsAbs, Join, Ext, Dir. Shared by the engine's rules, local files and the browser's files.

export const isAbs = (p: string) => p.startsWith("/");

export function clean(p: string): string {
  if (p === "") return ".";
  if (p === "/" || hasOnlyPlainSegments(p)) return p; // the common case, without splitting

  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

export function join(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== "");
  return nonEmpty.length ? clean(nonEmpty.join("/")) : "";
}

export function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== "/"; i--) if (p[i] === ".") return p.slice(i);
  return "";
}

export function dir(p: string): string {
  const i = p.lastIndexOf("/");
  return clean(p.slice(0, i + 1));
}

/** No empty, "." or ".." segment (so no "//" and no trailing "/"): such a path is already clean. */
function hasOnlyPlainSegments(p: string): boolean {
  let start = p.charCodeAt(0) === 0x2f ? 1 : 0;
  for (;;) {
    let end = p.indexOf("/", start);
    if (end < 0) end = p.length;
    const len = end - start;
    if (len === 0) return false;
    if (p.charCodeAt(start) === 0x2e && (len === 1 || (len === 2 && p.charCodeAt(start + 1) === 0x2e))) return false;
    if (end === p.length) return true;
    start = end + 1;
  }
}
