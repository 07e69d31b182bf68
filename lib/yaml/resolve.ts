// Plain scalar resolution as go-yaml v3 does it (resolve.go): YAML 1.2 core words for
// booleans and null, Go's strconv rules for numbers (base prefixes 0x/0o/0b, a leading 0 is
// octal, `_` separators dropped), 1.2-style floats, and timestamps. YAML 1.1 words such as
// `yes`/`off` stay strings here; the decoder accepts them for bool fields.
import { failf } from "./errors";

export const NULL_TAG = "!!null";
export const BOOL_TAG = "!!bool";
export const STR_TAG = "!!str";
export const INT_TAG = "!!int";
export const FLOAT_TAG = "!!float";
export const TIMESTAMP_TAG = "!!timestamp";
export const SEQ_TAG = "!!seq";
export const MAP_TAG = "!!map";
export const BINARY_TAG = "!!binary";
export const MERGE_TAG = "!!merge";

const LONG_PREFIX = "tag:yaml.org,2002:";

export function shortTag(tag: string): string {
  return tag.startsWith(LONG_PREFIX) ? "!!" + tag.slice(LONG_PREFIX.length) : tag;
}

export type Resolved =
  | { kind: "null" }
  | { kind: "bool"; v: boolean }
  | { kind: "int"; v: bigint } // fits Go's int64
  | { kind: "uint"; v: bigint } // beyond int64, fits uint64
  | { kind: "float"; v: number }
  | { kind: "str"; v: string }
  | { kind: "timestamp" };

