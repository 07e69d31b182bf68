// Ignition 3.0.0 … 3.7.0-experimental as Butane 0.29.0 vendors it (Ignition 2.26.0):
// type descriptors, Validate()/ValidateDups, JSON output, and config parsing.
import { type GoType, type StructType, zeroValue } from "../go/gotype";
import type { Path } from "../go/path";
import { type Entry, Report } from "../go/report";
import { canonicalSemver } from "../go/semver";
import { E } from "./errors";
import { buildTypes } from "./types/table";
import { unmarshal } from "./validate/gojson";
import { runDupsAndValidators, runUnusedKeys, runValidators } from "./validate/walk";
import type { IgnitionVersion } from "./versions/rules";
import { v3_0 } from "./versions/v3_0";
import { v3_1 } from "./versions/v3_1";
import { v3_2 } from "./versions/v3_2";
import { v3_3 } from "./versions/v3_3";
import { v3_4 } from "./versions/v3_4";
import { v3_5 } from "./versions/v3_5";
import { v3_6 } from "./versions/v3_6";
import { v3_7_experimental } from "./versions/v3_7_experimental";

export { marshalJson } from "./marshal";
export { parseUnitContents } from "./validate/unit";

export interface IgnitionSpec {
  version: string;
  /** types.Config of this version. */
  type: StructType;
  /** Every named type of the version, by Go name without package ("File", "Resource"). */
  types: ReadonlyMap<string, GoType>;
}

const versions: IgnitionVersion[] = [v3_0, v3_1, v3_2, v3_3, v3_4, v3_5, v3_6, v3_7_experimental];
const specs = new Map<string, { spec: IgnitionSpec; rules: IgnitionVersion }>();

function lookup(version: string) {
  let hit = specs.get(version);
  if (hit) return hit;
  const rules = versions.find((v) => v.version === version);
  if (!rules) return undefined;
  const types = buildTypes(rules.types);
  hit = { spec: { version, type: types.get("Config") as StructType, types }, rules };
  specs.set(version, hit);
  return hit;
}

export const ignitionVersions = (): string[] => versions.map((v) => v.version);

export function ignitionSpec(version: string): IgnitionSpec | undefined {
  return lookup(version)?.spec;
}

function need(version: string) {
  const hit = lookup(version);
  if (!hit) throw new Error(`ignition: unsupported version ${version}`);
  return hit;
}

/** The value with every struct field present, nil pointers undefined and nil slices [] (defensive). */
function complete(t: GoType, v: unknown): unknown {
  // Values the engine built itself are complete already; the validators only read them.
  return isComplete(t, v) ? v : completeCopy(t, v);
}

/** Every field of every struct present, with no nil scalars or slices: what the validators need. */
function isComplete(t: GoType, v: unknown): boolean {
  return completenessCheck(t)(v);
}

/** isComplete for one type's values, with the type's decisions (kinds, fields) made once. */
type CompletenessCheck = (v: unknown) => boolean;

const completenessChecks = new WeakMap<GoType, CompletenessCheck>();

function completenessCheck(t: GoType): CompletenessCheck {
  let check = completenessChecks.get(t);
  if (check === undefined) {
    // A placeholder first, so that a type reaching itself resolves lazily.
    let built: CompletenessCheck | undefined;
    completenessChecks.set(t, (v) => (built ??= completenessChecks.get(t)!)(v));
    built = buildCompletenessCheck(t);
    completenessChecks.set(t, built);
    check = built;
  }
  return check;
}

const isSet = (v: unknown): boolean => v !== undefined && v !== null;

function buildCompletenessCheck(t: GoType): CompletenessCheck {
  switch (t.kind) {
    case "ptr": {
      const elem = completenessCheck(t.elem);
      return (v) => v === undefined || (v !== null && elem(v));
    }
    case "slice": {
      const elem = completenessCheck(t.elem);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!(i in v) || !elem(v[i])) return false;
        return true;
      };
    }
    case "struct": {
      const fieldCount = t.fields.length;
      const keys = t.fields.map((f) => f.key);
      const checks = t.fields.map((f) => completenessCheck(f.type));
      return (v) => {
        // A struct still being assembled (types add fields while building) gets a fresh check.
        if (t.fields.length !== fieldCount) {
          completenessChecks.delete(t);
          return completenessCheck(t)(v);
        }
        if (v === undefined || v === null || typeof v !== "object" || Array.isArray(v)) return false;
        // Every field set (validation reads fields by name; extra keys or their order do not matter).
        const o = v as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) if (!checks[i](o[keys[i]])) return false;
        return true;
      };
    }
    default:
      return isSet;
  }
}

