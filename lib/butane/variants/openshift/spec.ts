// The OpenShift variant (config/openshift/v4_*): a Fedora CoreOS config plus `metadata` and
// `openshift`, translated into a MachineConfig written as YAML (TranslateBytesYAML), or with
// -r/--raw into the plain Ignition config (ToIgn3_*: the MachineConfig-only fields are dropped
// with a warning, and the MachineConfig field filters do not apply).
//
// API
//   makeOpenShiftSpec(v) → Spec
import type { MapType, StructType } from "../../../go/gotype";
import { type Path } from "../../../go/path";
import { marshalJson } from "../../../ignition";
import { parseURL } from "../../../ignition/validate/url";
import { translateBase } from "../../base/translate";
import { baseValidators } from "../../base/validate";
import type { SpecContext, TranslateOptions } from "../../context";
import * as E from "../../errors";
import { type Spec, type SpecResult, baseSchema, ignitionType, runPipeline } from "../../pipeline";
import { type Schema, layerSchema } from "../../schema/define";
import { fcosLayers } from "../../schema/variants";
import { type TranslatedConfig, TranslationSet, Translator, TReport, mapReportPaths } from "../../translate";
import { type Validators, type Validator, validateValue } from "../../validate";
import { minorOf } from "../../versions";
import { fcosTranslate, fcosValidators } from "../fcos/layer";
import { structAt } from "../fcos/ign-types";
import { butaneYamlFromJson } from "../../../yaml/encode";
import { type OpenShiftVersion, openshiftFilters } from "./versions";

type Obj = Record<string, unknown>;

const ROLE_LABEL_KEY = "machineconfiguration.openshift.io/role";
const MC_API_VERSION = "machineconfiguration.openshift.io/v1";
const MC_KIND = "MachineConfig";
const CEX_KARG = "rd.luks.key=/etc/luks/cex.key";
const fipsCipherOption = "--cipher";
const fipsCipherShortOption = "-c";
const fipsCipherArgument = "aes-cbc-essiv:sha256";

const stringMap: MapType = { kind: "map", key: { kind: "string" }, elem: { kind: "string" } };

function openshiftSchema(v: OpenShiftVersion): Schema {
  const fcos = layerSchema(v.fcosPkg, baseSchema(v.base), fcosLayers[v.fcosPkg] ?? {});
  const s = layerSchema(v.pkg, fcos, {
    rootFields: { metadata: "Metadata", openshift: "OpenShift" },
    structs: {
      Metadata: { name: "string" },
      OpenShift: { kernel_arguments: "[]string", extensions: "[]string", fips: "*bool", kernel_type: "*string" },
    },
  });
  // the schema language has no maps: labels (map[string]string) is added by hand
  (s.types.get("Metadata") as StructType).fields.push({ key: "labels", type: stringMap });
  return s;
}

/** result.MachineConfig as a type descriptor (json keys), around the Ignition config type. */
function machineConfigType(ignType: StructType): StructType {
  return {
    kind: "struct",
    name: "result.MachineConfig",
    fields: [
      { key: "apiVersion", type: { kind: "string" } },
      { key: "kind", type: { kind: "string" } },
      {
        key: "metadata",
        type: {
          kind: "struct",
          name: "result.Metadata",
          fields: [
            { key: "name", type: { kind: "string" } },
            { key: "labels", type: stringMap, omitempty: true },
          ],
        },
      },
      {
        key: "spec",
        type: {
          kind: "struct",
          name: "result.Spec",
          fields: [
            { key: "config", type: ignType },
            { key: "kernelArguments", type: { kind: "slice", elem: { kind: "string" } }, omitempty: true },
            { key: "extensions", type: { kind: "slice", elem: { kind: "string" } }, omitempty: true },
            { key: "fips", type: { kind: "ptr", elem: { kind: "bool" } }, omitempty: true },
            { key: "kernelType", type: { kind: "ptr", elem: { kind: "string" } }, omitempty: true },
          ],
        },
      },
    ],
  };
}