const WORDS: Record<string, { tag: string; value: Resolved }> = {};
function words(tag: string, value: Resolved, list: string[]) {
  for (const w of list) WORDS[w] = { tag, value };
}
words(BOOL_TAG, { kind: "bool", v: true }, ["true", "True", "TRUE"]);
words(BOOL_TAG, { kind: "bool", v: false }, ["false", "False", "FALSE"]);
words(NULL_TAG, { kind: "null" }, ["", "~", "null", "Null", "NULL"]);
words(FLOAT_TAG, { kind: "float", v: NaN }, [".nan", ".NaN", ".NAN"]);
words(FLOAT_TAG, { kind: "float", v: Infinity }, [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]);
words(FLOAT_TAG, { kind: "float", v: -Infinity }, ["-.inf", "-.Inf", "-.INF"]);
words(MERGE_TAG, { kind: "str", v: "<<" }, ["<<"]);

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** strconv.ParseUint(s, base, 64) with base 0 or a fixed base; undefined on any error. */
function parseUint(s: string, base: number): bigint | undefined {
  if (s === "") return undefined;
  if (base === 0) {
    base = 10;
    if (s[0] === "0") {
      const p = s.length >= 3 ? s[1].toLowerCase() : "";
      if (p === "b") [base, s] = [2, s.slice(2)];
      else if (p === "o") [base, s] = [8, s.slice(2)];
      else if (p === "x") [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  let n = 0n;
  const b = BigInt(base);
  for (const c of s) {
    const lc = c.toLowerCase();
    let d: number;
    if (lc >= "0" && lc <= "9") d = lc.charCodeAt(0) - 48;
    else if (lc >= "a" && lc <= "z") d = lc.charCodeAt(0) - 87;
    else return undefined;
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > UINT64_MAX) return undefined;
  }
  return n;
}

/** strconv.ParseInt(s, base, 64). */
function parseInt64(s: string, base: number): bigint | undefined {
  if (s === "") return undefined;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  const u = parseUint(s, base);
  if (u === undefined) return undefined;
  if (!neg && u > INT64_MAX) return undefined;
  if (neg && u > INT64_MAX + 1n) return undefined;
  return neg ? -u : u;
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// strconv.ParseFloat of the raw text (go-yaml removes no underscores here): Go's digit
// separators are allowed between digits.
const DOT_FLOAT = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/;

/** strconv.ParseFloat for the decimal forms that can reach it here; undefined on error (incl. overflow). */
function parseFloat64(s: string): number | undefined {
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/**
 * go-yaml's parseTimestamp: time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (also with "t"),
 * "2006-1-2 15:4:5.999999999" and "2006-1-2". Go takes any number of fraction digits after a
 * '.' or ',', and zone offsets up to 24:60.
 */
export function isTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/s.exec(s);
  if (!m) return false;
  const [, ys, ms, ds, rest] = m;
  if (!validDate(+ys, +ms, +ds)) return false;
  if (rest === "") return true;
  const t = /^([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})([.,]\d+)?(.*)$/s.exec(rest);
  if (!t) return false;
  const [, sep, hh, mm, ss, , zone] = t;
  if (+hh > 23 || +mm > 59 || +ss > 59) return false;
  if (sep === " ") return zone === "";
  if (zone === "Z") return true;
  const z = /^[+-](\d{2}):(\d{2})$/.exec(zone);
  return z !== null && +z[1] <= 24 && +z[2] <= 60;
}

/** The first characters of the words in WORDS ("yYnNtTfFoO~"), as a set of character codes. */
const WORD_STARTS = new Set(Array.from("yYnNtTfFoO~", (c) => c.charCodeAt(0)));

function hintOf(s: string): string {
  if (s === "") return "N";
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return "S"; // + -
  if (c >= 0x30 && c <= 0x39) return "D";
  if (WORD_STARTS.has(c)) return "M";
  if (c === 0x2e) return "."; // .
  return "";
}

const intResult = (v: bigint): Resolved => ({ kind: "int", v });

function resolvePlain(tag: string, input: string): { tag: string; value: Resolved } {
  const hint = hintOf(input);
  if (hint !== "" && tag !== STR_TAG && tag !== BINARY_TAG) {
    const w = WORDS[input];
    if (w) return w;
    if (hint === ".") {
      if (DOT_FLOAT.test(input)) {
        const f = parseFloat64(input.replace(/_/g, ""));
        if (f !== undefined) return { tag: FLOAT_TAG, value: { kind: "float", v: f } };
      }
    } else if (hint === "D" || hint === "S") {
      if ((tag === "" || tag === TIMESTAMP_TAG) && isTimestamp(input)) {
        return { tag: TIMESTAMP_TAG, value: { kind: "timestamp" } };
      }
      const plain = input.replace(/_/g, "");
      const i = parseInt64(plain, 0);
      if (i !== undefined) return { tag: INT_TAG, value: intResult(i) };
      const u = parseUint(plain, 0);
      if (u !== undefined) return { tag: INT_TAG, value: { kind: "uint", v: u } };
      if (YAML_STYLE_FLOAT.test(plain)) {
        const f = parseFloat64(plain);
        if (f !== undefined) return { tag: FLOAT_TAG, value: { kind: "float", v: f } };
      }
      // go-yaml's later tries of 0b…/0o… with base 2/8 cannot succeed where base 0 failed above.
    }
  }
  return { tag: STR_TAG, value: { kind: "str", v: input } };
}

/** Would this string, written plain, read back as something else (null, bool, number, timestamp)?
 *  Then go-yaml's encoder quotes it. */
export const resolvesToNonString = (s: string): boolean => resolvedTag(s) !== STR_TAG;

/** The tag an untagged plain scalar resolves to: resolve("", input).tag. */
export function resolvedTag(input: string): string {
  // Text that cannot be anything but a string (the common case) needs no resolving.
  return hintOf(input) === "" ? STR_TAG : resolve("", input).tag;
}

// Configs repeat a few plain scalars that need resolving (modes, booleans, versions), and each is
// resolved twice (composing, decoding): remember the results, which are never modified.
const resolvedCache = new Map<string, Map<string, { tag: string; value: Resolved }>>();
const RESOLVED_CACHE_LIMIT = 4096;
const CACHED_INPUT_MAX_LENGTH = 64;

const RESOLVABLE = new Set(["", STR_TAG, BOOL_TAG, INT_TAG, FLOAT_TAG, NULL_TAG, TIMESTAMP_TAG]);

/**
 * go-yaml's resolve(tag, in): the tag a scalar resolves to and its value. An explicit tag
 * that the text does not fit fails the whole decode ("cannot decode !!str `x` as a !!int").
 */
export function resolve(tag: string, input: string): { tag: string; value: Resolved } {
  if (input.length > CACHED_INPUT_MAX_LENGTH) return resolveUncached(tag, input);
  let cache = resolvedCache.get(tag);
  const cached = cache?.get(input);
  if (cached !== undefined) return cached;
  const r = resolveUncached(tag, input);
  if (cache === undefined) {
    if (resolvedCache.size >= 64) resolvedCache.clear(); // tags are few, unless made up
    resolvedCache.set(tag, (cache = new Map()));
  }
  if (cache.size >= RESOLVED_CACHE_LIMIT) cache.clear();
  cache.set(input, r);
  return r;
}

function resolveUncached(tag: string, input: string): { tag: string; value: Resolved } {
  tag = shortTag(tag);
  if (!RESOLVABLE.has(tag)) return { tag, value: { kind: "str", v: input } };
  const r = resolvePlain(tag, input);
  if (tag === "" || tag === r.tag || tag === STR_TAG) return r;
  if (tag === FLOAT_TAG && r.tag === INT_TAG && r.value.kind === "int") {
    return { tag: FLOAT_TAG, value: { kind: "float", v: Number(r.value.v) } };
  }
  failf(`cannot decode ${shortTag(r.tag)} \`${input}\` as a ${shortTag(tag)}`);
}
