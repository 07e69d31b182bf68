// Ignition's config merge with a transcript (ignition config/merge MergeStructTranscribe) and
// Butane's MergeTranslatedConfigs (base/util/merge.go), which maps both sides' translation sets
// through the transcript. Used to fold generated configs (mount units, boot device, grub) into
// the translated one.
//
// API
//   mergeTranslatedConfigs(type, parent, parentTs, child, childTs) → { value, ts }
//   mergeStructTranscribe(type, parent, child) → { value, mappings }
// Ignition's Key()/IgnoreDuplicates()/MergedKeys() are given here by bare struct name and json key.
import { type GoType, type StructType, isZero } from "../../go/gotype";
import type { Path } from "../../go/path";
import { TranslationSet } from "./set";
import { bareName } from "./translator";

type Obj = Record<string, unknown>;

/** Ignition types' Key(): the identity used when merging list entries. */
export function ignitionKey(t: GoType, v: unknown): string {
  if (t.kind === "string") return v as string;
  if (t.kind !== "struct") throw new Error(`no Key() for ${t.kind}`);
  const o = v as Obj;
  switch (bareName(t.name)) {
    case "Raid":
    case "HTTPHeader":
    case "Luks":
    case "PasswdUser":
    case "PasswdGroup":
    case "Unit":
    case "Dropin":
      return o.name as string;
    case "Tang":
      return o.url as string;
    case "Filesystem":
    case "Disk":
      return o.device as string;
    case "File":
    case "Directory":
    case "Link":
      return o.path as string;
    case "Partition":
      if (o.number !== 0 && o.number !== 0n && o.number !== undefined) return `number:${o.number}`;
      if (o.label !== undefined && o.label !== null) return `label:${o.label}`;
      return "";
    case "Resource":
    case "ConfigReference":
      return (o.source as string | undefined) ?? "";
    case "CaReference":
      return o.source as string;
    default:
      throw new Error(`no Key() for ${t.name}`);
  }
}

const IGNORE_DUPS: Record<string, string[]> = {
  Raid: ["options"],
  Filesystem: ["options", "mountOptions"],
  File: ["append"],
  Luks: ["options"],
};
const MERGED_KEYS: Record<string, Record<string, string>> = {
  Storage: { directories: "Node", files: "Node", links: "Node" },
  KernelArguments: { shouldExist: "KernelArgument", shouldNotExist: "KernelArgument" },
};

export type Side = "parent" | "child";
export interface Mapping {
  fromTag: Side;
  from: Path;
  to: Path;
}

export function mergeStructTranscribe(type: StructType, parent: Obj, child: Obj): { value: Obj; mappings: Mapping[] } {
  const mappings: Mapping[] = [];
  const value = mergeStruct(type, parent, [], child, [], [], mappings);
  return { value, mappings };
}

