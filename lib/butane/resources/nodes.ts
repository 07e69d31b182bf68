// nodeTracker (base v0_*/util.go): the files, directories and links of a translated Ignition
// config, indexed by path, so that trees and quadlets can find or add nodes.
import { type StructType, zeroValue } from "../../go/gotype";
import type { Path } from "../../go/path";
import type { TranslationSet } from "../translate/set";
import { makeDataUrl } from "./dataurl";

type Obj = Record<string, unknown>;

export interface NodeTypes {
  file: StructType;
  directory: StructType;
  link: StructType;
}

/** The Ignition node types under a config type: storage.files / directories / links elements. */
export function nodeTypesOf(configType: StructType): NodeTypes {
  const storage = configType.fields.find((f) => f.key === "storage")?.type;
  if (!storage || storage.kind !== "struct") throw new Error(`${configType.name} has no storage`);
  const elem = (key: string): StructType => {
    const t = storage.fields.find((f) => f.key === key)?.type;
    if (!t || t.kind !== "slice" || t.elem.kind !== "struct") throw new Error(`${storage.name} has no ${key}`);
    return t.elem;
  };
  return { file: elem("files"), directory: elem("directories"), link: elem("links") };
}

class NodeList {
  readonly index = new Map<string, number>();
  constructor(readonly list: Obj[]) {
    list.forEach((n, i) => this.index.set(n.path as string, i));
  }
  get(path: string): [number, Obj | undefined] {
    const i = this.index.get(path);
    return i === undefined ? [0, undefined] : [i, this.list[i]];
  }
  add(node: Obj): [number, Obj] {
    const path = node.path as string;
    if (!path) throw new Error("node path missing");
    if (this.index.has(path)) throw new Error("adding an already existing node");
    const i = this.list.length;
    this.list.push(node);
    this.index.set(path, i);
    return [i, node];
  }
}

export class NodeTracker {
  readonly files: NodeList;
  readonly dirs: NodeList;
  readonly links: NodeList;

  /** Tracks (and appends to) ret.storage.files / directories / links in place. */
  constructor(
    ret: Obj,
    readonly types: NodeTypes,
  ) {
    const storage = (ret.storage ??= {}) as Obj;
    const list = (k: string): Obj[] => {
      if (!Array.isArray(storage[k])) storage[k] = [];
      return storage[k] as Obj[];
    };
    this.files = new NodeList(list("files"));
    this.dirs = new NodeList(list("directories"));
    this.links = new NodeList(list("links"));
  }

  exists(path: string): boolean {
    return this.files.index.has(path) || this.dirs.index.has(path) || this.links.index.has(path);
  }

  newFile(fields: Obj): Obj {
    return { ...(zeroValue(this.types.file) as Obj), ...fields };
  }
  newDirectory(fields: Obj): Obj {
    return { ...(zeroValue(this.types.directory) as Obj), ...fields };
  }
  newLink(fields: Obj): Obj {
    return { ...(zeroValue(this.types.link) as Obj), ...fields };
  }
}

export interface NodeOwner {
  id?: unknown;
  name?: unknown;
}

/** createNode: path plus the tree's user and group (zero when the spec has none). */
export function nodeFields(path: string, user: NodeOwner | undefined, group: NodeOwner | undefined): Obj {
  return {
    path,
    user: { id: user?.id ?? undefined, name: user?.name ?? undefined },
    group: { id: group?.id ?? undefined, name: group?.name ?? undefined },
  };
}

/**
 * Fills file i's contents with a data URL of `contents` (MakeDataURL) and, when unset, its mode;
 * records the translations from `contentsAt` (the source field) and `nodeAt` (the node's entry).
 */
export function setFileSource(
  file: Obj,
  i: number,
  contents: Uint8Array,
  ts: TranslationSet,
  at: { contents: Path; node: Path },
  options: { allowCompression: boolean; mode: number },
): void {
  const fc = file.contents as Obj;
  const { uri, compression } = makeDataUrl(contents, fc.compression as string | undefined, options.allowCompression);
  const to = ["storage", "files", i];
  fc.source = uri;
  ts.add(at.contents, [...to, "contents", "source"]);
  if (compression !== undefined) {
    fc.compression = compression;
    ts.add(at.node, [...to, "contents", "compression"]);
  }
  ts.add(at.contents, [...to, "contents"]);
  if (file.mode === undefined || file.mode === null) {
    file.mode = options.mode;
    ts.add(at.node, [...to, "mode"]);
  }
}
