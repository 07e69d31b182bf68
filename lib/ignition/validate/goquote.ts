// Go's strconv.Quote (and fmt's %q) for a string.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (r >= 0xd800 && r <= 0xdfff) out += "\\ufffd";
    else if (printable.test(ch)) out += ch;
    else if (ch === "\x07") out += "\\a";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\v") out += "\\v";
    else if (r < 0x20 || r === 0x7f) out += "\\x" + hex(r, 2);
    else if (r < 0x10000) out += "\\u" + hex(r, 4);
    else out += "\\U" + hex(r, 8);
  }
  return out + '"';
}
