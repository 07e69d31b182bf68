// Decoding a node tree into a Go type, as go-yaml v3's decoder does (decode.go): type errors
// are collected and reported together, duplicate keys are errors, null list items are
// dropped, `<<` merges are applied, YAML 1.1 words are accepted for bools, numbers follow
// go-yaml's resolution, and excessive alias expansion is refused.
import { type GoType, goTypeName, type StructType, zeroValue } from "../go/gotype";
import { failf } from "./errors";
import { indicatedString, isNullNode, type YamlNode } from "./nodes";
import { goStringFromBytes } from "../go/gostring";
import { BINARY_TAG, MAP_TAG, MERGE_TAG, type Resolved, resolve, SEQ_TAG, shortTag, STR_TAG } from "./resolve";
import { decodeStdBase64 } from "../go/bytes";

const INT64_MIN = -(1n << 63n);
const TWO_63 = 2 ** 63;

/** A Go int64 in the engine's representation: a number while safe, else a bigint. */
export function goInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const utf8 = new TextEncoder();
const utf8Lossy = new TextDecoder();

/** Go's `len(s) > 10` / `s[:7]` on the UTF-8 bytes of a string. */
function truncateForError(s: string): string {
  const bytes = utf8.encode(s);
  return bytes.length > 10 ? utf8Lossy.decode(bytes.subarray(0, 7)) + "..." : s;
}

/** strconv.Quote, as fmt's %#v prints a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x7f || (c !== 0xa0 && /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch))) out += ch;
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}

function allowedAliasRatio(decodeCount: number): number {
  const low = 400000;
  const high = 4000000;
  if (decodeCount <= low) return 0.99;
  if (decodeCount >= high) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - low) / (high - low));
}

const isMerge = (n: YamlNode) =>
  n.kind === "scalar" && n.value === "<<" && (!n.tagged || n.tag === "!" || shortTag(n.tag) === MERGE_TAG);

const STRING: GoType = { kind: "string" };

const fieldIndexCache = new WeakMap<StructType, Map<string, number>>();

/** Where each of a struct's yaml keys is in its fields (the last of equal keys), built once per type. */
function fieldIndexes(t: StructType): Map<string, number> {
  let m = fieldIndexCache.get(t);
  if (!m) fieldIndexCache.set(t, (m = new Map(t.fields.map((f, i) => [f.key, i]))));
  return m;
}


export class Decoder {
  terrors: string[] = [];
  /**
   * Whether the last unmarshal decoded its node (go-yaml's `good`), read right after the call:
   * kept here rather than returned beside the value, so that no pair is made per node.
   */
  good = false;
  private aliases = new Set<YamlNode>();
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private mergedFields: Set<string> | undefined;
  private createdMaps = new WeakSet<object>();

