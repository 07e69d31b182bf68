// Reading and editing the text of a systemd unit file (the `contents` of a unit in Butane) the
// way a person would: one key at a time, every other line, comment, blank line and spacing left
// exactly as written. Pure functions over strings; the form's unit fields are built on them.
//
// The syntax is systemd's (systemd.syntax(7)): `[Section]` headers, `Key=value` lines (spaces
// around `=` allowed), `#` and `;` comment lines, and a trailing backslash continuing a value
// on the next line. A key may appear several times: for list settings (After=, ExecStartPre=,
// Environment=…) each line adds values; for single settings (Type=, Restart=…) the last wins.

export interface UnitSection {
  name: string;
  /** Line index of the `[name]` header. */
  header: number;
  /** Line index after the section's last line (the next header, or the end). */
  end: number;
}

export interface UnitEntry {
  section: string;
  key: string;
  /** The value with continuation lines joined (systemd joins them with a space). */
  value: string;
  /** First and one-past-last line index of the entry (more than one line when continued). */
  line: number;
  endLine: number;
}

export interface ParsedUnit {
  lines: string[];
  /** The line ending the text uses ("\n" or "\r\n"). */
  eol: string;
  /** Whether the text ends with a line ending (the last element of `lines` is then ""). */
  finalNewline: boolean;
  sections: UnitSection[];
  entries: UnitEntry[];
}

const HEADER = /^\s*\[([^\]]*)\]\s*$/;
const KEY_LINE = /^\s*([A-Za-z0-9_.-]+)\s*=\s?(.*)$/;

const isComment = (line: string) => /^\s*[#;]/.test(line);

/** The sections and key lines of a unit text, with their line ranges. */
export function parseUnit(text: string): ParsedUnit {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const finalNewline = text.length > 0 && lines[lines.length - 1] === "";
  const content = finalNewline ? lines.length - 1 : text === "" ? 0 : lines.length;
  const sections: UnitSection[] = [];
  const entries: UnitEntry[] = [];
  for (let i = 0; i < content; i++) {
    const line = lines[i];
    const h = HEADER.exec(line);
    if (h) {
      if (sections.length) sections[sections.length - 1].end = i;
      sections.push({ name: h[1].trim(), header: i, end: content });
      continue;
    }
    if (isComment(line) || line.trim() === "") continue;
    const m = KEY_LINE.exec(line);
    if (!m) continue;
    let value = m[2];
    let end = i + 1;
    // a trailing backslash continues the value on the next line
    while (/\\\s*$/.test(value) && end < content && !HEADER.test(lines[end])) {
      value = value.replace(/\s*\\\s*$/, "") + " " + lines[end].trim();
      end++;
    }
    value = value.replace(/\\\s*$/, "").trimEnd();
    entries.push({ section: sections.length ? sections[sections.length - 1].name : "", key: m[1], value, line: i, endLine: end });
    i = end - 1;
  }
  return { lines, eol, finalNewline, sections, entries };
}

function entriesOf(u: ParsedUnit, section: string, key: string): UnitEntry[] {
  return u.entries.filter((e) => e.section === section && e.key === key);
}

/** Every value of `key` in `section`, in order (empty assignments, which reset a list, included). */
export function getValues(text: string, section: string, key: string): string[] {
  return entriesOf(parseUnit(text), section, key).map((e) => e.value);
}

/** The value of a single-valued key: the last assignment, as systemd reads it. */
export function getValue(text: string, section: string, key: string): string | undefined {
  const v = getValues(text, section, key);
  return v.length ? v[v.length - 1] : undefined;
}

/** The words of a space-separated list key (After=, Wants=, WantedBy=…) over all its lines. */
export function getWords(text: string, section: string, key: string): string[] {
  return getValues(text, section, key).flatMap(splitWords);
}

export function splitWords(value: string): string[] {
  return value.split(/\s+/).filter((w) => w !== "");
}

/** A line replacement: lines [from, to) become `insert`. */
interface LineEdit {
  from: number;
  to: number;
  insert: string[];
}

function applyEdits(u: ParsedUnit, edits: LineEdit[]): string {
  const lines = [...u.lines];
  let finalNewline = u.finalNewline;
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) lines.splice(e.from, e.to - e.from, ...e.insert);
  // text without a final newline that got lines appended at its end keeps ending without one
  if (!finalNewline && lines.length > 0 && lines[lines.length - 1] === "") finalNewline = true;
  if (lines.length === 1 && lines[0] === "") return "";
  const out = lines.join(u.eol);
  return finalNewline && !out.endsWith(u.eol) ? out + u.eol : out;
}

/** Where systemd's usual layout puts a missing section: [Unit] first, [Install] last. */
function sectionRank(name: string): number {
  return name === "Unit" ? 0 : name === "Install" ? 2 : 1;
}

/** Whether the text separates its sections with a blank line. */
function spacedSections(u: ParsedUnit): boolean {
  return u.sections.some((s, i) => i > 0 && s.header > 0 && u.lines[s.header - 1].trim() === "");
}

