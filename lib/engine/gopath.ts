// Go's "path" package for slash-separated paths (also what path/filepath does on Linux):
// Clean, IsAbs, Join, Ext, Dir. Shared by the engine's rules, local files and the browser's files.

export const isAbs = (p: string) => p.startsWith("/");

export function clean(p: string): string {
  if (p === "") return ".";
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
