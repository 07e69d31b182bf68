// TranslationSet: which Butane (yaml) path produced each Ignition (json) path.
// Mirrors butane/translate/set.go. Keyed by the json path: adding a translation for a json
// path that already has one replaces it.
//
// API
//   new TranslationSet()
//   ts.add(from, to)                              one translation
//   ts.addFixed(fixedTranslation(from, to))       one made once (constant paths), added by reference
//   ts.lookup(to) → Translation | undefined       exact json path
//   ts.addFromCommonSource(from, toPrefix, type, value)  every path inside value (and toPrefix) ← from
//   ts.addFromCommonObject(fromPrefix, toPrefix, type, value)  same sub-paths on both sides
//   ts.merge(other) / ts.mergeP(prefix, other) / ts.mergeP2(fromPrefix, toPrefix, other)
//   ts.mergeLinked(from, to, other) / ts.mergeLinkedAndAdd(from, to, other)   prefixes as links
//   ts.prefix(p) / ts.prefixPaths(fromPrefix, toPrefix) → new set
//   ts.descend(to) → subtree rooted at json path `to` (to-paths made relative)
//   ts.map(mappings) → to-paths further mapped through mappings (json→json)
//   allPaths(type, value, includeZero) → every sub-path of a value (getAllPaths)
import { type GoType, isZero } from "../../go/gotype";
import { type Path, type PathLink, type PathPart, linkedPath, pathString } from "../../go/path";

export interface Translation {
  from: Path;
  to: Path;
}

const asArray = (p: PathPart | Path): Path => (Array.isArray(p) ? (p as Path) : [p as PathPart]);

/**
 * The set's key for a json path: "" for the root, else "." + the parts joined with "." (that is,
 * pathString without its "$"), so that prefixing a key is a plain concatenation.
 */
export function setKey(p: Path): string {
  return p.length === 0 ? "" : "." + p.join(".");
}

/**
 * A translation whose paths are another one's with prefixes in front, built only when read:
 * translations are re-prefixed at every level of the translation while only a few are ever read.
 */
class PrefixedTranslation implements Translation {
  private fromPath: Path | undefined;
  private toPath: Path | undefined;
  constructor(
    private readonly fromPrefix: Path,
    private readonly toPrefix: Path,
    private readonly inner: Translation,
  ) {}
  get from(): Path {
    return (this.fromPath ??= this.fromPrefix.length === 0 ? this.inner.from : [...this.fromPrefix, ...this.inner.from]);
  }
  get to(): Path {
    return (this.toPath ??= this.toPrefix.length === 0 ? this.inner.to : [...this.toPrefix, ...this.inner.to]);
  }
}

/**
 * A translation between linked paths, whose arrays are built when first read (most never are).
 * It is also the operation that records it (key made when replayed), to spare an object per add.
 */
class LinkedTranslation implements Translation {
  readonly key = undefined;
  readonly t: Translation = this;
  readonly child = undefined;
  private fromPath: Path | undefined;
  private toPath: Path | undefined;
  constructor(
    private readonly fromLink: PathLink | null,
    private readonly toLink: PathLink | null,
  ) {}
  get from(): Path {
    return (this.fromPath ??= linkedPath(this.fromLink));
  }
  get to(): Path {
    return (this.toPath ??= linkedPath(this.toLink));
  }
}

const MAX_DEPTH = 200;

/**
 * A storage's recorded operations, in order. Most storages get one or two (a copier's fields):
 * those are held in place, without an array and its spare capacity.
 */
class OpList {
  private first: Op | undefined = undefined;
  private second: Op | undefined = undefined;
  private rest: Op[] | null = null;
  length = 0;

  push(op: Op): void {
    const n = this.length++;
    if (n === 0) this.first = op;
    else if (n === 1) this.second = op;
    else if (this.rest === null) (this.rest = new Array<Op>(4))[0] = op; // a few slots, not the 17 of a first push
    else if (n - 2 < this.rest.length) this.rest[n - 2] = op;
    else this.rest.push(op);
  }

  at(i: number): Op {
    return i === 0 ? this.first! : i === 1 ? this.second! : this.rest![i - 2];
  }

  clear(): void {
    this.first = this.second = undefined;
    this.rest = null;
    this.length = 0;
  }
}

/**
 * A set's contents: `map`, then the operations recorded since it was last flattened (the
 * storage is its own operation list: one object per set written to).
 */
class Storage extends OpList {
  /** null until the first entry (most sets stay empty or only receive merges). */
  map: Map<string, Translation> | null = null;
  /** Another set holds a reference: the owner copies before changing it (copy on write). */
  shared = false;
  /** How deeply recorded merges nest below this storage (bounded, to keep replaying shallow). */
  depth = 0;
  /** How many recorded merges refer to this storage. */
  refs = 0;
}

/** A translation between constant paths with its key, made once; addFixed records it as it is. */
export interface FixedTranslation {
  readonly key: string;
  readonly t: Translation;
  readonly child?: undefined;
}