function completeCopy(t: GoType, v: unknown): unknown {
  switch (t.kind) {
    case "ptr":
      return v === undefined || v === null ? undefined : completeCopy(t.elem, v);
    case "slice":
      return Array.isArray(v) ? v.map((x) => completeCopy(t.elem, x)) : [];
    case "struct": {
      const o = (v ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const f of t.fields) out[f.key] = completeCopy(f.type, o[f.key]);
      return out;
    }
    default:
      return v === undefined || v === null ? zeroValue(t) : v;
  }
}

/** validate.Validate(cfg, "json") for a types.Config value of `version` (json-space paths). */
export function validateConfig(version: string, value: unknown): Entry[] {
  const { spec, rules } = need(version);
  return runValidators(rules, spec.type, complete(spec.type, value)).entries;
}

/** validate.ValidateCustom(cfg, "json", ValidateDups), then validateConfig, in one walk over one completed value. */
export function validateDupsAndConfig(version: string, value: unknown): { dups: Entry[]; config: Entry[] } {
  const { spec, rules } = need(version);
  const completed = complete(spec.type, value);
  const { dups, config } = runDupsAndValidators(rules, spec.type, completed);
  return { dups: dups.entries, config: config.entries };
}

/** Decode raw Ignition JSON into `version`'s types (util.HandleParseErrors + vcontext's checks). */
function decodeAndValidate(version: string, raw: string | Uint8Array): { value?: unknown; report: Report; ok: boolean } {
  const { spec, rules } = need(version);
  const report = new Report();
  const decoded = unmarshal(spec.type, raw);
  if ("error" in decoded) {
    report.error([], decoded.error);
    return { report, ok: false };
  }
  // validate.ValidateWithContext: Validate, then ValidateDups, then unused keys.
  const { dups, config } = runDupsAndValidators(rules, spec.type, decoded.value);
  report.merge(config);
  report.merge(dups);
  report.merge(runUnusedKeys(spec.type, decoded.value, decoded.node));
  return { value: decoded.value, report, ok: true };
}

/**
 * Parse an Ignition config of any supported version, as Ignition's config parsing does: read
 * ignition.version, decode into that version's types and validate (json-space paths).
 * `report` holds the parse error (path $) when the JSON or its version is unusable.
 */
export function parseConfig(json: string | Uint8Array): { version?: string; value?: unknown; report: Entry[] } {
  const report = new Report();
  if (json.length === 0) {
    report.error([], E.empty);
    return { report: report.entries };
  }
  const stub = unmarshal(
    { kind: "struct", name: "util.versionStub", fields: [{ key: "ignition", type: { kind: "struct", name: "util.Ignition", fields: [{ key: "version", type: { kind: "string" } }] } }] },
    json,
  );
  if ("error" in stub) {
    report.error([], stub.error);
    return { report: report.entries };
  }
  const raw = (stub.value as { ignition: { version: string } }).ignition.version;
  const version = canonicalSemver(raw);
  if (version === undefined) {
    report.error([], E.invalidVersion);
    return { report: report.entries };
  }
  if (!lookup(version)) {
    report.error([], E.unknownVersion);
    return { version, report: report.entries };
  }
  const res = decodeAndValidate(version, json);
  return { version, value: res.value, report: res.report.entries };
}

/**
 * Butane's ValidateIgnitionConfig (base/v0_N/util.go) for an inline merge/replace config:
 * the JSON is decoded into the Ignition types of the Butane spec (`version`), not its own.
 * `context` is the Butane resource's path; entries otherwise keep the inner config's json
 * paths. `error` ("config is not valid") is set when decoding failed: Butane then adds it at
 * the resource's `inline` field.
 */
export function validateIgnitionConfig(
  version: string,
  context: Path,
  raw: string | Uint8Array,
): { entries: Entry[]; error?: string } {
  const { spec, rules } = need(version);
  const decoded = unmarshal(spec.type, raw);
  if ("error" in decoded) return { entries: [{ level: "error", path: [], message: decoded.error }], error: E.invalid };
  const ignField = spec.type.fields.find((f) => f.key === "ignition")!;
  const ign = runValidators(rules, ignField.type, (decoded.value as Record<string, unknown>).ignition);
  if (ign.entries.some((e) => e.level === "error" && e.message === E.unknownVersion)) {
    return { entries: [{ level: "warning", path: [...context, "version"], message: E.unknownInlineVersion }] };
  }
  return { entries: decodeAndValidate(version, raw).report.entries };
}
