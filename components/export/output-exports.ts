// The export bar's figures for an output: its compact JSON form and the sizes of both forms.
// Worked out next to the engine (in its worker) so that a megabyte output costs the page nothing
// until a button asks for an encoded string. One pass counts the pretty form's sizes; the
// compact form differs from it only by the ASCII white space dropped, each of which is one
// byte and one %XX escape, so its sizes follow without a second count.
import { textSizes } from "../../lib/export";
import type { OutputExports } from "../state/contract";
import { compactJsonCounting, isJson } from "./compact-json";

export function outputExports(output: string): OutputExports {
  const pretty = textSizes(output);
  if (!isJson(output)) return { pretty, compactSizes: pretty };
  const { compact, dropped } = compactJsonCounting(output);
  return { compact, pretty, compactSizes: { bytes: pretty.bytes - dropped, escapedDataUrl: pretty.escapedDataUrl - 3 * dropped } };
}
