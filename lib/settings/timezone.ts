// The time zone: /etc/localtime as a relative symbolic link into /usr/share/zoneinfo, which is
// what `timedatectl set-timezone` makes. Flatcar ships /etc/localtime (UTC), hence overwrite.
import type { Document } from "yaml";
import { readString, type EditResult } from "../doc";
import { indexOfPath, removeStorage, upsertLink } from "./entries";
import { TIME_ZONES } from "./zones";

export const LOCALTIME_PATH = "/etc/localtime";
const ZONEINFO = "../usr/share/zoneinfo/";
const ZONE_SET = new Set(TIME_ZONES);

export function checkTimezone(zone: string): string | undefined {
  if (zone === "" || ZONE_SET.has(zone)) return undefined;
  const lower = zone.toLowerCase();
  const near = TIME_ZONES.find((z) => z.toLowerCase() === lower) ?? TIME_ZONES.find((z) => z.toLowerCase().endsWith("/" + lower));
  return `"${zone}" is not a time zone of the tz database${near ? `; did you mean ${near}?` : " (e.g. Europe/Berlin, America/New_York, UTC)."}`;
}

/** The zone /etc/localtime points to, when the config links it. */
export function readTimezone(doc: Document): string | undefined {
  const i = indexOfPath(doc, "links", LOCALTIME_PATH);
  const target = i < 0 ? undefined : readString(doc, ["storage", "links", i, "target"]);
  if (target === undefined) return undefined;
  const m = /^(?:\.\.)?\/usr\/share\/zoneinfo\/(.+)$/.exec(target);
  return m ? m[1] : target;
}

/** Links /etc/localtime to the zone; an empty zone removes the link (Flatcar's UTC stays). */
export function writeTimezone(text: string, zone: string): EditResult {
  const z = zone.trim();
  if (z === "") return removeStorage(text, "links", LOCALTIME_PATH);
  const bad = checkTimezone(z);
  if (bad) return { ok: false, error: bad };
  return upsertLink(text, LOCALTIME_PATH, ZONEINFO + z, { overwrite: true });
}