export function fixedTranslation(from: Path, to: Path): FixedTranslation {
  return Object.freeze({ key: setKey(to), t: Object.freeze({ from: Object.freeze([...from]), to: Object.freeze([...to]) }) });
}

/** A recorded set(key, t), or a recorded merge of another set's storage under prefixes. */
type Op =
  | { readonly key: string | undefined; readonly t: Translation; readonly child?: undefined } // key undefined: setKey(t.to), when replayed
  | MergeOp;

/** A recorded merge. Prefixes given as links are made into arrays (and a key) when replayed. */
interface MergeOp {
  child: Storage;
  /** The merge's own prefixes are a translation too (from prefix → to prefix), set after the child's. */
  marked?: boolean;
  fromPrefix?: Path;
  toPrefix?: Path;
  keyPrefix?: string;
  fromLink?: PathLink | null;
  toLink?: PathLink | null;
}

function prefixesOf(op: MergeOp): { fromPrefix: Path; toPrefix: Path; keyPrefix: string } {
  if (op.fromPrefix === undefined || op.toPrefix === undefined || op.keyPrefix === undefined) {
    op.fromPrefix = linkedPath(op.fromLink ?? null);
    op.toPrefix = linkedPath(op.toLink ?? null);
    op.keyPrefix = setKey(op.toPrefix);
  }
  return op as { fromPrefix: Path; toPrefix: Path; keyPrefix: string };
}

/** The storage of a set never written to (writable() replaces it); never changed itself. */
const EMPTY_STORAGE: Storage = Object.freeze(new Storage()) as Storage;

/** What an empty storage reads as; never written to. */
const EMPTY: ReadonlyMap<string, Translation> = new Map();

const prefixed = (fromPrefix: Path, toPrefix: Path, t: Translation): Translation =>
  fromPrefix.length === 0 && toPrefix.length === 0 ? t : new PrefixedTranslation(fromPrefix, toPrefix, t);

/** Replays a storage's operations into `target` under the given prefixes (Map semantics compose). */
function emitInto(target: Map<string, Translation>, s: Storage, fromPrefix: Path, toPrefix: Path, keyPrefix: string): void {
  if (s.map !== null) for (const [k, t] of s.map) target.set(keyPrefix + k, prefixed(fromPrefix, toPrefix, t));
  for (let i = 0; i < s.length; i++) {
    const op = s.at(i);
    if (op.child === undefined) target.set(keyPrefix + (op.key ?? setKey(op.t.to)), prefixed(fromPrefix, toPrefix, op.t));
    else {
      const own = prefixesOf(op);
      const fp = own.fromPrefix.length === 0 ? fromPrefix : fromPrefix.length === 0 ? own.fromPrefix : [...fromPrefix, ...own.fromPrefix];
      const tp = own.toPrefix.length === 0 ? toPrefix : toPrefix.length === 0 ? own.toPrefix : [...toPrefix, ...own.toPrefix];
      // A storage merged in several places is flattened once rather than replayed each time.
      if (op.child.refs > 1) flatten(op.child);
      emitInto(target, op.child, fp, tp, keyPrefix + own.keyPrefix);
      if (op.marked === true) target.set(keyPrefix + own.keyPrefix, prefixed(fromPrefix, toPrefix, markOf(own)));
    }
  }
}

/** A marked merge's own translation. */
const markOf = (own: { fromPrefix: Path; toPrefix: Path }): Translation => ({ from: own.fromPrefix, to: own.toPrefix });

/** Applies the pending operations to the storage's map (its logical contents do not change). */
function flatten(s: Storage): ReadonlyMap<string, Translation> {
  if (s.length === 0) return s.map ?? EMPTY;
  const m = (s.map ??= new Map());
  for (let i = 0; i < s.length; i++) {
    const op = s.at(i);
    if (op.child === undefined) m.set(op.key ?? setKey(op.t.to), op.t);
    else {
      const own = prefixesOf(op);
      emitInto(m, op.child, own.fromPrefix, own.toPrefix, own.keyPrefix);
      if (op.marked === true) m.set(own.keyPrefix, markOf(own));
    }
  }
  s.clear(); // (replaying reads only other storages: a set never holds its own storage)
  return m;
}

function storageEmpty(s: Storage): boolean {
  if (s.map !== null && s.map.size > 0) return false;
  for (let i = 0; i < s.length; i++) {
    const op = s.at(i);
    if (op.child === undefined || !storageEmpty(op.child)) return false;
  }
  return true;
}

/**
 * Merges are recorded rather than copied: a translation is re-prefixed at every level of the
 * translation, so copying entries at each merge costs entries × depth; recorded merges are
 * replayed once, when the set is read.
 */
export class TranslationSet {
  // Most sets are made, filled a little and merged once: storage is allocated on the first write.
  private storage: Storage = EMPTY_STORAGE;

