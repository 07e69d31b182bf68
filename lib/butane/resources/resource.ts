// Resources (file contents, appends, CA bundles, merge/replace configs, LUKS key files):
// Butane's `inline` and `local` sugar on top of Ignition's `source` (base/v0_*/translate.go
// translateResource; the exclusivity check lives in ../base/validate.ts).
import type { FilesDir } from "../../go/files";
import { goStringBytes } from "../../go/gostring";
import { TReport } from "../translate/report";
import { TranslationSet, fixedTranslation } from "../translate/set";
import { type DataUrl, type DataUrlMemo, escapedDataUrl, makeDataUrl, makeTextDataUrl } from "./dataurl";
import { readLocalFile } from "./local";

export { goStringBytes };

export interface ResourceSugarOptions {
  filesDir?: FilesDir;
  /** options.NoResourceAutoCompression (not exposed by the CLI). */
  noAutoCompression?: boolean;
  /** Data URLs of inline texts from earlier runs. */
  memo?: DataUrlMemo;
}

/**
 * The `local` / `inline` part of translateResource, run after the Ignition fields (verification,
 * http_headers, source, compression) were copied into `to`. Mutates `to`; the translations and
 * report it returns are relative to the resource. `into` (default: a new set and report) is
 * where they are added: the caller's own, which spares a set and a merge per resource.
 */
export function applyResourceSugar(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  options: ResourceSugarOptions,
  into: { ts: TranslationSet; report: TReport } = { ts: new TranslationSet(), report: new TReport() },
): { ts: TranslationSet; report: TReport } {
  if (typeof from.local === "string") {
    const contents = readLocalFile(from.local, options.filesDir);
    if ("error" in contents) {
      into.report.error(["local"], contents.error);
      return into;
    }
    // (Butane means to validate local merge/replace configs here, but its path test never
    // matches: local configs are embedded unchecked.)
    setSource(to, into.ts, "local", makeDataUrl(contents, to.compression as string | undefined, !options.noAutoCompression));
  }
  const inline = from.inline;
  if (typeof inline === "string") {
    const current = to.compression as string | undefined;
    const allow = !options.noAutoCompression;
    setSource(to, into.ts, "inline", options.memo ? options.memo.inline(inline, current, allow) : makeTextDataUrl(inline, current, allow));
  }
  return into;
}

// The translations the sugar records, the same for every resource: made once.
const SOURCE_FROM = { inline: fixedTranslation(["inline"], ["source"]), local: fixedTranslation(["local"], ["source"]) };
const COMPRESSION_FROM = { inline: fixedTranslation(["inline"], ["compression"]), local: fixedTranslation(["local"], ["compression"]) };

/** The resource's source (and, when Butane chose it, compression) from a data URL built from `field`. */
function setSource(to: Record<string, unknown>, ts: TranslationSet, field: "inline" | "local", url: DataUrl): void {
  to.source = url.uri;
  ts.addFixed(SOURCE_FROM[field]);
  if (url.compression !== undefined) {
    to.compression = url.compression;
    ts.addFixed(COMPRESSION_FROM[field]);
  }
}

/** fcos 1.0.0's translateFileContents: inline is always URL-escaped, no compression field. */
export function applyFileContentsSugarV0_1(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
): { ts: TranslationSet; report: TReport } {
  const ts = new TranslationSet();
  if (typeof from.inline === "string") {
    to.source = escapedDataUrl(goStringBytes(from.inline));
    ts.add(["inline"], ["source"]);
  }
  return { ts, report: new TReport() };
}
