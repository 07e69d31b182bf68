// storage.trees (base v0_2+ processTrees / walkTree): every file, directory and symlink under
// a local folder becomes a node, in Go filepath.Walk order (names sorted within each folder).
import { type FileStat, type FilesDir, isFailure } from "../../go/files";
import type { Path } from "../../go/path";
import { ErrFileType, ErrNodeExists, ErrNoFilesDir, ErrTreeNotDirectory } from "../errors";
import { TReport } from "../translate/report";
import { TranslationSet } from "../translate/set";
import { clean, join, rel } from "./gopath";
import { pathEscapesFilesDir } from "./local";
import { type NodeOwner, NodeTracker, type NodeTypes, nodeFields, setFileSource } from "./nodes";

type Obj = Record<string, unknown>;

export interface TreeOptions {
  filesDir?: FilesDir;
  noAutoCompression?: boolean;
}

/** path.Join for destination paths (slash paths, cleaned; "" parts skipped). */
const slashJoin = (a: string, b: string): string => join(a, b);

const isZeroOwner = (o: NodeOwner | undefined): boolean =>
  !o || ((o.id === undefined || o.id === null) && (o.name === undefined || o.name === null));

/** Names in Go's sort.Strings order (UTF-8 byte order), whatever order the FilesDir gave. */
function sortedByBytes(names: readonly string[]): string[] {
  const enc = new TextEncoder();
  const keyed = names.map((n) => ({ n, b: enc.encode(n) }));
  keyed.sort((x, y) => {
    const len = Math.min(x.b.length, y.b.length);
    for (let i = 0; i < len; i++) if (x.b[i] !== y.b[i]) return x.b[i] - y.b[i];
    return x.b.length - y.b.length;
  });
  return keyed.map((k) => k.n);
}

/** os.Stat (follows symlinks) built on the lstat-only FilesDir. */
function statFollow(fd: FilesDir, path: string, depth = 0): FileStat | { error: string } {
  const st = fd.stat(path);
  if (isFailure(st)) return { error: st.error.replace(/^lstat /, "stat ") };
  if (st.kind !== "symlink") return st;
  if (depth > 40) return { error: `stat ${path}: too many levels of symbolic links` };
  const target = fd.readLink(path);
  if (isFailure(target)) return { error: `stat ${path}: ${target.error.replace(/^readlink [^:]*: /, "")}` };
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
  const next = target.startsWith("/") ? target : join(dir, target);
  const r = statFollow(fd, next, depth + 1);
  return isFailure(r) ? { error: r.error.replace(/^stat [^:]*:/, `stat ${path}:`) } : r;
}

/**
 * processTrees: adds the nodes of every tree of `config.storage.trees` to `ret`. `nodeTypes`
 * are the Ignition File/Directory/Link types of the output version. Paths are absolute (yaml
 * from the config root, json from the output root).
 */
export function processTrees(
  config: Obj,
  ret: Obj,
  nodeTypes: NodeTypes,
  options: TreeOptions,
): { ts: TranslationSet; report: TReport } {
  const ts = new TranslationSet();
  const report = new TReport();
  const trees = ((config.storage as Obj | undefined)?.trees as Obj[] | undefined) ?? [];
  if (trees.length === 0) return { ts, report };
  const t = new NodeTracker(ret, nodeTypes);
  const fd = options.filesDir;
  for (let i = 0; i < trees.length; i++) {
    const tree = trees[i];
    const yamlPath: Path = ["storage", "trees", i];
    if (!fd || fd.name === "") {
      report.error(yamlPath, ErrNoFilesDir);
      return { ts, report };
    }
    const srcBaseDir = join(fd.name, (tree.local as string) ?? "");
    const escape = pathEscapesFilesDir(srcBaseDir, fd.name);
    if (escape) {
      report.error(yamlPath, escape);
      continue;
    }
    const info = statFollow(fd, srcBaseDir);
    if (isFailure(info)) {
      report.error(yamlPath, info.error);
      continue;
    }
    if (info.kind !== "dir") {
      report.error(yamlPath, ErrTreeNotDirectory);
      continue;
    }
    const path = tree.path as string | undefined;
    walkTree(yamlPath, ts, report, t, fd, {
      srcBaseDir,
      destBaseDir: path ? path : "/",
      noAutoCompression: options.noAutoCompression,
      user: tree.user as NodeOwner | undefined,
      group: tree.group as NodeOwner | undefined,
      fileMode: tree.file_mode as number | undefined,
      dirMode: tree.dir_mode as number | undefined,
    });
  }
  return { ts, report };
}

