// "Timer": a .timer that starts a oneshot .service of the same name on an OnCalendar= schedule
// (Persistent=true catches up a run missed while the machine was off). The timer is enabled
// (WantedBy=timers.target); the service has no [Install]: the timer starts it.
import { nextElapses, parseCalendar, type CalendarSpec } from "./calendar";
import { escapeSpecifiers } from "./exec";
import { orderingLines, shellExecLines } from "./first-boot";
import { checkNewUnitName, commandLines, renderUnit, type BuildResult, type CommandUnitInput } from "./unit";

export interface TimerInput extends CommandUnitInput {
  /** The pair's name without suffix: NAME.service and NAME.timer. */
  name: string;
  onCalendar: string;
  persistent: boolean;
}

export type TimerField = "name" | "description" | "commands" | "onCalendar";

export interface TimerResult extends BuildResult<TimerField> {
  /** The parsed schedule and its normalized form, when valid. */
  schedule?: { spec: CalendarSpec; normalized: string };
}

export function buildTimer(input: TimerInput): TimerResult {
  const name = input.name.trim().replace(/\.(service|timer)$/, "");
  const commands = commandLines(input.commands);
  const existing = input.existingUnits ?? [];
  const calendar = parseCalendar(input.onCalendar);
  const errors: Partial<Record<TimerField, string>> = {
    name: name === "" ? "Name the job, e.g. backup (the units become backup.service and backup.timer)." : checkNewUnitName(`${name}.service`, ".service", existing) ?? checkNewUnitName(`${name}.timer`, ".timer", existing),
    commands: commands.length ? undefined : "Write at least one command, e.g. /opt/bin/backup.sh.",
    onCalendar: calendar.ok ? undefined : calendar.error,
  };
  for (const k of Object.keys(errors) as TimerField[]) if (errors[k] === undefined) delete errors[k];
  const base = name || "job";
  const description = input.description.trim() || `Scheduled job ${base}`;
  const service = renderUnit([
    ["Unit", [["Description", escapeSpecifiers(description)], ...orderingLines(input.network, commands)]],
    ["Service", [["Type", "oneshot"], ...shellExecLines(commands.length ? commands : ["true"])]],
  ]);
  const timer = renderUnit([
    ["Unit", [["Description", escapeSpecifiers(`Schedule for ${base}.service`)]]],
    ["Timer", [["OnCalendar", input.onCalendar.trim().replace(/\s+/g, " ")], ...(input.persistent ? [["Persistent", "true"] as [string, string]] : [])]],
    ["Install", [["WantedBy", "timers.target"]]],
  ]);
  return {
    units: [
      { name: `${base}.service`, contents: service },
      { name: `${base}.timer`, enabled: true, contents: timer },
    ],
    errors,
    schedule: calendar.ok ? { spec: calendar.spec, normalized: calendar.normalized } : undefined,
  };
}

/** The next `count` runs of a valid schedule after `now` (ms), in the machine's zone (UTC default). */
export function previewRuns(spec: CalendarSpec, now: number, count = 5, machineZone = "UTC"): number[] {
  return nextElapses(spec, { after: now, count, defaultZone: machineZone });
}
