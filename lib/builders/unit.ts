// Writing a unit file from sections of key=value lines, and the checks every builder shares.
import { addItem, type EditResult } from "../doc";
import { checkUnitName } from "../form-rules";

export type UnitLines = [key: string, value: string][];

/** `[Section]` blocks of `Key=value` lines, separated by a blank line; empty sections left out. */
export function renderUnit(sections: [name: string, lines: UnitLines][]): string {
  return sections
    .filter(([, lines]) => lines.length > 0)
    .map(([name, lines]) => [`[${name}]`, ...lines.map(([k, v]) => `${k}=${v}`)].join("\n") + "\n")
    .join("\n");
}

/** A unit the builder adds to systemd.units. */
export interface BuiltUnit {
  name: string;
  enabled?: boolean;
  contents: string;
}

/** What a builder makes of its fields: the units, and a message per field that is wrong. */
/** What the builders that run shell commands (first boot, timer) ask for. */
export interface CommandUnitInput {
  description: string;
  /** Shell commands, one per line, each run by /bin/sh -c in turn. */
  commands: string;
  /** Order after network-online.target and pull it in. */
  network: boolean;
  /** Unit names already in the document (a new one must not clash). */
  existingUnits?: readonly string[];
}

export interface BuildResult<F extends string> {
  units: BuiltUnit[];
  errors: Partial<Record<F, string>>;
}

/** A unit name of this type that is well formed and not taken already. */
export function checkNewUnitName(name: string, suffix: string, existing: readonly string[]): string | undefined {
  if (name === "") return `Give the unit a name ending in ${suffix}.`;
  const flag = checkUnitName(name);
  if (flag?.level === "error") return flag.message;
  if (!name.endsWith(suffix)) return `This builder writes a ${suffix} unit: the name must end in ${suffix}.`;
  if (!/^[A-Za-z0-9:_.\\@-]+$/.test(name)) return "Unit names use letters, digits and : _ . \\ @ - only (no spaces).";
  if (name.length > 255) return "A unit name is at most 255 characters.";
  if (existing.includes(name)) return `The document already has a unit named ${name}: choose another name, or edit that unit.`;
  return undefined;
}

/** Shell command lines, one per non-empty line of the text. */
export function commandLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/** Whether shell commands call docker (then the unit is ordered after docker.service). */
export function usesDocker(commands: readonly string[]): boolean {
  return commands.some((c) => /(^|[\s/;&|(])docker(\s|$)/.test(c));
}

/** Appends built units to systemd.units of a Butane text (created when missing), comments kept. */
export function addUnits(text: string, units: readonly BuiltUnit[]): EditResult {
  let out = text;
  for (const u of units) {
    const r = addItem(out, ["systemd", "units"], { name: u.name, ...(u.enabled === undefined ? {} : { enabled: u.enabled }), contents: u.contents });
    if (!r.ok) return r;
    out = r.text;
  }
  return { ok: true, text: out };
}