  /** The value `n` decodes to in type `t`, starting from `cur`; sets `good`. */
  unmarshal(n: YamlNode, t: GoType, cur: unknown): unknown {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (
      this.aliasCount > 100 &&
      this.decodeCount > 1000 &&
      this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)
    ) {
      failf("document contains excessive aliasing");
    }
    if (n.kind === "document") {
      if (n.content.length !== 1) return this.fail(cur);
      const v = this.unmarshal(n.content[0], t, cur);
      this.good = true;
      return v;
    }
    if (n.kind === "alias") return this.alias(n, t, cur);
    if (!isNullNode(n)) {
      while (t.kind === "ptr") {
        t = t.elem;
        if (cur === undefined) cur = zeroValue(t);
      }
    }
    switch (n.kind) {
      case "scalar":
        return this.scalar(n, t, cur);
      case "mapping":
        return this.mapping(n, t, cur);
      case "sequence":
        return this.sequence(n, t, cur);
    }
  }

  private ok(v: unknown): unknown {
    this.good = true;
    return v;
  }
  private fail(cur: unknown): unknown {
    this.good = false;
    return cur;
  }

  private alias(n: YamlNode, t: GoType, cur: unknown): unknown {
    if (this.aliases.has(n)) failf(`anchor '${n.value}' value contains itself`);
    this.aliases.add(n);
    this.aliasDepth++;
    const v = this.unmarshal(n.alias!, t, cur);
    this.aliasDepth--;
    this.aliases.delete(n);
    return v;
  }

  private null(t: GoType, cur: unknown): unknown {
    switch (t.kind) {
      case "ptr":
        return this.ok(undefined);
      case "slice":
        return this.ok([]);
      case "map":
        return this.ok({});
      default:
        return this.fail(cur);
    }
  }

  private terror(n: YamlNode, tag: string, t: GoType): void {
    if (n.tag !== "") tag = n.tag;
    let value = "";
    if (tag !== SEQ_TAG && tag !== MAP_TAG) value = " `" + truncateForError(n.value) + "`";
    this.terrors.push(`line ${n.line}: cannot unmarshal ${shortTag(tag)}${value} into ${goTypeName(t)}`);
  }

  /** The tag and value a scalar decodes to (binary data decoded). */
  private resolved(n: YamlNode): { tag: string; value: Resolved } {
    if (indicatedString(n)) return { tag: STR_TAG, value: { kind: "str", v: n.value } };
    const r = resolve(n.tag, n.value);
    if (r.tag === BINARY_TAG) {
      const bytes = r.value.kind === "str" ? decodeStdBase64(r.value.v) : undefined;
      if (!bytes) failf("!!binary value contains invalid base64 data");
      // Go keeps the bytes as they are, UTF-8 or not (see engine/gostring).
      return { tag: BINARY_TAG, value: { kind: "str", v: goStringFromBytes(bytes) } };
    }
    return r;
  }

  private scalar(n: YamlNode, t: GoType, cur: unknown): unknown {
    // The common case, a string into a string field, needs no resolving.
    if (t.kind === "string" && indicatedString(n)) return this.ok(n.value);
    const { tag, value } = this.resolved(n);
    if (value.kind === "null") return this.null(t, cur);
    switch (t.kind) {
      case "string":
        return this.ok(tag === BINARY_TAG && value.kind === "str" ? value.v : n.value);
      case "int":
        if (value.kind === "int") return this.ok(goInt(value.v));
        if (value.kind === "float" && value.v <= TWO_63) {
          // Go's int64(f) on amd64: truncation, and the minimum int64 for anything out of range.
          const f = value.v;
          return this.ok(goInt(f >= -TWO_63 && f < TWO_63 ? BigInt(Math.trunc(f)) : INT64_MIN));
        }
        break;
      case "bool":
        if (value.kind === "bool") return this.ok(value.v);
        if (value.kind === "str") {
          if (["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].includes(value.v)) return this.ok(true);
          if (["n", "N", "no", "No", "NO", "off", "Off", "OFF"].includes(value.v)) return this.ok(false);
        }
        break;
    }
    this.terror(n, tag, t);
    return this.fail(cur);
  }

  private sequence(n: YamlNode, t: GoType, cur: unknown): unknown {
    if (t.kind !== "slice") {
      this.terror(n, SEQ_TAG, t);
      return this.fail(cur);
    }
    const out: unknown[] = [];
    const items = n.content;
    for (let i = 0; i < items.length; i++) {
      const v = this.unmarshal(items[i], t.elem, zeroValue(t.elem));
      if (this.good) out.push(v);
    }
    return this.ok(out);
  }

  private mapping(n: YamlNode, t: GoType, cur: unknown): unknown {
    const l = n.content.length;
    const before = this.terrors.length;
    for (let i = 0; i < l; i += 2) {
      const ni = n.content[i];
      for (let j = i + 2; j < l; j += 2) {
        const nj = n.content[j];
        if (ni.kind === nj.kind && ni.value === nj.value) {
          this.terrors.push(`line ${nj.line}: mapping key ${goQuote(nj.value)} already defined at line ${ni.line}`);
        }
      }
    }
    if (this.terrors.length > before) return this.fail(cur);
    if (t.kind === "struct") return this.mappingStruct(n, t, cur as Record<string, unknown>);
    if (t.kind !== "map") {
      this.terror(n, MAP_TAG, t);
      return this.fail(cur);
    }
    let out = cur as Record<string, unknown> | undefined;
    const mapIsNew = out === undefined || !this.createdMaps.has(out);
    if (mapIsNew) {
      out = {};
      this.createdMaps.add(out);
    }
    const mergedFields = this.mergedFields;
    this.mergedFields = undefined;
    let mergeNode: YamlNode | undefined;
    for (let i = 0; i < l; i += 2) {
      const kn = n.content[i];
      if (isMerge(kn)) {
        mergeNode = n.content[i + 1];
        continue;
      }
      const k = this.unmarshal(kn, t.key, zeroValue(t.key));
      if (!this.good) continue;
      const key = String(k);
      if (mergedFields) {
        const id = "str:" + key;
        if (mergedFields.has(id)) continue;
        mergedFields.add(id);
      }
      const vn = n.content[i + 1];
      const v = this.unmarshal(vn, t.elem, zeroValue(t.elem));
      if (this.good || (isNullNode(vn) && (mapIsNew || !Object.prototype.hasOwnProperty.call(out, key)))) {
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
    }
    this.mergedFields = mergedFields;
    if (mergeNode) this.merge(n, mergeNode, t, out);
    return this.ok(out);
  }

  private mappingStruct(n: YamlNode, t: StructType, obj: Record<string, unknown>): unknown {
    const mergedFields = this.mergedFields;
    this.mergedFields = undefined;
    let mergeNode: YamlNode | undefined;
    const fields = fieldIndexes(t);
    // The fields set so far, by index: bits for the first 30, a set beyond (made only if needed).
    let doneBits = 0;
    let doneMore: Set<number> | undefined;
    let name = "";
    for (let i = 0; i < n.content.length; i += 2) {
      const ni = n.content[i];
      if (isMerge(ni)) {
        mergeNode = n.content[i + 1];
        continue;
      }
      name = this.unmarshal(ni, STRING, name) as string;
      if (!this.good) continue;
      if (mergedFields) {
        const id = "str:" + name;
        if (mergedFields.has(id)) continue;
        mergedFields.add(id);
      }
      const index = fields.get(name);
      if (index === undefined) continue;
      const done = index < 30 ? (doneBits & (1 << index)) !== 0 : doneMore !== undefined && doneMore.has(index);
      if (done) {
        this.terrors.push(`line ${ni.line}: field ${name} already set in type ${t.name}`);
        continue;
      }
      if (index < 30) doneBits |= 1 << index;
      else (doneMore ??= new Set()).add(index);
      const field = t.fields[index];
      obj[field.key] = this.unmarshal(n.content[i + 1], field.type, obj[field.key]);
    }
    this.mergedFields = mergedFields;
    if (mergeNode) this.merge(n, mergeNode, t, obj);
    return this.ok(obj);
  }

  /** The identity of a key decoded into interface{} (for merge bookkeeping). */
  private keyIdentity(n: YamlNode): string {
    this.decodeCount++;
    if (n.kind === "alias") {
      if (this.aliases.has(n)) failf(`anchor '${n.value}' value contains itself`);
      return n.alias ? this.keyIdentity(n.alias) : "null:";
    }
    if (n.kind !== "scalar") return "node:" + n.line + ":" + n.column;
    const { value } = this.resolved(n);
    switch (value.kind) {
      case "null":
        return "null:";
      case "str":
        return "str:" + value.v;
      case "timestamp":
        return "time:" + n.value;
      default:
        return value.kind + ":" + String(value.v);
    }
  }

  private merge(parent: YamlNode, merge: YamlNode, t: GoType, out: unknown): void {
    const mergedFields = this.mergedFields;
    if (!mergedFields) {
      const set = new Set<string>();
      for (let i = 0; i < parent.content.length; i += 2) set.add(this.keyIdentity(parent.content[i]));
      this.mergedFields = set;
    }
    const wantMap = () => failf("map merge requires map or sequence of maps as the value");
    switch (merge.kind) {
      case "mapping":
        this.unmarshal(merge, t, out);
        break;
      case "alias":
        if (merge.alias && merge.alias.kind !== "mapping") wantMap();
        this.unmarshal(merge, t, out);
        break;
      case "sequence":
        for (const ni of merge.content) {
          if (ni.kind === "alias") {
            if (ni.alias && ni.alias.kind !== "mapping") wantMap();
          } else if (ni.kind !== "mapping") wantMap();
          this.unmarshal(ni, t, out);
        }
        break;
      default:
        wantMap();
    }
    this.mergedFields = mergedFields;
  }
}

/** go-yaml's TypeError text. */
export function typeErrorText(terrors: string[]): string {
  return "yaml: unmarshal errors:\n  " + terrors.join("\n  ");
}

