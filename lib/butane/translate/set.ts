// TranslationSet: which Butane (yaml) path produced each Ignition (json) path.
// Mirrors butane/translate/set.go. Keyed by the json path: adding a translation for a json
// path that already has one replaces it.
//
// API
//   new TranslationSet()
//   ts.add(from, to)                              one translation
//   ts.lookup(to) → Translation | undefined       exact json path
//   ts.addFromCommonSource(from, toPrefix, type, value)  every path inside value (and toPrefix) ← from
//   ts.addFromCommonObject(fromPrefix, toPrefix, type, value)  same sub-paths on both sides
//   ts.merge(other) / ts.mergeP(prefix, other) / ts.mergeP2(fromPrefix, toPrefix, other)
//   ts.prefix(p) / ts.prefixPaths(fromPrefix, toPrefix) → new set
//   ts.descend(to) → subtree rooted at json path `to` (to-paths made relative)
//   ts.map(mappings) → to-paths further mapped through mappings (json→json)
//   allPaths(type, value, includeZero) → every sub-path of a value (getAllPaths)
import { type GoType, isZero } from "../../engine/gotype";
import { type Path, type PathPart, pathString } from "../../engine/path";

export interface Translation {
  from: Path;
  to: Path;
}

const asArray = (p: PathPart | Path): Path => (Array.isArray(p) ? (p as Path) : [p as PathPart]);

export class TranslationSet {
  readonly set = new Map<string, Translation>();

  add(from: Path, to: Path): void {
    this.set.set(pathString(to), { from: [...from], to: [...to] });
  }

  lookup(to: Path): Translation | undefined {
    return this.set.get(pathString(to));
  }

  get size(): number {
    return this.set.size;
  }

  entries(): Translation[] {
    return [...this.set.values()];
  }

  addFromCommonSource(common: Path, toPrefix: Path, type: GoType, value: unknown): void {
    for (const p of allPaths(type, value, true)) this.add(common, [...toPrefix, ...p]);
    this.add(common, toPrefix);
  }

  addFromCommonObject(fromPrefix: Path, toPrefix: Path, type: GoType, value: unknown): void {
    for (const p of allPaths(type, value, true)) this.add([...fromPrefix, ...p], [...toPrefix, ...p]);
    this.add(fromPrefix, toPrefix);
  }

  merge(other: TranslationSet): void {
    for (const t of other.set.values()) this.add(t.from, t.to);
  }

  mergeP(prefix: PathPart | Path, other: TranslationSet): void {
    this.mergeP2(prefix, prefix, other);
  }

  mergeP2(fromPrefix: PathPart | Path, toPrefix: PathPart | Path, other: TranslationSet): void {
    this.merge(other.prefixPaths(asArray(fromPrefix), asArray(toPrefix)));
  }

  prefix(p: PathPart | Path): TranslationSet {
    return this.prefixPaths(asArray(p), asArray(p));
  }

  prefixPaths(fromPrefix: Path, toPrefix: Path): TranslationSet {
    const ret = new TranslationSet();
    for (const t of this.set.values()) ret.add([...fromPrefix, ...t.from], [...toPrefix, ...t.to]);
    return ret;
  }

  descend(to: Path): TranslationSet {
    const ret = new TranslationSet();
    for (const t of this.set.values()) {
      if (t.to.length < to.length) continue;
      if (to.some((e, i) => String(t.to[i]) !== String(e))) continue;
      ret.add(t.from, t.to.slice(to.length));
    }
    return ret;
  }

  map(mappings: TranslationSet): TranslationSet {
    const ret = new TranslationSet();
    ret.merge(this);
    for (const m of mappings.set.values()) {
      const key = pathString(m.from);
      const t = ret.set.get(key);
      if (t) {
        ret.set.delete(key);
        ret.add(t.from, m.to);
      }
    }
    return ret;
  }

  /** Debug listing, sorted by json path ("from → to" per line). */
  toString(): string {
    return [...this.set.values()]
      .map((t) => [pathString(t.to), `${pathString(t.from)} → ${pathString(t.to)}`])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map((e) => e[1])
      .join("\n");
  }
}

/** Every path below a value (translate/util.go getAllPaths): children before their parent. */
export function allPaths(type: GoType, value: unknown, includeZero: boolean): Path[] {
  switch (type.kind) {
    case "string":
    case "int":
    case "bool":
      return [];
    case "ptr":
      return value === undefined || value === null ? [] : allPaths(type.elem, value, includeZero);
    case "slice": {
      const ret: Path[] = [];
      const arr = (value as unknown[] | undefined) ?? [];
      arr.forEach((v, i) => {
        for (const p of allPaths(type.elem, v, includeZero)) ret.push([i, ...p]);
        ret.push([i]);
      });
      return ret;
    }
    case "map": {
      const ret: Path[] = [];
      for (const [k, v] of Object.entries((value as Record<string, unknown>) ?? {})) {
        for (const p of allPaths(type.elem, v, includeZero)) ret.push([k, ...p]);
        ret.push([k]);
      }
      return ret;
    }
    case "struct": {
      const ret: Path[] = [];
      const o = (value as Record<string, unknown>) ?? {};
      for (const f of type.fields) {
        if (!includeZero && isZero(f.type, o[f.key])) continue;
        for (const p of allPaths(f.type, o[f.key], includeZero)) ret.push([f.key, ...p]);
        ret.push([f.key]);
      }
      return ret;
    }
  }
}
