// systemd's calendar events (systemd.time(7), "Calendar Events"), as `OnCalendar=` takes them:
// parsing with systemd's rules, the normalized form `systemd-analyze calendar` prints, and the
// next elapse times. Mirrors src/shared/calendarspec.c for the forms people write:
//
//   [Weekdays] [Year-]Month-Day [Hour:Minute[:Second]] [Timezone]
//
// weekdays as names (Mon, monday…) in lists (`,`) and ranges (`..`, or `-`); each date/time
// component `*`, a number, a list, a range `a..b`, a repetition `a/n` or `a..b/n`; a day may count
// from the month's end (`*-*~1`: the last day); shorthands daily, weekly, hourly, minutely,
// monthly, yearly/annually, quarterly, semiannually; a trailing `UTC` or IANA time-zone name.
// Without a zone, times are the machine's local time: Flatcar's default is UTC, so the preview
// takes UTC unless told otherwise. Fractional seconds are not handled (they are rare in timers).

export interface CalendarItem {
  start: number;
  /** Last value of a range (`a..b`), undefined for a single value or an open repetition. */
  stop?: number;
  /** Step of a repetition (`a/n`), 0 for none. */
  repeat: number;
}

/** undefined: `*` (every value). */
type Component = CalendarItem[] | undefined;

export interface CalendarSpec {
  /** Bit i set: weekday i (0 = Monday … 6 = Sunday). 127: every day. */
  weekdays: number;
  year: Component;
  month: Component;
  day: Component;
  /** The day counts back from the end of the month (`~`). */
  endOfMonth: boolean;
  hour: Component;
  minute: Component;
  second: Component;
  /** "UTC", an IANA zone name, or undefined (the machine's zone). */
  timezone?: string;
}

export type CalendarParse = { ok: true; spec: CalendarSpec; normalized: string } | { ok: false; error: string };

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;

const SHORTHANDS: Record<string, string> = {
  minutely: "*-*-* *:*:00",
  hourly: "*-*-* *:00:00",
  daily: "*-*-* 00:00:00",
  monthly: "*-*-01 00:00:00",
  weekly: "Mon *-*-* 00:00:00",
  yearly: "*-01-01 00:00:00",
  annually: "*-01-01 00:00:00",
  quarterly: "*-01,04,07,10-01 00:00:00",
  semiannually: "*-01,07-01 00:00:00",
};

class CalendarError extends Error {}
const fail = (message: string): never => {
  throw new CalendarError(message);
};

function parseWeekdays(text: string): number {
  let bits = 0;
  for (const part of text.split(",")) {
    if (part === "") fail(`"${text}": an empty weekday in the list.`);
    const m = /^([A-Za-z]+)(?:(?:\.\.|-)([A-Za-z]+))?$/.exec(part);
    if (!m) fail(`"${part}" is not a weekday or a range of weekdays (e.g. Mon..Fri).`);
    const from = weekday(m![1]);
    const to = m![2] === undefined ? from : weekday(m![2]);
    if (to < from) fail(`"${part}": a weekday range goes forwards, Monday to Sunday (e.g. Sat..Sun, not Sun..Mon).`);
    for (let d = from; d <= to; d++) bits |= 1 << d;
  }
  return bits;
}

function weekday(name: string): number {
  const n = name.toLowerCase();
  const i = LONG_DAYS.findIndex((d) => d === n || d.slice(0, 3) === n);
  if (i < 0) fail(`"${name}" is not a weekday: write Mon, Tue, Wed, Thu, Fri, Sat or Sun.`);
  return i;
}

