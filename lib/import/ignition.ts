// Ignition JSON → Butane YAML, written as a person would: data URLs decoded to `inline` text
// (gunzipped when compressed), binary contents as attached files read through `local:`, modes
// in octal, generated mount units folded back into `with_mount_unit`, empty fields left out.
// The contract is the round trip: transpiling the result gives back an Ignition config equal
// to the input (contents compared by the bytes they hold).
import { gunzipSync } from "fflate";
import { Document, isScalar, visit } from "yaml";
import { allSpecs, ignitionSpec, isZero, transpile, type FilesDir, type GoType, type Spec, type StructType } from "../index";
import { decodeDataUrl, readableText } from "./dataurl";
import { foldMountUnits } from "./mount-units";

export interface ImportResult {
  /** The Butane document. */
  butane: string;
  variant: string;
  version: string;
  /** Binary contents, by the name the Butane reads them with (`local: NAME`). */
  files: Record<string, Uint8Array>;
  /** What was converted, in words, for the notice. */
  converted: string[];
  /** What could not be carried over or needs a look. */
  warnings: string[];
}

/** Ignition's camelCase json key → Butane's snake_case yaml key (sizeMiB → size_mib). */
export function butaneKey(key: string): string {
  return key.replace(/MiB/g, "_mib").replace(/([A-Z])/g, "_$1").toLowerCase();
}

/** The specs that produce an Ignition version, best first: Flatcar, then Fedora CoreOS (newest). */
export function specsFor(ignitionVersion: string): Spec[] {
  const rank = (v: string) => (v === "flatcar" ? 0 : v === "fcos" ? 1 : 9);
  return allSpecs()
    .filter((s) => s.ignitionVersion === ignitionVersion && rank(s.variant) < 9)
    .sort((a, b) => rank(a.variant) - rank(b.variant) || (a.version < b.version ? 1 : -1));
}

export class ImportError extends Error {}

export function importIgnition(json: string): ImportResult {
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch (e) {
    throw new ImportError(`not JSON: ${(e as Error).message}`);
  }
  const version = (config as { ignition?: { version?: unknown } })?.ignition?.version;
  if (typeof version !== "string") throw new ImportError("not an Ignition config: ignition.version is missing");
  const ign = ignitionSpec(version);
  if (!ign) throw new ImportError(`Ignition ${version} is not supported (3.0.0 and later are)`);
  const candidates = specsFor(version);
  if (candidates.length === 0) throw new ImportError(`no Butane spec produces Ignition ${version}`);

  let first: ImportResult | undefined;
  for (const spec of candidates) {
    const plain = convert(config as Record<string, unknown>, ign.type, spec);
    const r = result(plain, spec, version);
    first ??= r;
    // Prefer the first spec (Flatcar) whose Butane transpiles without errors.
    const t = transpile(r.butane, { filesDir: memoryFilesDir(r.files) });
    if (t.output !== undefined && !t.report.some((e) => e.level === "error")) {
      return withMountUnitsFolded(plain, spec, version, t.output) ?? r;
    }
  }
  return first!;
}

interface Ctx {
  files: Record<string, Uint8Array>;
  converted: Set<string>;
  warnings: string[];
}

interface Converted {
  /** The Butane document as a value (Butane keys), without variant and version. */
  body: Record<string, unknown>;
  ctx: Ctx;
}

function convert(config: Record<string, unknown>, ignType: StructType, spec: Spec): Converted {
  const ctx: Ctx = { files: {}, converted: new Set(), warnings: [] };
  return { body: convertStruct(config, ignType, spec.type, ["$"], ctx) ?? {}, ctx };
}

function result({ body, ctx }: Converted, spec: Spec, ignitionVersion: string): ImportResult {
  const value = { variant: spec.variant, version: spec.version, ...body };
  return {
    butane: writeYaml(value, `Imported from an Ignition ${ignitionVersion} config by Kindling.`),
    variant: spec.variant,
    version: spec.version,
    files: ctx.files,
    converted: [...ctx.converted],
    warnings: ctx.warnings,
  };
}

/**
 * The import with generated mount units folded back into `with_mount_unit`, when its Butane
 * transpiles to exactly the output of the unfolded one (`plainOutput`); undefined when no unit
 * folds. A fold the spec refuses (fcos 1.6+ mounts only below /var, /etc…) is narrowed to the
 * filesystems before the one refused, so the others still fold.
 */
function withMountUnitsFolded(plain: Converted, spec: Spec, ignitionVersion: string, plainOutput: string): ImportResult | undefined {
  let limit = Infinity;
  for (;;) {
    const body = structuredClone(plain.body);
    const folded = foldMountUnits(body, spec, limit);
    if (folded.length === 0) return undefined;
    const r = result({ body, ctx: plain.ctx }, spec, ignitionVersion);
    const t = transpile(r.butane, { filesDir: memoryFilesDir(r.files) });
    if (t.output === plainOutput) {
      const n = folded.length;
      r.converted.push(`${n} generated mount unit${n === 1 ? "" : "s"} written as with_mount_unit`);
      return r;
    }
    const refused = t.report
      .filter((e) => e.level === "error" && e.path[0] === "storage" && e.path[1] === "filesystems")
      .map((e) => Number(e.path[2]))
      .filter((i) => folded.includes(i));
    limit = refused.length ? Math.min(...refused) : folded[folded.length - 1];
  }
}

const deref = (t: GoType): GoType => (t.kind === "ptr" ? deref(t.elem) : t);