// ---- validation ----

const metadataValidator: Validator<SpecContext> = (m, path) => {
  const r = new TReport();
  if (m.name === "" || m.name === undefined) r.error([...path, "name"], E.ErrNameRequired);
  const labels = (m.labels as Record<string, string>) ?? {};
  if ((labels[ROLE_LABEL_KEY] ?? "") === "") r.error([...path, "labels"], E.ErrRoleRequired);
  return r;
};

const openshiftValidator: Validator<SpecContext> = (o, path) => {
  const r = new TReport();
  const kt = o.kernel_type;
  if (kt !== undefined && kt !== null && !["", "default", "realtime"].includes(kt as string)) {
    r.error([...path, "kernel_type"], E.ErrInvalidKernelType);
  }
  return r;
};

/** 4.19+: a CEX-encrypted root needs the key file kernel argument (replaces fcos's Config.Validate). */
const configCexValidator: Validator<SpecContext> = (conf, path) => {
  const r = new TReport();
  const kargs = ((((conf.openshift as Obj) ?? {}).kernel_arguments as string[]) ?? []) as string[];
  const luks = (((conf.boot_device as Obj) ?? {}).luks as Obj) ?? {};
  if ((luks.cex as Obj | undefined)?.enabled === true && !kargs.includes(CEX_KARG)) {
    r.error([...path, "openshift", "kernel_arguments"], E.ErrMissingKernelArgumentCex);
  }
  const volumes = ((((conf.storage as Obj) ?? {}).luks as Obj[]) ?? []) as Obj[];
  const cexRoot = volumes.some((l) => (l.cex as Obj | undefined)?.enabled === true && l.name === "root");
  if (cexRoot && !kargs.includes(CEX_KARG)) r.error([...path, "openshift", "kernel_arguments"], E.ErrMissingKernelArgumentCex);
  return r;
};

function openshiftValidators(v: OpenShiftVersion, ctx: SpecContext): Validators<SpecContext> {
  const m = baseValidators(ctx);
  for (const [n, fn] of Object.entries(fcosValidators(minorOf(v.fcosVersion)))) m.set(n, fn);
  // the embedded fcos Config.Validate is shadowed by OpenShift's own (4.19+) or absent
  m.delete("Config");
  if (v.minor >= 19) m.set("Config", configCexValidator);
  m.set("Metadata", metadataValidator);
  m.set("OpenShift", openshiftValidator);
  return m;
}

// ---- translation (ToMachineConfig4_*Unvalidated) ----

interface MachineConfigResult {
  mc: Obj;
  ts: TranslationSet;
  report: TReport;
  fatal: boolean;
}

function translateUserGrubCfg(cfg: Obj, ts: TranslationSet, ignType: StructType): TranslationSet {
  const files = ((cfg.storage as Obj).files as Obj[]) ?? [];
  const i = files.findIndex((f) => f.path === "/boot/grub2/user.cfg");
  if (i < 0) return ts;
  const file = files[i];
  const append = (file.append as Obj[]) ?? [];
  if (append.length !== 1) return ts;
  const resT = structAt(ignType, "storage", "files", "contents");
  files[i] = { ...file, contents: append[0], append: [] };
  const mappings = new TranslationSet();
  mappings.addFromCommonObject(["storage", "files", i, "append", 0], ["storage", "files", i, "contents"], resT, append[0]);
  return ts.map(mappings);
}

function addLuksFipsOptions(mc: Obj): TranslationSet {
  const ts = new TranslationSet();
  const spec = mc.spec as Obj;
  if (spec.fips !== true) return ts;
  const volumes = (((spec.config as Obj).storage as Obj).luks as Obj[]) ?? [];
  volumes.forEach((luks, i) => {
    const options = ((luks.options as string[]) ?? []) as string[];
    const has = options.some(
      (o) => o === fipsCipherOption || o.startsWith(fipsCipherOption + "=") || o === fipsCipherShortOption,
    );
    if (has) return;
    for (let j = 0; j < 2; j++) {
      ts.add(["openshift", "fips"], ["spec", "config", "storage", "luks", i, "options", options.length + j]);
    }
    if (options.length === 0) ts.add(["openshift", "fips"], ["spec", "config", "storage", "luks", i, "options"]);
    luks.options = [...options, fipsCipherOption, fipsCipherArgument];
  });
  return ts;
}

