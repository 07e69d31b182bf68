import { decodeRune, goStringBytes } from "../../go/gostring";
import { goQuote } from "./goquote";

// Systemd unit parsing as Ignition does it (shared/parse/unit.go → go-systemd's unit.Deserialize),
// including its bufio.Reader: the "line too long" check only looks at what is buffered (a
// 4,096-byte buffer), so whether a long line fails depends on where the line falls in it.

export interface UnitOption {
  section: string;
  name: string;
  value: string;
}

const BUF_SIZE = 4096;
const LINE_MAX = 2048;
const NL = 0x0a;
const CR = 0x0d;

class IoError {
  constructor(readonly message: string) {}
}
const EOF = new IoError("EOF");

const sharedBuffer = new Uint8Array(BUF_SIZE);

/** Go's bufio.Reader over a strings.Reader, with just the methods the lexer uses. */
class BufReader {
  // One buffer for every reader: units are read one at a time, each from the start of it, and
  // a fresh 4 KiB buffer per unit cost more than reading most units.
  private buf = sharedBuffer;
  private r = 0;
  private w = 0;
  private err: IoError | null = null;
  private srcPos = 0;
  private lastRuneSize = -1;
  constructor(private readonly src: Uint8Array) {}

  buffered(): number {
    return this.w - this.r;
  }

  private fill(): void {
    if (this.r > 0) {
      this.buf.copyWithin(0, this.r, this.w);
      this.w -= this.r;
      this.r = 0;
    }
    const n = Math.min(BUF_SIZE - this.w, this.src.length - this.srcPos);
    if (n === 0) {
      this.err = EOF;
      return;
    }
    this.buf.set(this.src.subarray(this.srcPos, this.srcPos + n), this.w);
    this.srcPos += n;
    this.w += n;
  }

  private readErr(): IoError | null {
    const e = this.err;
    this.err = null;
    return e;
  }

  private fullRune(): boolean {
    const n = this.w - this.r;
    if (n === 0) return false;
    const b = this.buf[this.r];
    const need = b < 0xc2 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 1;
    return n >= need;
  }

  /** Returns the rune (code point; U+FFFD for an invalid byte) or the read error. */
  readRune(): number | IoError {
    while (this.r + 4 > this.w && !this.fullRune() && this.err === null && this.w - this.r < BUF_SIZE) this.fill();
    this.lastRuneSize = -1;
    if (this.r === this.w) return this.readErr() ?? EOF;
    const b = this.buf[this.r];
    if (b < 0x80) {
      // ASCII, the usual byte: itself, without decodeRune's pair
      this.r++;
      this.lastRuneSize = 1;
      return b;
    }
    const [decoded, size] = decodeRune(this.buf, this.r, this.w);
    const cp = decoded < 0 ? 0xfffd : decoded; // Go's RuneError
    this.r += size;
    this.lastRuneSize = size;
    return cp;
  }

  unreadRune(): void {
    if (this.lastRuneSize < 0 || this.r < this.lastRuneSize) return;
    this.r -= this.lastRuneSize;
    this.lastRuneSize = -1;
  }

  peek(n: number): Uint8Array {
    while (this.w - this.r < n && this.w - this.r < BUF_SIZE && this.err === null) this.fill();
    return this.buf.slice(this.r, this.r + Math.min(n, this.w - this.r));
  }

  /** Where reading is, as an offset into the source. */
  position(): number {
    return this.srcPos - (this.w - this.r);
  }

  /**
   * ReadBytes(delim): the bytes up to and including delim, and the error (EOF) if it ran out.
   * The bytes of a line found within the buffer are a view of it, valid until the next read.
   */
  readBytes(delim: number): { bytes: Uint8Array; err: IoError | null } {
    const parts: Uint8Array[] = [];
    let err: IoError | null = null;
    for (;;) {
      // ReadSlice
      let s = 0;
      let line: Uint8Array;
      let sliceErr: IoError | "full" | null = null;
      for (;;) {
        const at = this.buf.indexOf(delim, this.r + s);
        if (at >= 0 && at < this.w) {
          line = this.buf.subarray(this.r, at + 1);
          this.r = at + 1;
          break;
        }
        if (this.err !== null) {
          line = this.buf.subarray(this.r, this.w);
          this.r = this.w;
          sliceErr = this.readErr();
          break;
        }
        if (this.buffered() >= BUF_SIZE) {
          this.r = this.w;
          line = this.buf.slice(); // a copy: the buffer is refilled for the next part
          sliceErr = "full";
          break;
        }
        s = this.w - this.r;
        this.fill();
      }
      if (line.length > 0) this.lastRuneSize = -1;
      parts.push(line);
      if (sliceErr === "full") continue;
      err = sliceErr;
      break;
    }
    if (parts.length === 1) return { bytes: parts[0], err }; // the usual case: a line within the buffer
    const total = parts.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      bytes.set(p, o);
      o += p.length;
    }
    return { bytes, err };
  }
}

const isUnicodeSpace = (r: number) =>
  r === 0x20 ||
  (r >= 0x09 && r <= 0x0d) ||
  r === 0x85 ||
  r === 0xa0 ||
  r === 0x1680 ||
  (r >= 0x2000 && r <= 0x200a) ||
  r === 0x2028 ||
  r === 0x2029 ||
  r === 0x202f ||
  r === 0x205f ||
  r === 0x3000;
