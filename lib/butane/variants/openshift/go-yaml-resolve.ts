// yaml.v3's resolve("", s) as the encoder uses it: would this string, written plain, read back
// as something other than a string (null, bool, int, float, timestamp, merge key)? Then the
// encoder quotes it.

const resolveMap = new Set([
  "true", "True", "TRUE",
  "false", "False", "FALSE",
  "", "~", "null", "Null", "NULL",
  ".nan", ".NaN", ".NAN",
  ".inf", ".Inf", ".INF",
  "+.inf", "+.Inf", "+.INF",
  "-.inf", "-.Inf", "-.INF",
  // "<<" is in yaml.v3's map too, but "<" has no resolve hint, so it stays a string
]);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) succeeds (s has no underscores left). */
function parsesAsInt(s: string): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const n = literalValue(m[2]);
  const v = m[1] === "-" ? -n : n;
  return v >= INT64_MIN && v <= INT64_MAX;
}

/** strconv.ParseUint(s, 0, 64) succeeds (no sign allowed). */
function parsesAsUint(s: string): boolean {
  if (!/^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.test(s)) return false;
  return literalValue(s) <= UINT64_MAX;
}

function literalValue(lit: string): bigint {
  const p = lit.slice(0, 2).toLowerCase();
  if (p === "0x" || p === "0b" || p === "0o") return BigInt("0" + p[1] + lit.slice(2));
  if (lit.length > 1 && lit[0] === "0") return BigInt("0o" + lit.slice(1));
  return BigInt(lit);
}

const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** strconv.ParseFloat(s, 64) without a range error, for the decimal forms that reach it here. */
function parsesAsFiniteFloat(s: string): boolean {
  const n = Number(s);
  return !Number.isNaN(n) && Number.isFinite(n);
}

/** ParseFloat for a string that starts with '.': decimal (with Go's digit underscores) or fails. */
function dotFloat(s: string): boolean {
  if (!/^\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?$/.test(s)) return false;
  return parsesAsFiniteFloat(s.replace(/_/g, ""));
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** yaml.v3 parseTimestamp: the four time.Parse layouts it tries. */
export function isYamlTimestamp(s: string): boolean {
  if (!/^[0-9]{4}-/.test(s)) return false;
  const date = "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})";
  const time = "([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})([.,][0-9]{1,9})?";
  const zone = "(Z|[+-][0-9]{2}:[0-9]{2})";
  const forms = [
    new RegExp(`^${date}[Tt]${time}${zone}$`),
    new RegExp(`^${date} ${time}$`),
    new RegExp(`^${date}$`),
  ];
  for (const re of forms) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y)) continue;
    if (m[4] !== undefined) {
      if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) continue;
      const z = m[8];
      if (z && z !== "Z" && (Number(z.slice(1, 3)) > 24 || Number(z.slice(4, 6)) > 60)) continue;
    }
    return true;
  }
  return false;
}

export function resolvesToNonString(s: string): boolean {
  if (resolveMap.has(s)) return true;
  const c = s[0];
  if (c === ".") return dotFloat(s);
  const digitOrSign = c === "+" || c === "-" || (c >= "0" && c <= "9");
  if (!digitOrSign) return false;
  if (isYamlTimestamp(s)) return true;
  const plain = s.replace(/_/g, "");
  if (parsesAsInt(plain) || parsesAsUint(plain)) return true;
  if (yamlStyleFloat.test(plain) && parsesAsFiniteFloat(plain)) return true;
  return false;
}
