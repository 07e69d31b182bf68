// Resources (file contents, appends, CA bundles, merge/replace configs, LUKS key files):
// Butane's `inline` and `local` sugar on top of Ignition's `source` (base/v0_*/translate.go
// translateResource; the exclusivity check lives in ../base/validate.ts).
import type { FilesDir } from "../../go/files";
import { goStringBytes } from "../../go/gostring";
import { TReport } from "../translate/report";
import { TranslationSet } from "../translate/set";
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
  const { ts, report } = into;
  const encode = (field: string, url: DataUrl): void => {
    const { uri, compression } = url;
    to.source = uri;
    ts.addKeyed(".source", [field], ["source"]);
    if (compression !== undefined) {
      to.compression = compression;
      ts.addKeyed(".compression", [field], ["compression"]);
    }
  };
  if (typeof from.local === "string") {
    const contents = readLocalFile(from.local, options.filesDir);
    if ("error" in contents) {
      report.error(["local"], contents.error);
      return into;
    }
    // (Butane means to validate local merge/replace configs here, but its path test never
    // matches: local configs are embedded unchecked.)
    encode("local", makeDataUrl(contents, to.compression as string | undefined, !options.noAutoCompression));
  }
  const inline = from.inline;
  if (typeof inline === "string") {
    const current = to.compression as string | undefined;
    const allow = !options.noAutoCompression;
    encode("inline", options.memo ? options.memo.inline(inline, current, allow) : makeTextDataUrl(inline, current, allow));
  }
  return into;
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
