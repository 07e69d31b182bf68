// systemd's command-line syntax (systemd.service(5), "Command lines"; systemd.syntax(7)), both
// ways: quoting arguments so that systemd hands the program exactly these strings, and splitting
// a command line the way systemd does (used by the tests to prove the round trip).
//
// Two expansions run over an Exec line whatever the quoting: `%` specifiers (`%%` is a literal
// %) and `$VAR`/`${VAR}` environment variables (`$$` is a literal $). Then words are split at
// whitespace; double or single quotes group a word, and C-style escapes (\\ \" \' \n \t…) are
// read inside and outside quotes. A lone unquoted `;` was once a command separator.

/** Characters that need no quoting in a word. */
const PLAIN = /^[A-Za-z0-9_@+=:,./-]+$/;

/** Escapes `%` specifiers (every setting expands them): for a value that is not a command line. */
export function escapeSpecifiers(value: string): string {
  return value.replace(/%/g, "%%");
}

/** One argument as a command-line word: `%`→`%%`, `$`→`$$`, quoted when it holds anything else. */
export function quoteExecArg(arg: string): string {
  const expanded = arg.replace(/%/g, "%%").replace(/\$/g, "$$$$");
  if (PLAIN.test(expanded)) return expanded;
  const escaped = expanded.replace(/[\\"\n\t\r]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r" })[c]!);
  return `"${escaped}"`;
}

/** A command line from a program path and its arguments (the path may carry a prefix such as `-`). */
export function execLine(program: string, args: readonly string[]): string {
  return [program, ...args.map(quoteExecArg)].join(" ");
}

const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'", s: " " };

/** Splits a command line as systemd does (specifiers and `$$`/`%%` undone, variables left as `$NAME`). */
export function splitExecLine(line: string): string[] {
  const text = line.replace(/%%/g, "\u0000");
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let word = "";
    let quote: string | undefined;
    for (; i < text.length; i++) {
      const c = text[i];
      if (!quote && /\s/.test(c)) break;
      if (c === "\\" && i + 1 < text.length) {
        const e = ESCAPES[text[i + 1]];
        word += e ?? text[i + 1];
        i++;
      } else if (quote && c === quote) quote = undefined;
      else if (!quote && (c === '"' || c === "'")) quote = c;
      else word += c;
    }
    if (quote) throw new Error(`unterminated quote in: ${line}`);
    words.push(word.replace(/\$\$/g, "$").replace(/\u0000/g, "%"));
  }
  return words;
}

/** Unquoted words a shell would treat as operators: docker hands them to the program as words. */
const SHELL_OPERATORS = new Set(["|", "||", "&&", ";", "&", ">", ">>", "<", "<<", "2>", "2>&1"]);

/**
 * Splits a command typed as in a shell (`redis-server --save "" --appendonly yes`,
 * `sh -c 'echo "hi"; sleep 5'`) into its words: blanks separate words, '…' is literal, "…" reads
 * \" \\ \$ \` escapes, a backslash outside quotes takes the next character as it is. No
 * variables, globs or operators: nothing runs a shell between docker and the program.
 */
export function splitShellWords(line: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    let word = "";
    let quoted = false;
    for (; i < line.length && !/\s/.test(line[i]); i++) {
      const c = line[i];
      if (c === "\\" && i + 1 < line.length) word += line[++i];
      else if (c === "'" || c === '"') {
        const end = closingQuote(line, i);
        if (end < 0) return { error: `The ${c === "'" ? "single" : "double"} quote at character ${i + 1} is not closed.` };
        const inner = line.slice(i + 1, end);
        word += c === "'" ? inner : inner.replace(/\\([\\"$`])/g, "$1");
        quoted = true;
        i = end;
      } else word += c;
    }
    if (!quoted && SHELL_OPERATORS.has(word)) {
      return { error: `"${word}" would reach the program as a word: no shell runs here. For pipes, redirects or several commands write sh -c '…'.` };
    }
    words.push(word);
  }
  return { words };
}

/** Where the quote opened at `open` closes (-1 when it does not); "…" skips escaped characters. */
function closingQuote(line: string, open: number): number {
  const q = line[open];
  for (let j = open + 1; j < line.length; j++) {
    if (q === '"' && line[j] === "\\") j++;
    else if (line[j] === q) return j;
  }
  return -1;
}