function mcoChecks(v: OpenShiftVersion, mc: Obj): TReport {
  const r = new TReport();
  const storage = ((mc.spec as Obj).config as Obj).storage as Obj;
  const at = (...p: Path) => ["spec", "config", ...p];
  const filesystems = (storage.filesystems as Obj[]) ?? [];
  filesystems.forEach((fs, i) => {
    if (fs.format === "btrfs") r.jsonError(at("storage", "filesystems", i, "format"), E.ErrBtrfsSupport);
  });
  if (v.minor >= 14) {
    filesystems.forEach((fs, i) => {
      if (fs.format === "none") r.jsonError(at("storage", "filesystems", i, "format"), E.ErrFilesystemNoneSupport);
    });
  }
  ((storage.files as Obj[]) ?? []).forEach((file, i) => {
    const source = ((file.contents as Obj) ?? {}).source;
    if (typeof source === "string") {
      const u = parseURL(source);
      if (u && u.scheme !== "data") r.jsonError(at("storage", "files", i, "contents", "source"), E.ErrFileSchemeSupport);
    }
    const mode = file.mode;
    if (v.minor >= 10 && mode !== undefined && mode !== null && (BigInt(mode as number | bigint) & ~0o777n) !== 0n) {
      r.jsonError(at("storage", "files", i, "mode"), E.ErrFileSpecialModeSupport);
    }
  });
  ((((mc.spec as Obj).config as Obj).passwd as Obj).users as Obj[] | undefined)?.forEach((user, i) => {
    if (user.name !== "core") r.jsonError(at("passwd", "users", i, "name"), E.ErrUserNameSupport);
  });
  return r;
}

function toMachineConfig(v: OpenShiftVersion, ctx: SpecContext, config: Obj, mcType: StructType): MachineConfigResult {
  const t: TranslatedConfig = fcosTranslate(ctx, config, translateBase(ctx, config));
  const r = t.report;
  if (r.fatal) return { mc: {}, ts: t.ts, report: r, fatal: true };
  let cfgTs = t.ts;
  const cfg = t.value;
  if (v.minor >= 23) cfgTs = translateUserGrubCfg(cfg, cfgTs, ctx.ignType);

  const ts = cfgTs.prefixPaths([], ["spec", "config"]);
  const metadata = (config.metadata as Obj) ?? {};
  const labels: Record<string, string> = {};
  ts.add(["version"], ["apiVersion"]);
  ts.add(["version"], ["kind"]);
  ts.add(["metadata"], ["metadata"]);
  ts.add(["metadata", "name"], ["metadata", "name"]);
  ts.add(["metadata", "labels"], ["metadata", "labels"]);
  ts.add(["version"], ["spec"]);
  ts.add([], ["spec", "config"]);
  for (const [k, val] of Object.entries((metadata.labels as Record<string, string>) ?? {})) {
    labels[k] = val;
    ts.add(["metadata", "labels", k], ["metadata", "labels", k]);
  }

  const specT = structAt(mcType, "spec");
  const osT = ctx.schema.types.get("OpenShift") as StructType;
  const tr = new Translator<SpecContext>(ctx);
  const c = tr
    .fields(osT, (config.openshift as Obj) ?? {}, specT)
    .copy("extensions")
    .copy("fips")
    .copy("kernel_arguments", "kernelArguments")
    .copy("kernel_type", "kernelType");
  ts.mergeP2("openshift", "spec", c.ts);
  r.merge(c.report);
  const spec = { ...c.to, config: cfg };
  const mc: Obj = {
    apiVersion: MC_API_VERSION,
    kind: MC_KIND,
    metadata: { name: metadata.name ?? "", labels },
    spec,
  };
  if (v.minor <= 19) ts.merge(addLuksFipsOptions(mc));
  r.merge(mcoChecks(v, mc));
  return { mc, ts, report: r, fatal: false };
}

