// "Run a command once at first boot": a oneshot service that runs shell commands, then writes
// a done-marker under /var/lib; `ConditionPathExists=!marker` skips it on every later boot. The
// marker is written only when every command succeeded, so a failed run is tried again at the
// next boot.
import { execLine, escapeSpecifiers } from "./exec";
import { checkNewUnitName, commandLines, renderUnit, usesDocker, type BuildResult, type CommandUnitInput, type UnitLines } from "./unit";

export interface FirstBootInput extends CommandUnitInput {
  unitName: string;
  /** The marker's file name under /var/lib (default: the unit's name with .done). */
  marker: string;
}

export type FirstBootField = "unitName" | "description" | "commands" | "marker";

/** Why a marker file name is wrong (one file name, placed under /var/lib). */
export function checkMarker(marker: string): string | undefined {
  if (marker === "") return undefined;
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(marker) || marker.split("/").some((p) => p === "." || p === "..")) {
    return "A path under /var/lib: letters, digits and . _ - (subfolders with /), e.g. first-boot-setup.done.";
  }
  return undefined;
}

/** The default marker: the unit's name with .done instead of .service. */
export const defaultMarker = (unitName: string) => (unitName.replace(/\.service$/, "") || "first-boot") + ".done";

/** Shell commands as ExecStart lines, each through /bin/sh -c (pipes, && and $VARS work). */
export function shellExecLines(commands: readonly string[]): UnitLines {
  return commands.map((c) => ["ExecStart", execLine("/bin/sh", ["-c", c])]);
}

/** Ordering for units whose commands need the network or docker. */
export function orderingLines(network: boolean, commands: readonly string[]): UnitLines {
  const out: UnitLines = [];
  const after = [...(network ? ["network-online.target"] : []), ...(usesDocker(commands) ? ["docker.service"] : [])];
  if (network) out.push(["Wants", "network-online.target"]);
  if (usesDocker(commands)) out.push(["Requires", "docker.service"]);
  if (after.length) out.push(["After", after.join(" ")]);
  return out;
}

export function buildFirstBoot(input: FirstBootInput): BuildResult<FirstBootField> {
  const unitName = input.unitName.trim();
  const commands = commandLines(input.commands);
  const marker = input.marker.trim() || defaultMarker(unitName);
  const errors: Partial<Record<FirstBootField, string>> = {
    unitName: checkNewUnitName(unitName, ".service", input.existingUnits ?? []),
    commands: commands.length ? undefined : "Write at least one command, e.g. /opt/bin/setup.sh or curl -fsSL https://example.com/hook.",
    marker: checkMarker(input.marker.trim()),
  };
  for (const k of Object.keys(errors) as FirstBootField[]) if (errors[k] === undefined) delete errors[k];
  const markerPath = `/var/lib/${marker}`;
  const description = input.description.trim() || `Run once at first boot (${unitName || "first-boot.service"})`;
  const contents = renderUnit([
    ["Unit", [["Description", escapeSpecifiers(description)], ["ConditionPathExists", `!${escapeSpecifiers(markerPath)}`], ...orderingLines(input.network, commands)]],
    [
      "Service",
      [
        ["Type", "oneshot"],
        ["RemainAfterExit", "yes"],
        ...shellExecLines(commands.length ? commands : ["true"]),
        ...(marker.includes("/") ? [["ExecStartPost", execLine("/usr/bin/mkdir", ["-p", markerPath.slice(0, markerPath.lastIndexOf("/"))])] as [string, string]] : []),
        ["ExecStartPost", execLine("/usr/bin/touch", [markerPath])],
      ],
    ],
    ["Install", [["WantedBy", "multi-user.target"]]],
  ]);
  return { units: [{ name: unitName || "first-boot.service", enabled: true, contents }], errors };
}
