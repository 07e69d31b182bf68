// Go's json.Marshal output from its json.MarshalIndent output: the two differ only in white
// space outside strings, so dropping that gives the reference's compact bytes exactly.
// The kept text is copied as slices between white-space runs, not character by character:
// this runs in the engine worker on every edit, on outputs of a megabyte.
export function compactJson(pretty: string): string {
  return compactJsonCounting(pretty).compact;
}

/** compactJson, and how many (ASCII white-space) characters it dropped. */
export function compactJsonCounting(pretty: string): { compact: string; dropped: number } {
  const parts: string[] = [];
  let kept = 0; // start of the text not yet copied
  let dropped = 0;
  let inString = false;
  for (let i = 0; i < pretty.length; i++) {
    const c = pretty.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 32 || c === 10 || c === 9 || c === 13) {
      let end = i + 1;
      while (end < pretty.length && isSpace(pretty.charCodeAt(end))) end++;
      parts.push(pretty.slice(kept, i));
      dropped += end - i;
      kept = end;
      i = end - 1;
    }
  }
  parts.push(pretty.slice(kept));
  return { compact: parts.join(""), dropped };
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** True when the output is JSON (Ignition) rather than YAML (an OpenShift MachineConfig). */
export const isJson = (output: string): boolean => output.trimStart().startsWith("{");
