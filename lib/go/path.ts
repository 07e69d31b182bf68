// Context paths, as vcontext prints them: "$.storage.files.0.path".
export type PathPart = string | number;
export type Path = readonly PathPart[];

export function pathString(p: Path): string {
  return p.length === 0 ? "$" : "$." + p.join(".");
}

export function pathKey(p: Path): string {
  return p.join("\u0000");
}

/**
 * A path as a chain of links to its parent: extending it is one small object, and siblings share
 * their prefix. null is the root (the empty path). Made into an array only when read.
 */
export interface PathLink {
  readonly parent: PathLink | null;
  readonly part: PathPart;
  readonly length: number;
}

export const link = (parent: PathLink | null, part: PathPart): PathLink => ({
  parent,
  part,
  length: parent === null ? 1 : parent.length + 1,
});

const rootLinks = new Map<PathPart, PathLink>();

/** link(null, part), made once per part: links are never changed, so one-part paths can be shared. */
export function rootLink(part: PathPart): PathLink {
  let l = rootLinks.get(part);
  if (l === undefined) rootLinks.set(part, (l = link(null, part)));
  return l;
}

export function linkedPath(l: PathLink | null): PathPart[] {
  const out = new Array<PathPart>(l === null ? 0 : l.length);
  for (let i = out.length - 1; l !== null; i--, l = l.parent) out[i] = l.part;
  return out;
}
