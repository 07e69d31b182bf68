// Go's json.Marshal output from its json.MarshalIndent output: the two differ only in white
// space outside strings, so dropping that gives the reference's compact bytes exactly.
export function compactJson(pretty: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < pretty.length; i++) {
    const c = pretty[i];
    if (inString) {
      out += c;
      if (c === "\\") out += pretty[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== " " && c !== "\n" && c !== "\t" && c !== "\r") out += c;
  }
  return out;
}

/** True when the output is JSON (Ignition) rather than YAML (an OpenShift MachineConfig). */
export const isJson = (output: string): boolean => output.trimStart().startsWith("{");
