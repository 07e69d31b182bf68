// The export bar's figures for an output: its compact JSON form and the sizes of both forms.
// Worked out next to the engine (in its worker) so that a megabyte output costs the page nothing
// until a button asks for an encoded string.
import { byteLength, escapedDataUrlLength } from "../../lib/export";
import type { OutputExports } from "../state/contract";
import { compactJson, isJson } from "./compact-json";

const sizes = (s: string) => ({ bytes: byteLength(s), escapedDataUrl: escapedDataUrlLength(s) });

export function outputExports(output: string): OutputExports {
  const pretty = sizes(output);
  if (!isJson(output)) return { pretty, compactSizes: pretty };
  const compact = compactJson(output);
  return { compact, pretty, compactSizes: sizes(compact) };
}