const filled = { files: (n: Obj) => (n.contents as Obj | undefined)?.source, links: (n: Obj) => n.target };

/**
 * The tree's file or link at destPath: the node already there while it has no source/target
 * yet, else a new one (with its translations). undefined, with ErrNodeExists reported, when the
 * path is taken.
 */
function claimNode(
  t: NodeTracker,
  list: "files" | "links",
  destPath: string,
  fields: Obj,
  yamlPath: Path,
  ts: TranslationSet,
  r: TReport,
): [number, Obj] | undefined {
  const nodes = list === "files" ? t.files : t.links;
  const [at, existing] = nodes.get(destPath);
  if (existing) {
    const v = filled[list](existing);
    if (typeof v === "string" && v !== "") return void r.error(yamlPath, ErrNodeExists);
    return [at, existing];
  }
  if (t.exists(destPath)) return void r.error(yamlPath, ErrNodeExists);
  const [i, node] = nodes.add(list === "files" ? t.newFile(fields) : t.newLink(fields));
  ts.addFromCommonSource(yamlPath, ["storage", list, i], list === "files" ? t.types.file : t.types.link, node);
  if (i === 0) ts.add(yamlPath, ["storage", list]);
  return [i, node];
}

interface WalkOptions {
  srcBaseDir: string;
  destBaseDir: string;
  noAutoCompression?: boolean;
  user?: NodeOwner;
  group?: NodeOwner;
  fileMode?: number;
  dirMode?: number;
}

function walkTree(
  yamlPath: Path,
  ts: TranslationSet,
  r: TReport,
  t: NodeTracker,
  fd: FilesDir,
  o: WalkOptions,
): void {
  const visit = (srcPath: string, info: FileStat): void => {
    const destPath = slashJoin(o.destBaseDir, rel(o.srcBaseDir, srcPath));
    if (info.kind === "dir") {
      // directories only become nodes when something about them is customised
      if (o.dirMode === undefined && isZeroOwner(o.user) && isZeroOwner(o.group)) return;
      if (t.exists(destPath)) {
        r.error(yamlPath, ErrNodeExists);
        return;
      }
      const [i, dir] = t.dirs.add(t.newDirectory({ ...nodeFields(destPath, o.user, o.group), mode: o.dirMode ?? 0o755 }));
      ts.addFromCommonSource(yamlPath, ["storage", "directories", i], t.types.directory, dir);
      if (i === 0) ts.add(yamlPath, ["storage", "directories"]);
    } else if (info.kind === "file" || info.kind === "symlink") {
      const file = info.kind === "file";
      const claimed = claimNode(t, file ? "files" : "links", destPath, nodeFields(destPath, o.user, o.group), yamlPath, ts, r);
      if (!claimed) return;
      const [i, node] = claimed;
      const read = file ? fd.readFile(srcPath) : fd.readLink(srcPath);
      if (isFailure(read)) {
        r.error(yamlPath, read.error);
        return;
      }
      if (typeof read === "string") {
        node.target = read;
        ts.add(yamlPath, ["storage", "links", i, "target"]);
      } else {
        setFileSource(node, i, read, ts, { contents: yamlPath, node: yamlPath }, {
          allowCompression: !o.noAutoCompression,
          mode: o.fileMode ?? (info.mode & 0o111 ? 0o755 : 0o644),
        });
      }
    } else {
      r.error(yamlPath, ErrFileType);
    }
  };

  // filepath.Walk: lstat the root, then depth-first with each folder's names sorted; a folder
  // that cannot be listed is reported instead of visited.
  const walk = (path: string, info: FileStat): void => {
    if (info.kind !== "dir") {
      visit(path, info);
      return;
    }
    const names = fd.readDir(path);
    if (isFailure(names)) {
      r.error(yamlPath, names.error);
      return;
    }
    visit(path, info);
    for (const name of sortedByBytes(names)) {
      const child = join(path, name);
      const st = fd.stat(child);
      if (isFailure(st)) {
        r.error(yamlPath, st.error);
        continue;
      }
      walk(child, st);
    }
  };
  const root = fd.stat(o.srcBaseDir);
  if (isFailure(root)) {
    r.error(yamlPath, root.error);
    return;
  }
  walk(clean(o.srcBaseDir), root);
}
