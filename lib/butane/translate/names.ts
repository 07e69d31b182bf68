// Butane yaml keys are snake_case, Ignition json keys camelCase (config/util Snake/Camel).

/** camelCase → snake_case: every capital (and "MiB" as one unit) gets a leading underscore. */
export function snake(s: string): string {
  return s.replace(/(MiB|[A-Z])/g, "_$1").toLowerCase();
}

const camelCache = new Map<string, string>();

/** snake_case → camelCase, with a trailing "_mib" becoming "MiB". Memoized: called for every field. */
export function camel(s: string): string {
  let c = camelCache.get(s);
  if (c === undefined) {
    if (camelCache.size > 4096) camelCache.clear();
    camelCache.set(s, (c = camelUncached(s)));
  }
  return c;
}

function camelUncached(s: string): string {
  let t = s;
  if (t.endsWith("_mib")) t = t.slice(0, -4) + "MiB";
  const chars = [...t];
  for (let i = 1; i < chars.length; i++) if (chars[i - 1] === "_") chars[i] = chars[i].toUpperCase();
  return chars.join("").replaceAll("_", "");
}
