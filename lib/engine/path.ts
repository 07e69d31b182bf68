// Context paths, as vcontext prints them: "$.storage.files.0.path".
export type PathPart = string | number;
export type Path = readonly PathPart[];

export function pathString(p: Path): string {
  return p.length === 0 ? "$" : "$." + p.join(".");
}

export function pathKey(p: Path): string {
  return p.join("\u0000");
}
