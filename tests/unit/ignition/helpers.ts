// Test helpers: build full Ignition values (every field present) from partial JSON.
import type { Entry } from "../../../lib/go/report";
import { pathString } from "../../../lib/go/path";
import { ignitionSpec } from "../../../lib/ignition/index";
import { unmarshal } from "../../../lib/ignition/validate/gojson";

export function config(version: string, partial: object): Record<string, unknown> {
  const spec = ignitionSpec(version);
  if (!spec) throw new Error(`no spec ${version}`);
  const body = { ignition: { version }, ...partial };
  const r = unmarshal(spec.type, JSON.stringify(body));
  if ("error" in r) throw new Error(r.error);
  return r.value as Record<string, unknown>;
}

/** Entries as "level $.path: message" lines, easy to compare. */
export const lines = (entries: Entry[]) => entries.map((e) => `${e.level} ${pathString(e.path)}: ${e.message}`);
