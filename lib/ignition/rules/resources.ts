// Contents and references: FileContents (3.0) and Resource (3.1+), verification hashes, HTTP
// headers, merge/replace configs, CAs and proxies; and the keys of keyed lists.
import type { Path } from "../../go/path";
import type { Report } from "../../go/report";
import { E } from "../errors";
import { addError, byteLen, nilOrEmpty, validateCompression, validateURL, validateURLNilOK } from "../validate/checks";
import { parseURL } from "../validate/url";
import type { IgnitionVersion, Obj, Validator } from "../versions/rules";

export const validateVerification =
  (hashes: Record<string, number>): Validator =>
  (v, c, r) => {
    if (v.hash === undefined) return;
    const at = [...c, "hash"];
    const dash = (v.hash as string).indexOf("-");
    if (dash < 0) {
      r.error(at, E.hashMalformed);
      return;
    }
    const size = hashes[v.hash.slice(0, dash)];
    if (size === undefined) r.error(at, E.hashUnrecognized);
    else if (byteLen(v.hash.slice(dash + 1)) !== size * 2) r.error(at, E.hashWrongSize);
  };

/** FileContents (3.0) and Resource (3.1+) share these checks. */
export const validateContents: Validator = (fc, c, r, ver) => {
  addError(r, c, validateCompression(fc.compression), "compression");
  if (fc.verification.hash !== undefined && fc.source === undefined)
    r.error([...c, "verification", "hash"], E.verificationAndNilSource);
  addError(r, c, validateURLNilOK(fc.source, ver.urlSchemes), "source");
};

export const strKey = (k: string) => (v: Obj) => v[k] as string;

export const ptrKey = (k: string) => (v: Obj) => (v[k] === undefined ? "" : (v[k] as string));

/** Resource.validateRequiredSource: merge entries and CAs must name a source. */
export const requiredSource = (res: Obj, ver: IgnitionVersion) =>
  nilOrEmpty(res.source) ? E.sourceRequired : validateURL(res.source, ver.urlSchemes);

/** Resource.Validate (3.1+): the contents checks, then HTTP headers need an http(s) source. */
export const validateResource: Validator = (res, c, r, ver) => {
  validateContents(res, c, r, ver);
  if (res.httpHeaders.length < 1) return;
  let e: string | undefined;
  const u = nilOrEmpty(res.source) ? undefined : parseURL(res.source);
  if (!u) e = E.invalidUrl;
  else if (u.scheme !== "http" && u.scheme !== "https") e = E.unsupportedSchemeForHTTPHeaders;
  addError(r, c, e, "httpHeaders");
};

export const validateHTTPHeader: Validator = (h, c, r) => {
  if (h.name === "") r.error([...c, "name"], E.emptyHTTPHeaderName);
  if (h.value !== undefined && h.value === "") r.error([...c, "value"], E.invalidHTTPHeader);
};

export const validateIgnitionConfig: Validator = (ic, c, r, ver) =>
  (ic.merge as Obj[]).forEach((res, i) => addError(r, c, requiredSource(res, ver), "merge", i));

export const validateTLS: Validator = (tls, c, r, ver) =>
  (tls.certificateAuthorities as Obj[]).forEach((ca, i) =>
    addError(r, c, requiredSource(ca, ver), "certificateAuthorities", i),
  );

function validateProxyURL(s: string | undefined, c: Path, r: Report, httpOk: boolean) {
  if (s === undefined) return;
  const u = parseURL(s);
  if (!u) return r.error(c, E.invalidUrl);
  if (u.scheme !== "https" && u.scheme !== "http") return r.error(c, E.invalidProxy);
  if (u.scheme === "http" && !httpOk) r.warn(c, E.insecureProxy);
}

export const validateProxy: Validator = (p, c, r) => {
  validateProxyURL(p.httpProxy, [...c, "httpProxy"], r, true);
  validateProxyURL(p.httpsProxy, [...c, "httpsProxy"], r, false);
};
