// Ignition's field checks shared by the per-version rules. Each returns an error text or
// undefined, like the Go helpers return an error or nil.
import type { GoInt } from "../../go/gotype";
import type { Path, PathPart } from "../../go/path";
import type { Report } from "../../go/report";
import { E } from "../errors";
import { dataURLError } from "./dataurl";
import { clean, isAbs } from "../../go/gopath";
import { parseQuery, parseURL } from "./url";

export type Check = string | undefined;

export const nilOrEmpty = (s: string | undefined) => s === undefined || s === "";
export const notEmpty = (s: string | undefined) => s !== undefined && s !== "";
export const isTrue = (b: boolean | undefined) => b === true;
export const isFalse = (b: boolean | undefined) => b === false;
export const big = (n: GoInt) => BigInt(n);
/** UTF-8 byte length, as Go's len(string). */
export const byteLen = (s: string) => new TextEncoder().encode(s).length;

export function validatePath(p: string): Check {
  if (p === "") return E.noPath;
  if (!isAbs(p)) return E.pathRelative;
  if (clean(p) !== p) return E.dirtyPath;
  return undefined;
}

export const validatePathNilOK = (p: string | undefined): Check => (nilOrEmpty(p) ? undefined : validatePath(p!));

export function validateMode(m: GoInt | undefined): Check {
  if (m !== undefined && (big(m) < 0n || big(m) > 0o7777n)) return E.fileIllegalMode;
  return undefined;
}

export function validateModeSpecialBits(m: GoInt | undefined): Check {
  if (m !== undefined && (BigInt.asUintN(32, big(m)) & 0o7000n) !== 0n) return E.modeSpecialBits;
  return undefined;
}

export function validateIDorName(id: GoInt | undefined, name: string | undefined): Check {
  return id !== undefined && notEmpty(name) ? E.bothIDAndNameSet : undefined;
}

export function validateCompression(c: string | undefined): Check {
  return c !== undefined && c !== "" && c !== "gzip" ? E.compressionInvalid : undefined;
}

export interface URLSchemes {
  gs: boolean;
  arn: boolean;
}

function s3VersionIdError(rawQuery: string): Check {
  const v = parseQuery(rawQuery).get("versionId");
  if (v !== undefined && (v.length === 0 || v[0] === "")) return E.invalidS3ObjectVersionId;
  return undefined;
}

/** arn.IsARN, arn.Parse and Ignition's S3 ARN shape checks. */
function arnError(full: string, rawQuery: string): Check {
  if (!(full.startsWith("arn:") && full.split(":").length - 1 >= 5)) return E.invalidS3ARN;
  const sections = splitN(full, ":", 6);
  if (sections.length !== 6) return "arn: not enough sections";
  const [, , service, , , resource] = sections;
  if (service !== "s3") return E.invalidS3ARN;
  const urlSplit = full.split("/");
  if (resource.startsWith("accesspoint/") && urlSplit.length < 3) return E.invalidS3ARN;
  else if (urlSplit.length < 2) return E.invalidS3ARN;
  return s3VersionIdError(rawQuery);
}

function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

// A "data:" URL whose opaque part does not start with "/", without a fragment or control
// characters, always parses (as scheme "data"): the common case of Butane's own output, which
// then needs only the data URL check.
// eslint-disable-next-line no-control-regex
const plainDataURL = /^data:(?!\/)[^#\x00-\x1f\x7f]*$/;

export function validateURL(s: string, schemes: URLSchemes): Check {
  if (plainDataURL.test(s)) return dataURLError(s);
  const u = parseURL(s);
  if (!u) return E.invalidUrl;
  switch (u.scheme) {
    case "http":
    case "https":
    case "tftp":
      return undefined;
    case "gs":
      return schemes.gs ? undefined : E.invalidScheme;
    case "s3":
      return s3VersionIdError(u.rawQuery);
    case "arn":
      return schemes.arn ? arnError(u.scheme + ":" + u.opaque, u.rawQuery) : E.invalidScheme;
    case "data":
      return dataURLError(s);
    default:
      return E.invalidScheme;
  }
}

export const validateURLNilOK = (s: string | undefined, schemes: URLSchemes): Check =>
  nilOrEmpty(s) ? undefined : validateURL(s!, schemes);

/** Go's regexp `^(.+?)@(.+?)\.service$` (`.` excludes only "\n"). */
export const instanceUnit = /^([^\n]+?)@([^\n]+?)\.service$/;

export const guidRegex = /^(|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$/;

/**
 * report.AddOnError / AddOnWarn: nothing when the check passed. The entry's path is c, or c and
 * then one or two more parts; it is built only when there is something to report.
 */
export const addError = (r: Report, c: Path, e: Check, part?: PathPart, part2?: PathPart) =>
  e !== undefined && r.error(extend(c, part, part2), e);
export const addWarn = (r: Report, c: Path, e: Check, part?: PathPart, part2?: PathPart) =>
  e !== undefined && r.warn(extend(c, part, part2), e);

const extend = (c: Path, part?: PathPart, part2?: PathPart): Path =>
  part === undefined ? c : part2 === undefined ? [...c, part] : [...c, part, part2];
