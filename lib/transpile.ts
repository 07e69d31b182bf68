// Butane text → Ignition, as `config.TranslateBytes` does it in Butane 0.29.0.
import type { FilesDir } from "./go/files";
import type { Entry } from "./go/report";
import { canonicalSemver } from "./go/semver";
import { getSpec } from "./butane/specs";
import { decodeDocument, readHeader } from "./yaml";
import type { TranspileMemo } from "./butane/context";
import { DataUrlMemo } from "./butane/resources/dataurl";

export interface TranspileOptions {
  /** Pretty-print the JSON output (`-p`). */
  pretty?: boolean;
  /** OpenShift: emit the Ignition config, not a MachineConfig (`-r`). */
  raw?: boolean;
  /** Where `local:` contents, trees and `*_local` fields are read from (`-d`). */
  filesDir?: FilesDir;
  /**
   * For a caller that transpiles one document again and again (the designer, per keystroke):
   * made once by createTranspileMemo() and passed to every run, it keeps the results of costly
   * pure steps (the data URLs of large inline contents) for the next run. The output is the same.
   */
  memo?: TranspileMemo;
}

export function createTranspileMemo(): TranspileMemo {
  return { dataUrls: new DataUrlMemo() };
}

export interface TranspileResult {
  /** The output document (JSON, or YAML for an OpenShift MachineConfig) when translation succeeded. */
  output?: string;
  /** The generated config as a value, when translation succeeded. */
  ignition?: unknown;
  /** Errors, warnings and infos, with Butane paths and YAML positions. */
  report: Entry[];
  /** Why translation failed: the text Butane prints after "Error translating config: ". */
  error?: string;
  /** The declared spec, when the header could be read. */
  variant?: string;
  version?: string;
}

export function transpile(text: string, options: TranspileOptions = {}): TranspileResult {
  try {
    return transpileUnsafe(text, options);
  } catch (e) {
    // A bug in the engine must not take the caller down: report it like any fatal error.
    return { report: [], error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function transpileUnsafe(text: string, options: TranspileOptions): TranspileResult {
  options.memo?.dataUrls.nextRun();
  const header = readHeader(text);
  if ("fatal" in header) return { report: [], error: header.fatal };
  const { variant } = header;
  if (variant === "") return { report: [], error: "error parsing variant; must be specified" };
  const version = canonicalSemver(header.version);
  if (version === undefined) return { report: [], error: "error parsing version; must be a valid semver" };
  if (variant === "rhcos" && version === "0.1.0") {
    return {
      report: [],
      error:
        "rhcos variant has been removed; use openshift variant instead: https://coreos.github.io/butane/upgrading-openshift/",
    };
  }
  const spec = getSpec(variant, version);
  if (!spec) return { report: [], error: `No translator exists for variant ${variant} with version ${version}` };

  const decoded = decodeDocument(text, spec.type);
  if (!decoded.ok) return { report: [], error: decoded.fatal, variant, version };

  const { tree } = decoded;
  const report: Entry[] = [...decoded.unused];
  const fatalUnused = report.some((e) => e.level === "error");
  if (fatalUnused) return { report, error: "source config is invalid", variant, version };

  const result = spec.translate(decoded.value, options);
  for (const e of result.report) {
    const pos = tree.locate(e.path);
    report.push(pos ? { ...e, line: pos.line, column: pos.column } : e);
  }
  return { output: result.output, ignition: result.ignition, report, error: result.error, variant, version };
}
