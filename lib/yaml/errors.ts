// go-yaml's error texts. Syntax errors carry libyaml's 0-based marks; go-yaml prints a line
// number taken from the context mark (else the problem mark), as is for parser errors and
// plus one for scanner errors, and leaves it out when that line index is 0.

/** A 0-based position in the text (libyaml's yaml_mark_t). */
export interface Mark {
  index: number;
  line: number;
  column: number;
}

export interface SyntaxErrorInfo {
  scanner: boolean;
  contextMark?: Mark;
  problemMark?: Mark;
}

export class YamlError extends Error {
  constructor(problem: string, info?: SyntaxErrorInfo) {
    super("yaml: " + (info ? where(info) : "") + problem);
  }
}

function where(info: SyntaxErrorInfo): string {
  let line = 0;
  if (info.contextMark && info.contextMark.line !== 0) line = info.contextMark.line + (info.scanner ? 1 : 0);
  else if (info.problemMark && info.problemMark.line !== 0) line = info.problemMark.line + (info.scanner ? 1 : 0);
  return line !== 0 ? `line ${line}: ` : "";
}

/** A failure go-yaml raises with failf: "yaml: " + message, decoding stops. */
export function failf(message: string): never {
  throw new YamlError(message);
}