function convertValue(v: unknown, ign: GoType, but: GoType, path: string[], ctx: Ctx): unknown {
  ign = deref(ign);
  but = deref(but);
  if (v === null || v === undefined) return undefined;
  if (ign.kind === "struct" && but.kind === "struct") {
    if (typeof v !== "object" || Array.isArray(v)) return v;
    return convertStruct(v as Record<string, unknown>, ign, but, path, ctx);
  }
  if (ign.kind === "slice" && but.kind === "slice") {
    if (!Array.isArray(v)) return v;
    const out = v.map((x, i) => convertValue(x, ign.elem, but.elem, [...path, String(i)], ctx) ?? null);
    return out.length ? out : undefined;
  }
  return v;
}

function convertStruct(
  v: Record<string, unknown>,
  ign: StructType,
  but: StructType,
  path: string[],
  ctx: Ctx,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, x] of Object.entries(v)) {
    if (path.length === 2 && path[1] === "ignition" && key === "version") continue; // the spec says it
    const f = ign.fields.find((g) => g.key === key);
    const bf = but.fields.find((g) => g.key === butaneKey(key));
    if (!f || !bf) {
      ctx.warnings.push(`${[...path, key].join(".")}: no Butane equivalent in this spec; left out`);
      continue;
    }
    // A Go zero value (null, "", 0, false, [] or {} where the field is no pointer) is what Ignition
    // writes when the key is absent: leaving it out changes nothing. A set pointer (`overwrite:
    // false`, `size_mib: 0`) is written by Ignition, so it stays for the round trip.
    if (isZero(f.type, x)) continue;
    const c = convertValue(x, f.type, bf.type, [...path, key], ctx);
    if (c === undefined) continue;
    out[bf.key] = c;
  }
  if ("source" in out) inlineResource(out, but, path, ctx);
  return Object.keys(out).length ? inPersonsOrder(out, but) : undefined;
}

/** Keys that say what an entry is come first, as in Butane's docs; the rest in the spec's order. */
const IDENTITY_KEYS = ["name", "device", "path", "label", "number", "url", "source", "inline", "local"];

function inPersonsOrder(o: Record<string, unknown>, but: StructType): Record<string, unknown> {
  const rank = (k: string) => {
    const i = IDENTITY_KEYS.indexOf(k);
    return i >= 0 ? i - IDENTITY_KEYS.length : but.fields.findIndex((f) => f.key === k);
  };
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A resource whose source is a data URL becomes inline text or an attached file. */
function inlineResource(r: Record<string, unknown>, but: StructType, path: string[], ctx: Ctx): void {
  const has = (k: string) => but.fields.some((f) => f.key === k);
  const source = r.source;
  if (typeof source !== "string" || !source.startsWith("data:")) return;
  // A hash covers the bytes as fetched (compressed); headers mean nothing to a data URL: keep as is.
  if (r.verification !== undefined || r.http_headers !== undefined) return;
  let bytes = decodeDataUrl(source);
  if (!bytes) return;
  if (r.compression === "gzip") {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      return;
    }
  } else if (r.compression !== undefined && r.compression !== "") return;
  const text = readableText(bytes);
  // Butane parses an inline merge/replace config; one that is not JSON stays a data URL.
  if (path[1] === "ignition" && path[2] === "config" && !parsesAsJson(text)) return;
  if (text !== undefined && has("inline")) {
    delete r.source;
    delete r.compression;
    r.inline = text;
      ctx.converted.add("data URLs decoded to inline text");
  } else if (has("local")) {
    delete r.source;
    delete r.compression;
    r.local = fileNameFor(path, ctx);
    ctx.files[r.local as string] = bytes;
    ctx.converted.add("binary contents kept as attached files (local:)");
  }
}

function parsesAsJson(text: string | undefined): boolean {
  try {
    JSON.parse(text ?? "");
    return true;
  } catch {
    return false;
  }
}

/** A name for an attached file: the basename of the file it belongs to, made unique. */
function fileNameFor(path: string[], ctx: Ctx): string {
  const base = "contents";
  let name = base;
  for (let n = 2; name in ctx.files; n++) name = `${base}-${n}`;
  return name;
}

/** Butane YAML as a person writes it: literal blocks for multi-line text, octal modes. */
export function writeYaml(value: unknown, comment?: string): string {
  const doc = new Document(value, { version: "1.1" });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "mode" && isScalar(pair.value) && typeof pair.value.value === "number") {
        pair.value.format = "OCT";
      }
    },
  });
  if (comment) doc.commentBefore = " " + comment;
  return doc.toString({ lineWidth: 0, blockQuote: "literal", indentSeq: true });
}

/** Attached files as the engine reads them (`local:` names relative to the files directory). */
export function memoryFilesDir(files: Record<string, Uint8Array>, name = "files"): FilesDir {
  const strip = (p: string) => (p.startsWith(name + "/") ? p.slice(name.length + 1) : p);
  return {
    name,
    stat(p) {
      const k = strip(p);
      if (k in files) return { kind: "file", mode: 0o644 };
      if (Object.keys(files).some((f) => f.startsWith(k + "/")) || p === name) return { kind: "dir", mode: 0o755 };
      return { error: `lstat ${p}: no such file or directory` };
    },
    readFile(p) {
      const k = strip(p);
      return k in files ? files[k] : { error: `open ${p}: no such file or directory` };
    },
    readDir(p) {
      const k = p === name ? "" : strip(p) + "/";
      const names = new Set(Object.keys(files).filter((f) => f.startsWith(k)).map((f) => f.slice(k.length).split("/")[0]));
      return [...names].sort();
    },
    readLink(p) {
      return { error: `readlink ${p}: invalid argument` };
    },
  };
}