  /** The storage, ready to be changed (copied first when another set refers to it). */
  private writable(): Storage {
    const s = this.storage;
    if (s === EMPTY_STORAGE) return (this.storage = new Storage());
    if (!s.shared) return s;
    const copy = new Storage();
    if (s.depth + 1 > MAX_DEPTH) copy.map = new Map(flatten(s));
    else {
      copy.push({ child: s, marked: false, fromPrefix: [], toPrefix: [], keyPrefix: "" });
      copy.depth = s.depth + 1;
      s.refs++;
    }
    this.storage = copy;
    return copy;
  }

  private get set(): ReadonlyMap<string, Translation> {
    return flatten(this.storage);
  }

  add(from: Path, to: Path): void {
    this.addKeyed(setKey(to), [...from], [...to]);
  }

  /** add() for fresh arrays that nobody mutates later, with setKey(to) already known. */
  addKeyed(toKey: string, from: Path, to: Path): void {
    this.writable().push({ key: toKey, t: { from, to } }); // the map is built when read
  }

  /** add() of a translation made once: the same object is recorded each time (nothing is allocated). */
  addFixed(f: FixedTranslation): void {
    this.writable().push(f);
  }

  /** add() for linked paths: recorded as they are; arrays and the key are made only if the set is read. */
  addLinked(from: PathLink | null, to: PathLink | null): void {
    this.writable().push(new LinkedTranslation(from, to));
  }

  lookup(to: Path): Translation | undefined {
    return this.set.get(setKey(to));
  }

  has(to: Path): boolean {
    return this.set.has(setKey(to));
  }

  get size(): number {
    return this.set.size;
  }

  isEmpty(): boolean {
    return storageEmpty(this.storage);
  }

  entries(): Translation[] {
    const out: Translation[] = [];
    for (const t of this.set.values()) out.push({ from: t.from, to: t.to });
    return out;
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
    if (other === this) return;
    this.mergePrefixed([], [], other);
  }

  mergeP(prefix: PathPart | Path, other: TranslationSet): void {
    this.mergeP2(prefix, prefix, other);
  }

  mergeP2(fromPrefix: PathPart | Path, toPrefix: PathPart | Path, other: TranslationSet): void {
    this.mergePrefixed(asArray(fromPrefix), asArray(toPrefix), other);
  }

  /** merge(other.prefixPaths(fromPrefix, toPrefix)): other's translations as they are now. */
  mergePrefixed(fromPrefix: Path, toPrefix: Path, other: TranslationSet): void {
    const to = [...toPrefix];
    this.recordMerge(other, { child: other.storage, marked: false, fromPrefix: [...fromPrefix], toPrefix: to, keyPrefix: setKey(to) });
  }

  /** mergePrefixed with linked prefixes, made into arrays only if the set is read. */
  mergeLinked(fromPrefix: PathLink | null, toPrefix: PathLink | null, other: TranslationSet): void {
    this.recordMerge(other, { child: other.storage, marked: false, fromLink: fromPrefix, toLink: toPrefix });
  }

  /**
   * mergeLinked, then, when other holds anything, addLinked(fromPrefix, toPrefix): what the
   * translator records for a custom translator's result, as one operation.
   */
  mergeLinkedAndAdd(fromPrefix: PathLink | null, toPrefix: PathLink | null, other: TranslationSet): void {
    this.recordMerge(other, { child: other.storage, marked: true, fromLink: fromPrefix, toLink: toPrefix });
  }

  /** Records `op` (a merge of other's storage as it is now), or copies its entries when too deep. */
  private recordMerge(other: TranslationSet, op: MergeOp): void {
    const child = other.storage;
    if ((child.map === null || child.map.size === 0) && child.length === 0) return;
    if (child.depth + 1 > MAX_DEPTH) {
      // Too deep to record: copy the entries now (taken before writing: other may be this).
      const snapshot = [...flatten(child)];
      const s = this.writable();
      const { fromPrefix, toPrefix, keyPrefix } = prefixesOf(op);
      for (const [k, t] of snapshot) s.push({ key: keyPrefix + k, t: prefixed(fromPrefix, toPrefix, t) });
      if (op.marked === true) s.push({ key: keyPrefix, t: markOf({ fromPrefix, toPrefix }) });
      return;
    }
    // Shared first, so that when other is this, the write below goes to a fresh storage.
    child.shared = true;
    child.refs++;
    const s = this.writable();
    s.push(op);
    if (child.depth + 1 > s.depth) s.depth = child.depth + 1;
  }

  prefix(p: PathPart | Path): TranslationSet {
    return this.prefixPaths(asArray(p), asArray(p));
  }

  prefixPaths(fromPrefix: Path, toPrefix: Path): TranslationSet {
    const ret = new TranslationSet();
    ret.mergePrefixed(fromPrefix, toPrefix, this);
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
    const m = (ret.writable().map = new Map());
    for (const [k, t] of this.set) m.set(k, t);
    for (const mt of mappings.set.values()) {
      const key = setKey(mt.from);
      const t = m.get(key);
      if (t) {
        m.delete(key);
        ret.add(t.from, mt.to);
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
