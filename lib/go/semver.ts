// Version strings as github.com/coreos/go-semver reads them: "1.2.0", "1.2.0-experimental",
// "1.5.0+build". Components go through Go's strconv.ParseInt, so "01" reads as 1 and a sign
// is allowed; the canonical form is printed back from the parsed numbers.

const identifier = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
const int64Max = 2n ** 63n - 1n;

function splitOff(s: string, delim: string): [string, string] {
  const i = s.indexOf(delim);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}

function parseGoInt(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n > int64Max || n < -int64Max - 1n ? undefined : n;
}

/** The canonical version string, or undefined when go-semver would refuse it. */
export function canonicalSemver(version: string): string | undefined {
  const [rest1, metadata] = splitOff(version, "+");
  const [core, pre] = splitOff(rest1, "-");
  const parts = core.split(".");
  if (parts.length < 3) return undefined;
  const dotted = [parts[0], parts[1], parts.slice(2).join(".")];
  if (pre && !identifier.test(pre)) return undefined;
  if (metadata && !identifier.test(metadata)) return undefined;
  const nums = dotted.map(parseGoInt);
  if (nums.some((n) => n === undefined)) return undefined;
  return nums.join(".") + (pre ? "-" + pre : "") + (metadata ? "+" + metadata : "");
}