/** The spec fields other than config that raw mode drops (CheckForElidedFields), as json paths. */
function elidedFieldWarnings(spec: Obj): TReport {
  const r = new TReport();
  const present = (x: unknown) => (Array.isArray(x) ? x.length > 0 : x !== undefined && x !== null);
  for (const k of ["kernelArguments", "extensions", "fips", "kernelType"]) {
    if (present(spec[k])) r.jsonWarn(["spec", k], E.ErrFieldElided);
  }
  return r;
}

/** Go's encoding/json of the MachineConfig, as the generic value json.Unmarshal gives back. */
function machineConfigJson(mc: Obj, ignType: StructType): string {
  const spec = mc.spec as Obj;
  const meta = mc.metadata as Obj;
  const labels = meta.labels as Record<string, string>;
  const out: Obj = {
    apiVersion: mc.apiVersion,
    kind: mc.kind,
    metadata: Object.keys(labels).length ? { name: meta.name, labels } : { name: meta.name },
    spec: { config: JSON.parse(marshalJson(ignType, spec.config, false)) },
  };
  const s = out.spec as Obj;
  if (((spec.kernelArguments as string[]) ?? []).length) s.kernelArguments = spec.kernelArguments;
  if (((spec.extensions as string[]) ?? []).length) s.extensions = spec.extensions;
  if (spec.fips !== undefined && spec.fips !== null) s.fips = spec.fips;
  if (spec.kernelType !== undefined && spec.kernelType !== null) s.kernelType = spec.kernelType;
  return JSON.stringify(out);
}

export function makeOpenShiftSpec(v: OpenShiftVersion): Spec {
  const schema = openshiftSchema(v);
  const { filters, ignoreZero } = openshiftFilters(v.minor);
  return {
    variant: "openshift",
    version: v.version,
    ignitionVersion: v.ignition,
    experimental: v.version.includes("-"),
    type: schema.root,
    translate(value: Obj, options: TranslateOptions): SpecResult {
      const ignType = ignitionType(v.ignition);
      const opts = v.minor <= 9 ? { ...options, noResourceAutoCompression: true } : options;
      // the embedded Fedora CoreOS spec does the translation
      const ctx: SpecContext = {
        variant: "fcos",
        version: v.fcosVersion,
        base: v.base,
        ignitionVersion: v.ignition,
        schema,
        ignType,
        options: opts,
      };
      const mcType = machineConfigType(ignType);
      const raw = options.raw === true;
      return runPipeline(
        {
          validate: (value) => validateValue(schema.root, value, openshiftValidators(v, ctx), ctx),
          translate: (value) => {
            const m = toMachineConfig(v, ctx, value, mcType);
            if (!raw) return { value: m.mc, ts: m.ts, report: m.report };
            // -r: the bare Ignition config; the MachineConfig-only fields are dropped with a warning
            const report = new TReport();
            report.merge(m.report);
            let config: Obj = {};
            if (!m.fatal) {
              config = (m.mc.spec as Obj).config as Obj;
              report.merge(mapReportPaths(elidedFieldWarnings(m.mc.spec as Obj).entries, m.ts));
            }
            return { value: config, ts: m.ts.descend(["spec", "config"]), report };
          },
          filters: raw ? undefined : { type: mcType, map: filters, ignoreZero },
          ignitionVersion: v.ignition,
          ignitionAt: raw ? [] : ["spec", "config"],
          emit: raw
            ? (config) => ({ output: marshalJson(ignType, config, options.pretty ?? false), ignition: config })
            : (mc) => {
                const json = machineConfigJson(mc, ignType);
                return { output: butaneYamlFromJson(json), ignition: JSON.parse(json) };
              },
        },
        value,
      );
    },
  };
}