const isComment = (r: number) => r === 0x23 || r === 0x3b;
const utf8 = new TextDecoder();

/** Go's strings.TrimSpace / bytes.TrimSpace (unicode.IsSpace at both ends). */
function goTrimSpace(s: string): string {
  // Every Unicode space is a single UTF-16 unit and no surrogate is a space, so trimming by
  // units trims by code points.
  let a = 0;
  let b = s.length;
  while (a < b && isUnicodeSpace(s.charCodeAt(a))) a++;
  while (b > a && isUnicodeSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

type Step = () => Step | null;

/** The runes of UTF-8 bytes as readRune reads them (an invalid byte is one U+FFFD). */
function runesOf(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const [cp, size] = decodeRune(bytes, i);
    out += String.fromCodePoint(cp < 0 ? 0xfffd : cp);
    i += size;
  }
  return out;
}

/** go-systemd unit.Deserialize: the options, or the error text Ignition reports. */
export function deserializeUnit(content: string): { options: UnitOption[] } | { error: string } {
  const source = goStringBytes(content);
  const buf = new BufReader(source);
  const options: UnitOption[] = [];
  let failure: string | null = null;
  const fail = (msg: string): null => {
    failure = msg;
    return null;
  };

  const toEOL = (): { line: Uint8Array; eof: boolean } => {
    const { bytes, err } = buf.readBytes(NL);
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end--;
    if (end > 0 && bytes[end - 1] === NL) end--;
    return { line: bytes.subarray(0, end), eof: err !== null };
  };

  const ignoreLine = (next: Step): Step => () => {
    for (;;) {
      let { line } = toEOL();
      if (line.length && line[line.length - 1] === 0x20) line = line.subarray(0, line.length - 1);
      if (!(line.length && line[line.length - 1] === 0x5c)) break;
    }
    return next;
  };

  const nextSection: Step = () => {
    const r = buf.readRune();
    if (r instanceof IoError) return r === EOF ? null : fail(r.message);
    if (r === 0x5b) return sectionName;
    if (isComment(r)) return ignoreLine(nextSection);
    return nextSection;
  };

  const sectionName: Step = () => {
    const { bytes, err } = buf.readBytes(0x5d);
    if (err) return fail("unable to find end of section");
    return sectionSuffix(utf8.decode(bytes.subarray(0, bytes.length - 1)));
  };

  const sectionSuffix = (section: string): Step => () => {
    const garbage = goTrimSpace(utf8.decode(toEOL().line));
    if (garbage.length > 0) {
      // go-systemd prints its (never set) current-section field here, hence the empty name.
      return fail(`found garbage after section name : ${goQuote(garbage)}`);
    }
    return nextSectionOrOption(section);
  };

  const nextSectionOrOption = (section: string): Step => () => {
    const r = buf.readRune();
    if (r instanceof IoError) return r === EOF ? null : fail(r.message);
    if (isUnicodeSpace(r)) return nextSectionOrOption(section);
    if (r === 0x5b) return sectionName;
    if (isComment(r)) return ignoreLine(nextSectionOrOption(section));
    buf.unreadRune();
    return optionName(section);
  };

  const optionName = (section: string): Step => () => {
    const start = buf.position();
    let ascii = true;
    for (;;) {
      const r = buf.readRune();
      if (r instanceof IoError) return fail(r.message);
      if (r === NL || r === CR) return fail("unexpected newline encountered while parsing option name");
      if (r === 0x3d) break;
      if (r >= 0x80) ascii = false;
    }
    // The runes read are the source's bytes up to the "=": decoded at once, not rune by rune.
    const end = buf.position() - 1;
    const partial = ascii ? utf8.decode(source.subarray(start, end)) : runesOf(source.subarray(start, end));
    return optionValue(section, goTrimSpace(partial), "");
  };

  const optionValue = (section: string, name: string, partial: string): Step => () => {
    const { line, eof } = toEOL();
    const text = utf8.decode(line);
    if (goTrimSpace(text) !== "") {
      partial += text;
      if (line[line.length - 1] === 0x5c) {
        if (!eof) partial += "\n";
        return optionValue(section, name, partial);
      }
    }
    const value = partial.endsWith("\n") ? goTrimSpace(partial) + "\n" : goTrimSpace(partial);
    options.push({ section, name, value });
    return nextSectionOrOption(section);
  };

  let next: Step | null = nextSection;
  while (next) {
    if (buf.buffered() >= LINE_MAX) {
      const head = buf.peek(LINE_MAX);
      if (!head.includes(NL) && !head.includes(CR)) return { error: `line too long (max ${LINE_MAX} bytes)` };
    }
    next = next();
  }
  if (failure !== null) return { error: failure };
  return { options };
}

/** Ignition's ParseUnitContents: nil contents parse as no options. */
export function parseUnitContents(contents: string | undefined): { options: UnitOption[] } | { error: string } {
  if (contents === undefined) return { options: [] };
  const r = deserializeUnit(contents);
  return "error" in r ? { error: `invalid unit content: ${r.error}` } : r;
}
