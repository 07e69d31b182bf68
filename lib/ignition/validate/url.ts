// The parts of Go's net/url.Parse that Ignition's checks depend on: whether parsing fails,
// the lower-cased scheme, the opaque part and the query (url.Values as Query() returns them).

export interface GoURL {
  scheme: string;
  opaque: string;
  rawQuery: string;
}

const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);
const alnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

type Mode = "host" | "zone" | "path" | "userinfo" | "query" | "fragment";

function shouldEscapeHost(c: string): boolean {
  if (alnum(c)) return false;
  if ("!$&'()*+,;=:[]<>\"".includes(c)) return false;
  return !"-_.~".includes(c);
}

/** net/url's unescape, reporting only whether it fails (the decoded text is not needed). */
function unescapeFails(s: string, mode: Mode): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === "%") {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return true;
      if (mode === "host" && parseInt(s[i + 1], 16) < 8 && s.slice(i, i + 3) !== "%25") return true;
      if (mode === "zone") {
        const v = String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
        if (s.slice(i, i + 3) !== "%25" && v !== " " && shouldEscapeHost(v)) return true;
      }
      i += 3;
    } else {
      if ((mode === "host" || mode === "zone") && c.charCodeAt(0) < 0x80 && shouldEscapeHost(c)) return true;
      i++;
    }
  }
  return false;
}

function validOptionalPort(port: string): boolean {
  if (port === "") return true;
  if (port[0] !== ":") return false;
  return /^[0-9]*$/.test(port.slice(1));
}

function hostFails(host: string): boolean {
  if (host.startsWith("[")) {
    const i = host.lastIndexOf("]");
    if (i < 0) return true;
    if (!validOptionalPort(host.slice(i + 1))) return true;
    const zone = host.slice(0, i).indexOf("%25");
    if (zone >= 0) {
      return (
        unescapeFails(host.slice(0, zone), "host") ||
        unescapeFails(host.slice(zone, i), "zone") ||
        unescapeFails(host.slice(i), "host")
      );
    }
  } else {
    const i = host.lastIndexOf(":");
    if (i >= 0 && !validOptionalPort(host.slice(i))) return true;
  }
  return unescapeFails(host, "host");
}

function authorityFails(authority: string): boolean {
  const i = authority.lastIndexOf("@");
  if (hostFails(i < 0 ? authority : authority.slice(i + 1))) return true;
  if (i < 0) return false;
  const userinfo = authority.slice(0, i);
  for (const ch of userinfo) if (!alnum(ch) && !"-._:~!$&'()*+,;=%@".includes(ch)) return true;
  const colon = userinfo.indexOf(":");
  if (colon < 0) return unescapeFails(userinfo, "userinfo");
  return unescapeFails(userinfo.slice(0, colon), "userinfo") || unescapeFails(userinfo.slice(colon + 1), "userinfo");
}

function getScheme(raw: string): { scheme: string; rest: string } | undefined {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return { scheme: "", rest: raw };
      continue;
    }
    if (c === ":") {
      if (i === 0) return undefined; // "missing protocol scheme"
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: "", rest: raw };
  }
  return { scheme: "", rest: raw };
}

/** url.Parse: undefined when Go would return an error. */
export function parseURL(rawURL: string): GoURL | undefined {
  const hash = rawURL.indexOf("#");
  const u = hash < 0 ? rawURL : rawURL.slice(0, hash);
  const frag = hash < 0 ? "" : rawURL.slice(hash + 1);
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(u)) return undefined;
  const url: GoURL = { scheme: "", opaque: "", rawQuery: "" };
  if (u !== "*") {
    const s = getScheme(u);
    if (!s) return undefined;
    url.scheme = s.scheme.toLowerCase();
    let rest = s.rest;
    if (rest.endsWith("?") && rest.split("?").length === 2) {
      rest = rest.slice(0, -1);
    } else {
      const q = rest.indexOf("?");
      if (q >= 0) {
        url.rawQuery = rest.slice(q + 1);
        rest = rest.slice(0, q);
      }
    }
    let opaque = false;
    if (!rest.startsWith("/")) {
      if (url.scheme !== "") {
        url.opaque = rest;
        opaque = true;
      } else if (rest.split("/")[0].includes(":")) {
        return undefined; // first path segment in URL cannot contain colon
      }
    }
    if (!opaque) {
      if ((url.scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
        let authority = rest.slice(2);
        rest = "";
        const slash = authority.indexOf("/");
        if (slash >= 0) {
          rest = authority.slice(slash);
          authority = authority.slice(0, slash);
        }
        if (authorityFails(authority)) return undefined;
      }
      if (unescapeFails(rest, "path")) return undefined;
    }
  }
  if (frag !== "" && unescapeFails(frag, "fragment")) return undefined;
  return url;
}

function queryUnescape(s: string): string | undefined {
  if (unescapeFails(s, "query")) return undefined;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; ) {
    if (s[i] === "%") {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (s[i] === "+") {
      bytes.push(0x20);
      i++;
    } else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      bytes.push(...enc.encode(ch));
      i += ch.length;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** url.ParseQuery as URL.Query() uses it (malformed pairs are skipped). */
export function parseQuery(raw: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const pair of raw.split("&")) {
    if (pair.includes(";") || pair === "") continue;
    const eq = pair.indexOf("=");
    const k = queryUnescape(eq < 0 ? pair : pair.slice(0, eq));
    const v = queryUnescape(eq < 0 ? "" : pair.slice(eq + 1));
    if (k === undefined || v === undefined) continue;
    m.set(k, [...(m.get(k) ?? []), v]);
  }
  return m;
}
