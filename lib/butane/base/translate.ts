// Base translation: Config.ToIgn3_*Unvalidated of base/v0_*/translate.go, for every base version.
//
// API
//   translateBase(ctx, config) → { value, ts, report }   (report fatal ⇒ value is the zero config)
//   baseTranslators(ctx) → the custom translators registered for ctx.base
// Sugar (data URLs, local files, trees, quadlets, mount units) is in ../resources.
import { type StructType, zeroValue } from "../../go/gotype";
import { type SpecContext, baseAtLeast } from "../context";
import * as sugar from "../resources";
import {
  type CustomTranslator,
  type CustomTranslators,
  TranslationSet,
  Translator,
  TReport,
  fieldOf,
  type TranslatedConfig,
} from "../translate";

type Obj = Record<string, unknown>;
type Custom = CustomTranslator<SpecContext>;

// The fields each translator copies, in Butane's order (constants: translators run per object).
const IGNITION_FIELDS = ["config", "proxy", "security", "timeouts"];
const FILE_FIELDS = ["group", "user", "append", "contents", "overwrite", "path", "mode"];
const DIRECTORY_FIELDS = ["group", "user", "overwrite", "path", "mode"];
const LINK_FIELDS = ["group", "user", "target", "hard", "overwrite", "path"];
const RESOURCE_FIELDS = ["verification", "http_headers", "source", "compression"];
const PASSWD_USER_FIELDS = [
  "gecos",
  "groups",
  "home_dir",
  "name",
  "no_create_home",
  "no_log_init",
  "no_user_group",
  "password_hash",
  "primary_group",
  "shell",
  "should_exist",
  "ssh_authorized_keys",
  "system",
  "uid",
];
const UNIT_FIELDS = ["contents", "dropins", "enabled", "mask", "name"];
const DROPIN_FIELDS = ["contents", "name"];

const translateIgnition: Custom = (tr, from, fromType, toType) => {
  const c = tr.fields(fromType, from, toType);
  c.to.version = tr.context.ignitionVersion;
  c.copyAll(IGNITION_FIELDS);
  return c.result();
};

const translateFile: Custom = (tr, from, fromType, toType) => tr.fields(fromType, from, toType).copyAll(FILE_FIELDS).result();

const translateDirectory: Custom = (tr, from, fromType, toType) => tr.fields(fromType, from, toType).copyAll(DIRECTORY_FIELDS).result();

const translateLink: Custom = (tr, from, fromType, toType) => tr.fields(fromType, from, toType).copyAll(LINK_FIELDS).result();

/** v0_2+ Resource and v0_1 FileContents: plain fields, then inline/local through the hook. */
const translateResource: Custom = (tr, from, fromType, toType) => {
  const c = tr.fields(fromType, from, toType).copyAll(RESOURCE_FIELDS);
  sugar.resourceSugar(tr.context, from, c);
  return c.result();
};

const translatePasswdUser: Custom = (tr, from, fromType, toType) => {
  const c = tr.fields(fromType, from, toType).copyAll(PASSWD_USER_FIELDS);
  sugar.sshKeysLocal(tr.context, from, c);
  return c.result();
};

const translateUnit: Custom = (tr, from, fromType, toType) => {
  const c = tr.fields(fromType, from, toType).copyAll(UNIT_FIELDS);
  sugar.contentsLocal(tr.context, from, c);
  return c.result();
};

const translateDropin: Custom = (tr, from, fromType, toType) => {
  const c = tr.fields(fromType, from, toType).copyAll(DROPIN_FIELDS);
  sugar.contentsLocal(tr.context, from, c);
  return c.result();
};

/** The custom translators Butane registers for this base version. */
export function baseTranslators(ctx: SpecContext): CustomTranslators<SpecContext> {
  const m: CustomTranslators<SpecContext> = new Map([
    ["Ignition>Ignition", translateIgnition],
    ["File>File", translateFile],
    ["Directory>Directory", translateDirectory],
    ["Link>Link", translateLink],
  ]);
  if (baseAtLeast(ctx, "v0_2")) m.set("Resource>Resource", translateResource);
  else m.set("FileContents>FileContents", translateResource);
  if (baseAtLeast(ctx, "v0_5")) {
    m.set("PasswdUser>PasswdUser", translatePasswdUser);
    m.set("Unit>Unit", translateUnit);
    m.set("Dropin>Dropin", translateDropin);
  }
  return m;
}

/** base Config.ToIgn3_*Unvalidated. */
export function translateBase(ctx: SpecContext, config: Obj): TranslatedConfig {
  const from = ctx.schema.root;
  const to = ctx.ignType;
  let ret = zeroValue(to) as Obj;
  const tr = new Translator<SpecContext>(ctx, baseTranslators(ctx));
  const section = (fromKey: string, toKey = fromKey) => {
    const r = tr.translate(fieldOf(from, fromKey).type, config[fromKey], fieldOf(to, toKey).type);
    ret[toKey] = r.value;
    return r;
  };

  const ign = section("ignition");
  let ts = ign.ts.prefix("ignition");
  const report = new TReport();
  report.mergePrefixed(["ignition"], ign.report);
  ts.add(["version"], ["ignition", "version"]);
  ts.add(["ignition"], ["ignition"]);
  const merge = (fromKey: string, toKey = fromKey) => {
    const r = section(fromKey, toKey);
    ts.mergeP2(fromKey, toKey, r.ts);
    report.mergePrefixed([fromKey], r.report);
  };
  if (from.fields.some((f) => f.key === "kernel_arguments")) merge("kernel_arguments", "kernelArguments");
  merge("passwd");
  merge("storage");
  merge("systemd");

  if (baseAtLeast(ctx, "v0_2")) {
    const m = sugar.addMountUnits(ctx, config, ret, ts);
    ret = m.value;
    ts = m.ts;
  }
  const extra: { ts: TranslationSet; report: TReport }[] = [];
  if (baseAtLeast(ctx, "v0_2")) extra.push(sugar.trees(ctx, config, ret));
  if (baseAtLeast(ctx, "v0_8_exp")) extra.push(sugar.quadlets(ctx, config, ret));
  for (const e of extra) {
    ts.merge(e.ts);
    report.merge(e.report);
  }

  if (report.fatal) return { value: zeroValue(to) as Obj, ts: new TranslationSet(), report };
  return { value: ret, ts, report };
}

export type { StructType };
