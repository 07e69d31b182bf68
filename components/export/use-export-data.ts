// The current config in every form the export bar offers. Sizes are counted without building
// the encoded strings (the bar is always in view, and outputs can be megabytes); the strings
// are built only when a button asks for them.
import { useMemo } from "react";
import { toBase64Text, toDataUrlBase64, toDataUrlShortest } from "../../lib/export";
import { useDesigner } from "../state/store";
import { isJson } from "./compact-json";
import { outputExports } from "./output-exports";

export type IgnitionFormat = "compact" | "pretty";

export interface ExportData {
  /** The output, or undefined when the document does not translate (or is not translated yet). */
  ignition?: string;
  /** The output belongs to an earlier text (the current one has errors or is being translated). */
  stale: boolean;
  json: boolean;
  /** The shortest data URL is the base64 one. */
  shortestIsBase64: boolean;
  sizes: { ignition: number; dataUrl: number; dataUrlBase64: number; base64: number };
  dataUrl(form: "shortest" | "base64"): string | undefined;
  base64(): string | undefined;
}

export function useExportData(format: IgnitionFormat): ExportData {
  const output = useDesigner((s) => s.result.output);
  const exports = useDesigner((s) => s.result.exports);
  const stale = useDesigner((s) => s.result.stale || s.result.error !== undefined);
  return useMemo(() => {
    // The engine worker sends the compact form and the sizes with each output (outputExports);
    // working them out here is only the fallback.
    const worked = output === undefined ? undefined : (exports ?? outputExports(output));
    const json = output === undefined || isJson(output);
    const compact = json && format === "compact";
    const ignition = output !== undefined && compact ? (worked?.compact ?? output) : output;
    const size = compact ? worked?.compactSizes : worked?.pretty;
    const bytes = size?.bytes ?? 0;
    const base64 = 4 * Math.ceil(bytes / 3);
    const escaped = size?.escapedDataUrl ?? 0;
    const dataUrlBase64 = "data:;base64,".length + base64;
    const shortestIsBase64 = dataUrlBase64 < escaped;
    return {
      ignition,
      stale,
      json,
      shortestIsBase64,
      sizes: { ignition: bytes, dataUrl: shortestIsBase64 ? dataUrlBase64 : escaped, dataUrlBase64, base64 },
      dataUrl: (form) => (ignition === undefined ? undefined : form === "base64" ? toDataUrlBase64(ignition) : toDataUrlShortest(ignition)),
      base64: () => (ignition === undefined ? undefined : toBase64Text(ignition)),
    };
  }, [output, exports, stale, format]);
}