/** The lines to add, and where, so that `key=value` lines exist in `section`. */
function insertion(u: ParsedUnit, section: string, key: string, newLines: string[]): LineEdit {
  const same = u.sections.filter((s) => s.name === section);
  if (same.length) {
    // after the last line of this key, else after the section's last key line, else after its header
    const target = same[same.length - 1];
    const inSection = u.entries.filter((e) => e.line > target.header && e.line < target.end);
    const ofKey = inSection.filter((e) => e.key === key);
    const after = ofKey.length ? ofKey[ofKey.length - 1].endLine : inSection.length ? inSection[inSection.length - 1].endLine : target.header + 1;
    return { from: after, to: after, insert: newLines };
  }
  // a new section, in the usual order among the existing ones
  const rank = sectionRank(section);
  const before = u.sections.find((s) => sectionRank(s.name) > rank);
  const block = [`[${section}]`, ...newLines];
  const spaced = spacedSections(u);
  const contentEnd = u.finalNewline ? u.lines.length - 1 : u.lines.length;
  if (before) {
    return { from: before.header, to: before.header, insert: spaced ? [...block, ""] : block };
  }
  if (contentEnd === 0 || (contentEnd === 1 && u.lines[0] === "")) return { from: 0, to: u.lines.length, insert: [...block, ""] };
  const lastBlank = u.lines[contentEnd - 1].trim() === "";
  return { from: contentEnd, to: contentEnd, insert: spaced && !lastBlank ? ["", ...block] : block };
}

const keyLine = (key: string, value: string) => `${key}=${value}`;

/** Removes an entry's lines (its section header stays, even when left empty). */
function removal(e: UnitEntry): LineEdit {
  return { from: e.line, to: e.endLine, insert: [] };
}

/**
 * Sets a single-valued key: its last assignment is rewritten (earlier ones, which it overrides,
 * are removed); a missing key is added to its section (created if needed). `undefined` removes
 * every assignment of the key.
 */
export function setValue(text: string, section: string, key: string, value: string | undefined): string {
  const u = parseUnit(text);
  const found = entriesOf(u, section, key);
  if (value === undefined) return found.length ? applyEdits(u, found.map(removal)) : text;
  if (found.length === 1 && found[0].value === value) return text;
  if (!found.length) return applyEdits(u, [insertion(u, section, key, [keyLine(key, value)])]);
  const last = found[found.length - 1];
  const edits = found.slice(0, -1).map(removal);
  if (last.value !== value) edits.push({ from: last.line, to: last.endLine, insert: [keyLine(key, value)] });
  return applyEdits(u, edits);
}

/**
 * Sets a list key whose lines each hold one value (ExecStartPre=, ExecStart=, Environment=…):
 * value i goes to the key's i-th line (rewritten only if it differs), extra lines are removed
 * and extra values appended after the last one. An empty assignment followed by others
 * (`ExecStart=` resetting the list, as in drop-ins) stays where it is and does not count; an
 * empty one at the end (a skeleton's `ExecStart=`) is a line to fill.
 */
export function setLines(text: string, section: string, key: string, values: readonly string[]): string {
  const u = parseUnit(text);
  const all = entriesOf(u, section, key);
  let lastSet = -1;
  all.forEach((e, i) => e.value !== "" && (lastSet = i));
  const found = all.filter((e, i) => e.value !== "" || i > lastSet);
  const edits: LineEdit[] = [];
  found.forEach((e, i) => {
    if (i >= values.length) edits.push(removal(e));
    else if (e.value !== values[i]) edits.push({ from: e.line, to: e.endLine, insert: [keyLine(key, values[i])] });
  });
  const extra = values.slice(found.length).map((v) => keyLine(key, v));
  if (extra.length) {
    if (found.length) {
      const last = found[found.length - 1];
      edits.push({ from: last.endLine, to: last.endLine, insert: extra });
    } else edits.push(insertion(u, section, key, extra));
  }
  return edits.length ? applyEdits(u, edits) : text;
}

/** The values of a one-value-per-line key, without the empty assignments. */
export function getLines(text: string, section: string, key: string): string[] {
  return getValues(text, section, key).filter((v) => v !== "");
}

/**
 * Sets a space-separated list key (After=, Requires=, Wants=, WantedBy=…) to `words`, keeping
 * its lines: each line keeps the words it has that are still wanted (a line left with none is
 * removed, a line whose words did not change is not touched), and new words join the last
 * line (or a new one).
 */
export function setWords(text: string, section: string, key: string, words: readonly string[]): string {
  const u = parseUnit(text);
  const found = entriesOf(u, section, key).filter((e) => e.value.trim() !== "");
  const wanted = new Set(words);
  const used = new Set<string>();
  const edits: LineEdit[] = [];
  let lastKept: { entry: UnitEntry; words: string[] } | undefined;
  for (const e of found) {
    const old = splitWords(e.value);
    const keep: string[] = [];
    for (const w of old) {
      if (!wanted.has(w) || used.has(w)) continue;
      used.add(w);
      keep.push(w);
    }
    if (keep.length === 0) edits.push(removal(e));
    else {
      lastKept = { entry: e, words: keep };
      if (keep.join(" ") !== old.join(" ")) edits.push({ from: e.line, to: e.endLine, insert: [keyLine(key, keep.join(" "))] });
    }
  }
  const added = words.filter((w, i) => !used.has(w) && words.indexOf(w) === i);
  if (added.length) {
    if (lastKept) {
      const all = [...lastKept.words, ...added].join(" ");
      const at = edits.findIndex((x) => x.from === lastKept!.entry.line);
      const line = { from: lastKept.entry.line, to: lastKept.entry.endLine, insert: [keyLine(key, all)] };
      if (at >= 0) edits[at] = line;
      else edits.push(line);
    } else if (found.length) {
      // every old line is being removed: reuse the first for the new words
      const first = found[0];
      const at = edits.findIndex((x) => x.from === first.line);
      edits[at] = { from: first.line, to: first.endLine, insert: [keyLine(key, added.join(" "))] };
    } else edits.push(insertion(u, section, key, [keyLine(key, added.join(" "))]));
  }
  return edits.length ? applyEdits(u, edits) : text;
}

/** The unit file a new unit starts from: what a first service needs, ready to fill in. */
export const UNIT_SKELETON = `[Unit]
Description=

[Service]
Type=simple
ExecStart=

[Install]
WantedBy=multi-user.target
`;
