// The current config in every form the export panel offers, derived from the store.
import { useMemo } from "react";
import { byteLength, toBase64Text, toDataUrlBase64, toDataUrlShortest } from "../../lib/export";
import { useDesigner } from "../state/store";
import { compactJson, isJson } from "./compact-json";

export type IgnitionFormat = "compact" | "pretty";

export interface ExportData {
  /** The output, or undefined when the document does not translate (or is not translated yet). */
  ignition?: string;
  /** The output belongs to an earlier text (the current one has errors or is being translated). */
  stale: boolean;
  json: boolean;
  dataUrl?: string;
  dataUrlBase64?: string;
  base64?: string;
  sizes: { ignition: number; dataUrl: number; dataUrlBase64: number; base64: number };
}

export function useExportData(format: IgnitionFormat): ExportData {
  const output = useDesigner((s) => s.result.output);
  const stale = useDesigner((s) => s.result.stale || s.result.error !== undefined);
  return useMemo(() => {
    if (output === undefined) return { stale, json: true, sizes: { ignition: 0, dataUrl: 0, dataUrlBase64: 0, base64: 0 } };
    const json = isJson(output);
    const ignition = json && format === "compact" ? compactJson(output) : output;
    const dataUrl = toDataUrlShortest(ignition);
    const dataUrlBase64 = toDataUrlBase64(ignition);
    const base64 = toBase64Text(ignition);
    return {
      ignition,
      stale,
      json,
      dataUrl,
      dataUrlBase64,
      base64,
      sizes: { ignition: byteLength(ignition), dataUrl: dataUrl.length, dataUrlBase64: dataUrlBase64.length, base64: base64.length },
    };
  }, [output, stale, format]);
}