function parseComponent(text: string, what: string, min: number, max: number): Component {
  if (text === "*") return undefined;
  const items: CalendarItem[] = [];
  for (const part of text.split(",")) {
    const m = /^(\*|\d+)(?:\.\.(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!m) fail(`"${part}" is not a valid ${what}: write a number, a list (1,15), a range (1..5) or a repetition (0/15).`);
    const [, a, b, r] = m!;
    if (a === "*" && (b !== undefined || r === undefined)) fail(`"${part}" is not a valid ${what}.`);
    const start = a === "*" ? min : Number(a);
    const stop = b === undefined ? undefined : Number(b);
    const repeat = r === undefined ? 0 : Number(r);
    if (r !== undefined && repeat === 0) fail(`"${part}": a repetition needs a step of at least 1.`);
    for (const v of [start, stop]) if (v !== undefined && (v < min || v > max)) fail(`${what[0].toUpperCase() + what.slice(1)} ${v} is out of range: ${min}..${max}.`);
    if (stop !== undefined && stop < start) fail(`"${part}": a range goes from the smaller to the larger ${what}.`);
    items.push({ start, stop: repeat && stop !== undefined ? start + Math.floor((stop - start) / repeat) * repeat : stop, repeat });
  }
  items.sort((x, y) => x.start - y.start || (x.stop ?? -1) - (y.stop ?? -1) || x.repeat - y.repeat);
  return items.filter((x, i) => i === 0 || x.start !== items[i - 1].start || x.stop !== items[i - 1].stop || x.repeat !== items[i - 1].repeat);
}

/** Whether `name` is UTC or an IANA zone name (Europe/Berlin) that this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (name === "UTC") return true;
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name) || !name.includes("/")) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function parseDate(text: string, spec: CalendarSpec) {
  const tilde = text.indexOf("~");
  let main = text;
  let dayText: string;
  if (tilde >= 0) {
    spec.endOfMonth = true;
    main = text.slice(0, tilde);
    dayText = text.slice(tilde + 1);
    if (dayText === "") fail(`"${text}": a day counted from the month's end needs a number after ~ (~1 is the last day).`);
    const parts = main.split("-");
    if (parts.length < 1 || parts.length > 2) fail(`"${text}" is not a date: write Year-Month~Day or Month~Day.`);
    if (parts.length === 2) spec.year = parseComponent(parts[0], "year", MIN_YEAR, MAX_YEAR);
    spec.month = parseComponent(parts[parts.length - 1], "month", 1, 12);
  } else {
    const parts = main.split("-");
    if (parts.length < 2 || parts.length > 3) fail(`"${text}" is not a date: write Year-Month-Day or Month-Day (* for any).`);
    if (parts.length === 3) spec.year = parseComponent(parts[0], "year", MIN_YEAR, MAX_YEAR);
    spec.month = parseComponent(parts[parts.length - 2], "month", 1, 12);
    dayText = parts[parts.length - 1];
  }
  spec.day = parseComponent(dayText, "day", 1, 31);
}

function parseTime(text: string, spec: CalendarSpec) {
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) fail(`"${text}" is not a time: write Hour:Minute or Hour:Minute:Second (* for any).`);
  if (parts.length === 3 && /\.\d/.test(parts[2])) fail(`"${text}": fractional seconds are valid for systemd, but Kindling's preview does not compute them; use whole seconds.`);
  spec.hour = parseComponent(parts[0], "hour", 0, 23);
  spec.minute = parseComponent(parts[1], "minute", 0, 59);
  spec.second = parts.length === 3 ? parseComponent(parts[2], "second", 0, 59) : [{ start: 0, repeat: 0 }];
}

/** Parses an OnCalendar= expression as systemd does; the error says which part is wrong and why. */
export function parseCalendar(expression: string): CalendarParse {
  try {
    let text = expression.trim().replace(/\s+/g, " ");
    if (text === "") fail("An empty expression: write e.g. daily, Mon..Fri 02:00 or *-*-* *:0/15.");
    const spec: CalendarSpec = { weekdays: 127, year: undefined, month: undefined, day: undefined, endOfMonth: false, hour: [{ start: 0, repeat: 0 }], minute: [{ start: 0, repeat: 0 }], second: [{ start: 0, repeat: 0 }] };
    let words = text.split(" ");
    const last = words[words.length - 1];
    if (words.length > 1 && last.toUpperCase() === "UTC") {
      spec.timezone = "UTC";
      words = words.slice(0, -1);
    } else if (words.length > 1 && last.includes("/") && !last.includes(":") && !/^[\d*]/.test(last)) {
      if (!isTimeZone(last)) fail(`"${last}" is not a known time zone: write UTC or a zone name such as Europe/Berlin.`);
      spec.timezone = last;
      words = words.slice(0, -1);
    }
    text = words.join(" ");
    const short = SHORTHANDS[text.toLowerCase()];
    if (short) words = short.split(" ");
    else if (words.length === 1 && SHORTHANDS[words[0].toLowerCase()] === undefined && /^[a-z]+$/i.test(words[0]) && !LONG_DAYS.some((d) => d === words[0].toLowerCase() || d.slice(0, 3) === words[0].toLowerCase())) {
      fail(`"${words[0]}" is not a weekday or a shorthand: write minutely, hourly, daily, weekly, monthly, quarterly, semiannually or yearly.`);
    }
    let i = 0;
    if (i < words.length && /^[A-Za-z]/.test(words[i])) {
      if (SHORTHANDS[words[i].toLowerCase()]) fail(`"${words[i]}" is a whole expression on its own: it cannot be combined with other parts (write e.g. *-*-* 10:00 instead of daily 10:00).`);
      spec.weekdays = parseWeekdays(words[i++]);
    }
    if (i < words.length && !words[i].includes(":") && (words[i].includes("-") || words[i].includes("~"))) parseDate(words[i++], spec);
    if (i < words.length && words[i].includes(":")) parseTime(words[i++], spec);
    if (i < words.length) fail(`"${words[i]}" is not understood here: the order is weekdays, date (Year-Month-Day), time (Hour:Minute[:Second]), time zone.`);
    if (i === 0) fail(`"${text}" is not a calendar expression.`);
    return { ok: true, spec, normalized: normalize(spec) };
  } catch (e) {
    if (e instanceof CalendarError) return { ok: false, error: e.message };
    throw e;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function formatComponent(c: Component, width: number): string {
  if (!c) return "*";
  return c.map((x) => pad(x.start, width) + (x.stop !== undefined ? ".." + pad(x.stop, width) : "") + (x.repeat ? "/" + x.repeat : "")).join(",");
}

function formatWeekdays(bits: number): string {
  let out = "";
  let l = -1;
  let x = 0;
  const close = () => {
    if (x > l + 1) out += (x > l + 2 ? ".." : ",") + DAYS[x - 1];
  };
  for (; x < 7; x++) {
    if (bits & (1 << x)) {
      if (l < 0) {
        out += (out ? "," : "") + DAYS[x];
        l = x;
      }
    } else if (l >= 0) {
      close();
      l = -1;
    }
  }
  if (l >= 0) close();
  return out;
}

/** The normalized form, as `systemd-analyze calendar` prints it. */
export function normalize(spec: CalendarSpec): string {
  const weekdays = spec.weekdays === 127 ? "" : formatWeekdays(spec.weekdays) + " ";
  const date = `${formatComponent(spec.year, 4)}-${formatComponent(spec.month, 2)}${spec.endOfMonth ? "~" : "-"}${formatComponent(spec.day, 2)}`;
  const time = `${formatComponent(spec.hour, 2)}:${formatComponent(spec.minute, 2)}:${formatComponent(spec.second, 2)}`;
  return `${weekdays}${date} ${time}${spec.timezone ? " " + spec.timezone : ""}`;
}

function matches(c: Component, v: number): boolean {
  if (!c) return true;
  return c.some((x) => {
    if (v < x.start) return false;
    if (x.repeat) return (x.stop === undefined || v <= x.stop) && (v - x.start) % x.repeat === 0;
    return v <= (x.stop ?? x.start);
  });
}

/** The smallest value >= v and <= max that the component takes, or undefined. */
function nextValue(c: Component, v: number, max: number): number | undefined {
  for (let x = v; x <= max; x++) if (matches(c, x)) return x;
  return undefined;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (y: number, m: number, d: number) => (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** The first wall-clock time at or after `w` that matches the spec, or undefined (never). */
function nextWall(spec: CalendarSpec, w: Wall): Wall | undefined {
  let { y, mo, d, h, mi, s } = w;
  for (let guard = 0; guard < 100000; guard++) {
    const ny = nextValue(spec.year, y, MAX_YEAR);
    if (ny === undefined) return undefined;
    if (ny > y) [y, mo, d, h, mi, s] = [ny, 1, 1, 0, 0, 0];
    const nm = nextValue(spec.month, mo, 12);
    if (nm === undefined) {
      [y, mo, d, h, mi, s] = [y + 1, 1, 1, 0, 0, 0];
      continue;
    }
    if (nm > mo) [mo, d, h, mi, s] = [nm, 1, 0, 0, 0];
    const dim = daysIn(y, mo);
    let nd: number | undefined;
    for (let x = d; x <= dim; x++) {
      const dayNumber = spec.endOfMonth ? dim - x + 1 : x;
      if (matches(spec.day, dayNumber) && spec.weekdays & (1 << weekdayOf(y, mo, x))) {
        nd = x;
        break;
      }
    }
    if (nd === undefined) {
      [mo, d, h, mi, s] = [mo + 1, 1, 0, 0, 0];
      if (mo > 12) [y, mo] = [y + 1, 1];
      continue;
    }
    if (nd > d) [d, h, mi, s] = [nd, 0, 0, 0];
    const nh = nextValue(spec.hour, h, 23);
    if (nh === undefined) {
      [d, h, mi, s] = [d + 1, 0, 0, 0];
      if (d > dim) [mo, d] = [mo + 1, 1];
      if (mo > 12) [y, mo] = [y + 1, 1];
      continue;
    }
    if (nh > h) [h, mi, s] = [nh, 0, 0];
    const nmi = nextValue(spec.minute, mi, 59);
    if (nmi === undefined) {
      [h, mi, s] = [h + 1, 0, 0];
      if (h > 23) {
        [d, h] = [d + 1, 0];
        if (d > dim) [mo, d] = [mo + 1, 1];
        if (mo > 12) [y, mo] = [y + 1, 1];
      }
      continue;
    }
    if (nmi > mi) [mi, s] = [nmi, 0];
    const ns = nextValue(spec.second, s, 59);
    if (ns === undefined) {
      const t = new Date(Date.UTC(y, mo - 1, d, h, mi + 1, 0));
      [y, mo, d, h, mi, s] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), 0];
      continue;
    }
    return { y, mo, d, h, mi, s: ns };
  }
  return undefined;
}

/** Wall-clock fields of instant `t` (ms) in `zone` ("UTC" or an IANA name). */
function wallOf(t: number, zone: string): Wall {
  if (zone === "UTC") {
    const x = new Date(t);
    return { y: x.getUTCFullYear(), mo: x.getUTCMonth() + 1, d: x.getUTCDate(), h: x.getUTCHours(), mi: x.getUTCMinutes(), s: x.getUTCSeconds() };
  }
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get("year"), mo: get("month"), d: get("day"), h: get("hour") % 24, mi: get("minute"), s: get("second") };
}

const wallMs = (w: Wall) => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);

/** The instant whose wall clock in `zone` is `w` (the earlier one when the clock repeats), or the
 *  instant after a skipped hour when `w` does not exist there. */
function instantOf(w: Wall, zone: string): number {
  const guess = wallMs(w);
  if (zone === "UTC") return guess;
  const offsetAt = (t: number) => wallMs(wallOf(t, zone)) - t;
  const candidates = [guess - offsetAt(guess - 36e5 * 3), guess - offsetAt(guess + 36e5 * 3)];
  const exact = candidates.filter((t) => wallMs(wallOf(t, zone)) === guess).sort((a, b) => a - b);
  return exact.length ? exact[0] : Math.max(...candidates);
}

export interface ElapseOptions {
  /** Count from this instant (ms since the epoch); the results are strictly after it. */
  after: number;
  /** How many times to compute. */
  count: number;
  /** The zone of a spec without one (the machine's): UTC by default, as on Flatcar. */
  defaultZone?: string;
}

/** The next `count` elapse times (ms since the epoch), fewer if the expression runs out. */
export function nextElapses(spec: CalendarSpec, options: ElapseOptions): number[] {
  const zone = spec.timezone ?? options.defaultZone ?? "UTC";
  const out: number[] = [];
  let after = Math.floor(options.after / 1000) * 1000;
  while (out.length < options.count) {
    let w = wallOf(after + 1000, zone);
    let found: number | undefined;
    for (let tries = 0; tries < 10 && found === undefined; tries++) {
      const next = nextWall(spec, w);
      if (!next) break;
      const t = instantOf(next, zone);
      const back = wallOf(t, zone);
      // a wall-clock time skipped by a DST change does not happen: look on from the real clock
      if (wallMs(back) !== wallMs(next)) w = back;
      else found = t;
    }
    if (found === undefined) break;
    out.push(found);
    after = found;
  }
  return out;
}

/** "Thu 2026-03-26 02:00:00 UTC", as systemd-analyze prints an instant (in `zone`). */
export function formatElapse(t: number, zone = "UTC"): string {
  const w = wallOf(t, zone);
  const dow = DAYS[weekdayOf(w.y, w.mo, w.d)];
  return `${dow} ${pad(w.y, 4)}-${pad(w.mo, 2)}-${pad(w.d, 2)} ${pad(w.h, 2)}:${pad(w.mi, 2)}:${pad(w.s, 2)} ${zone}`;
}
