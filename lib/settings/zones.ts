// Time zone names that exist under /usr/share/zoneinfo on Flatcar (the IANA tz database with
// its backward-compatible links), for the timezone setting. zones.json was generated from
// tzdata.zi (its Zone and Link names); regenerate it when a zone is added upstream.
import zones from "./zones.json";

export const TIME_ZONES: readonly string[] = zones;
