// systemd.quadlets (base v0_8_exp processQuadlets): each quadlet becomes a file under
// /etc/containers/systemd (rootful) or /etc/containers/systemd/users, its drop-ins files under
// NAME.d/, and a template instance (foo@bar.container) a symlink to its template (foo@.container).
import type { FilesDir } from "../../go/files";
import type { Path } from "../../go/path";
import { quadletTemplateOf as templateOf } from "../base/validate";
import { ErrNodeExists } from "../errors";
import type { TReport } from "../translate/report";
import { emptyTranslated } from "../translate";
import type { TranslationSet } from "../translate/set";
import { join } from "./gopath";
import { readLocalFile } from "./local";
import { NodeTracker, type NodeTypes, nodeFields, setFileSource } from "./nodes";
import { goStringBytes } from "./resource";

type Obj = Record<string, unknown>;

export function quadletPath(rootful: boolean, name: string): string {
  return join(rootful ? "/etc/containers/systemd" : "/etc/containers/systemd/users", name);
}

export interface QuadletOptions {
  filesDir?: FilesDir;
  noAutoCompression?: boolean;
}

const notEmpty = (s: unknown): s is string => typeof s === "string" && s !== "";

function addFileWithContents(
  contentsLocal: unknown,
  inline: unknown,
  destPath: string,
  ctxPath: Path,
  t: NodeTracker,
  options: QuadletOptions,
): { ts: TranslationSet; report: TReport } {
  const { ts, report: r } = emptyTranslated();
  const [, existing] = t.files.get(destPath);
  const existingSource = (existing?.contents as Obj | undefined)?.source;
  if ((existing && notEmpty(existingSource)) || t.exists(destPath)) {
    r.error(ctxPath, ErrNodeExists);
    return { ts, report: r };
  }
  const [i, file] = t.files.add(t.newFile(nodeFields(destPath, undefined, undefined)));
  if (i === 0) ts.add(ctxPath, ["storage", "files"]);
  ts.addFromCommonSource(ctxPath, ["storage", "files", i], t.types.file, file);
  ts.add([...ctxPath, "name"], ["storage", "files", i, "path"]);
  // readLocalOrInlineContents: inline wins when both are set (validation forbids that anyway)
  let content: Uint8Array = new Uint8Array(0);
  let contentPath: Path = [];
  if (notEmpty(contentsLocal)) {
    contentPath = [...ctxPath, "contents_local"];
    const read = readLocalFile(contentsLocal, options.filesDir);
    if ("error" in read) {
      r.error(contentPath, read.error);
      return { ts, report: r };
    }
    content = read;
  }
  if (notEmpty(inline)) {
    contentPath = [...ctxPath, "contents"];
    content = goStringBytes(inline);
  }
  setFileSource(file, i, content, ts, { contents: contentPath, node: ctxPath }, { allowCompression: !options.noAutoCompression, mode: 0o644 });
  return { ts, report: r };
}

function quadletToSymlink(q: Obj, ctxPath: Path, t: NodeTracker, template: string): { ts: TranslationSet; report: TReport } {
  const { ts, report: r } = emptyTranslated();
  const destPath = quadletPath(q.rootful === true, q.name as string);
  const [, existing] = t.links.get(destPath);
  if (existing || t.exists(destPath)) {
    r.error(ctxPath, ErrNodeExists);
    return { ts, report: r };
  }
  const [i, link] = t.links.add(t.newLink({ path: destPath, target: template }));
  if (i === 0) ts.add(ctxPath, ["storage", "links"]);
  ts.addFromCommonSource(ctxPath, ["storage", "links", i], t.types.link, link);
  ts.add([...ctxPath, "name"], ["storage", "links", i, "path"]);
  ts.add(ctxPath, ["storage", "links", i, "target"]);
  return { ts, report: r };
}

/** processQuadlets: adds the quadlets' nodes to `ret` in place. Paths are root paths. */
export function processQuadlets(
  config: Obj,
  ret: Obj,
  nodeTypes: NodeTypes,
  options: QuadletOptions,
): { ts: TranslationSet; report: TReport } {
  const { ts, report } = emptyTranslated();
  const quadlets = ((config.systemd as Obj | undefined)?.quadlets as Obj[] | undefined) ?? [];
  if (quadlets.length === 0) return { ts, report };
  const t = new NodeTracker(ret, nodeTypes);
  const quadletsPath: Path = ["systemd", "quadlets"];
  ts.add(quadletsPath, ["storage"]);
  quadlets.forEach((q, n) => {
    const qPath: Path = [...quadletsPath, n];
    const name = (q.name as string) ?? "";
    const template = templateOf(name);
    const one =
      template !== undefined
        ? quadletToSymlink(q, qPath, t, template)
        : addFileWithContents(q.contents_local, q.contents, quadletPath(q.rootful === true, name), qPath, t, options);
    ts.merge(one.ts);
    report.merge(one.report);
    ((q.dropins as Obj[] | undefined) ?? []).forEach((d, i) => {
      const dPath: Path = [...qPath, "dropins", i];
      const dest = quadletPath(q.rootful === true, name) + ".d/" + ((d.name as string) ?? "");
      const r = addFileWithContents(d.contents_local, d.contents, dest, dPath, t, options);
      ts.merge(r.ts);
      report.merge(r.report);
    });
  });
  return { ts, report };
}