function mergeStruct(t: StructType, parent: Obj, pp: Path, child: Obj, cp: Path, rp: Path, tr: Mapping[]): Obj {
  const name = bareName(t.name);
  const ignore = new Set(IGNORE_DUPS[name] ?? []);
  const merged = MERGED_KEYS[name] ?? {};
  const handleOf = (k: string) => merged[k] ?? k;
  // child's list entries by (handle, key)
  const childIndex = new Map<string, { list: string; index: number; value: unknown }>();
  for (const f of t.fields) {
    if (f.type.kind !== "slice" || ignore.has(f.key)) continue;
    ((child[f.key] as unknown[]) ?? []).forEach((v, j) => {
      childIndex.set(`${handleOf(f.key)}\u0000${ignitionKey(f.type.kind === "slice" ? f.type.elem : f.type, v)}`, {
        list: f.key,
        index: j,
        value: v,
      });
    });
  }
  const one = (side: Side, from: Path, to: Path) => tr.push({ fromTag: side, from: [...from], to: [...to] });

  const result: Obj = {};
  for (const f of t.fields) {
    const pv = parent[f.key];
    const cv = child[f.key];
    const pf = [...pp, f.key];
    const cf = [...cp, f.key];
    const rf = [...rp, f.key];
    const k = f.type.kind;
    if (k === "string" || k === "int" || k === "bool") {
      result[f.key] = cv;
      transcribe("child", cf, rf, f.type, cv, tr);
    } else if (k === "ptr") {
      const pe = f.type.elem;
      if (pv !== undefined && cv !== undefined && pe.kind === "struct") {
        result[f.key] = mergeStruct(pe, pv as Obj, pf, cv as Obj, cf, rf, tr);
        one("parent", pf, rf);
        one("child", cf, rf);
      } else if (cv === undefined) {
        result[f.key] = pv;
        transcribe("parent", pf, rf, f.type, pv, tr);
      } else {
        result[f.key] = cv;
        transcribe("child", cf, rf, f.type, cv, tr);
      }
    } else if (k === "struct") {
      if (isZero(f.type, cv)) {
        result[f.key] = pv;
        transcribe("parent", pf, rf, f.type, pv, tr);
      } else if (isZero(f.type, pv)) {
        result[f.key] = cv;
        transcribe("child", cf, rf, f.type, cv, tr);
      } else {
        result[f.key] = mergeStruct(f.type, pv as Obj, pf, cv as Obj, cf, rf, tr);
        one("parent", pf, rf);
        one("child", cf, rf);
      }
    } else if (k === "slice") {
      const pl = (pv as unknown[]) ?? [];
      const cl = (cv as unknown[]) ?? [];
      const elem = f.type.elem;
      if (pl.length + cl.length === 0) {
        result[f.key] = [];
        continue;
      }
      const out: unknown[] = [];
      if (ignore.has(f.key)) {
        pl.forEach((item, i) => {
          out.push(item);
          transcribe("parent", [...pf, i], [...rf, i], elem, item, tr);
        });
        cl.forEach((item, i) => {
          out.push(item);
          transcribe("child", [...cf, i], [...rf, pl.length + i], elem, item, tr);
        });
        if (pl.length > 0) one("parent", pf, rf);
        if (cl.length > 0) one("child", cf, rf);
      } else {
        const parentKeys = new Set(pl.map((x) => ignitionKey(elem, x)));
        let fromParent = false;
        let fromChild = false;
        pl.forEach((item, i) => {
          const ip = [...pf, i];
          const irp = [...rf, out.length];
          const c = childIndex.get(`${handleOf(f.key)}\u0000${ignitionKey(elem, item)}`);
          if (c) {
            if (c.list === f.key) {
              const icp = [...cf, c.index];
              fromParent = true;
              fromChild = true;
              if (elem.kind === "struct") {
                if (f.key === "httpHeaders" && (c.value as Obj).value === undefined) return;
                out.push(mergeStruct(elem, item as Obj, ip, c.value as Obj, icp, irp, tr));
                one("parent", ip, irp);
                one("child", icp, irp);
              } else {
                out.push(c.value);
                transcribe("child", icp, irp, elem, c.value, tr);
              }
            }
            // else: in another list of the child; handled there
          } else {
            out.push(item);
            transcribe("parent", ip, irp, elem, item, tr);
            fromParent = true;
          }
        });
        cl.forEach((item, i) => {
          if (parentKeys.has(ignitionKey(elem, item))) return;
          const irp = [...rf, out.length];
          out.push(item);
          transcribe("child", [...cf, i], irp, elem, item, tr);
          fromChild = true;
        });
        if (fromParent) one("parent", pf, rf);
        if (fromChild) one("child", cf, rf);
      }
      result[f.key] = out;
    } else {
      throw new Error("merge: unexpected map field");
    }
  }
  return result;
}

function transcribe(side: Side, from: Path, to: Path, t: GoType, v: unknown, tr: Mapping[]): boolean {
  switch (t.kind) {
    case "string":
    case "int":
    case "bool":
      if (isZero(t, v)) return false;
      tr.push({ fromTag: side, from: [...from], to: [...to] });
      return true;
    case "ptr":
      if (v === undefined || v === null) return false;
      if (t.elem.kind === "struct") return transcribe(side, from, to, t.elem, v, tr);
      tr.push({ fromTag: side, from: [...from], to: [...to] });
      return true;
    case "struct": {
      let any = false;
      const o = v as Obj;
      for (const f of t.fields) any = transcribe(side, [...from, f.key], [...to, f.key], f.type, o[f.key], tr) || any;
      if (any) tr.push({ fromTag: side, from: [...from], to: [...to] });
      return any;
    }
    case "slice": {
      let any = false;
      ((v as unknown[]) ?? []).forEach((x, i) => {
        any = transcribe(side, [...from, i], [...to, i], t.elem, x, tr) || any;
      });
      if (any) tr.push({ fromTag: side, from: [...from], to: [...to] });
      return any;
    }
    case "map":
      throw new Error("merge: unexpected map");
  }
}

export function mergeTranslatedConfigs(
  type: StructType,
  parent: Obj,
  parentTs: TranslationSet,
  child: Obj,
  childTs: TranslationSet,
): { value: Obj; ts: TranslationSet } {
  const { value, mappings } = mergeStructTranscribe(type, parent, child);
  const ts = new TranslationSet();
  for (const m of mappings) {
    const left = m.fromTag === "parent" ? parentTs : childTs;
    const l = left.lookup(m.from);
    if (!l) continue;
    if (ts.has(m.to) && m.fromTag !== "child") continue;
    ts.add(l.from, m.to);
  }
  return { value, ts };
}
