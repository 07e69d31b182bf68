"use client";
// Timer: a .timer and a oneshot .service, with the schedule's next five runs previewed.
import { buildTimer, formatElapse, isTimeZone, previewRuns, type BuiltUnit } from "../../lib/builders";
import BuilderDialog, { BuilderCheck, BuilderInput, useBuilderState } from "./BuilderDialog";

const EXAMPLES = ["daily", "Mon..Fri *-*-* 02:00:00", "*-*-* *:0/15", "Sat,Sun 10:00", "weekly", "*-*-01 04:00"];

export default function TimerBuilder({ existing, onAdd, onClose }: { existing: string[]; onAdd(units: BuiltUnit[]): void; onClose(): void }) {
  const { s, update, bind } = useBuilderState({ name: "", description: "", commands: "", onCalendar: "daily", zone: "UTC", persistent: true as boolean, network: false as boolean });
  const r = buildTimer({ ...s, existingUnits: existing });
  const zone = s.zone.trim() || "UTC";
  const zoneError = isTimeZone(zone) ? undefined : `"${zone}" is not a time zone this browser knows: write UTC or a name such as Europe/Berlin.`;
  const errors = { ...r.errors, ...(zoneError ? { zone: zoneError } : {}) };
  const shownZone = r.schedule?.spec.timezone ?? zone;
  const runs = r.schedule && !zoneError ? previewRuns(r.schedule.spec, Date.now(), 5, zone) : [];
  const field = (key: "name" | "description" | "commands" | "onCalendar" | "zone") => bind(key, errors);
  const extra = (
    <section className="builder-runs" aria-label="Next runs">
      <h4>Next runs{r.schedule ? <> of <span className="mono">{r.schedule.normalized}</span></> : null}</h4>
      {r.schedule ? (
        runs.length ? (
          <ol>
            {runs.map((t) => (
              <li key={t}>{formatElapse(t, shownZone)}</li>
            ))}
          </ol>
        ) : (
          <p className="help">{zoneError ? "Choose a valid time zone to see the runs." : "Never: no time after now matches this schedule."}</p>
        )
      ) : (
        <p className="help">A valid schedule shows its next five runs here.</p>
      )}
    </section>
  );
  return (
    <BuilderDialog
      title="Timer"
      intro="A timer that starts a oneshot service on a schedule (systemd's OnCalendar=), like cron but with logs in the journal and catch-up of missed runs."
      errors={errors}
      units={r.units}
      extra={extra}
      onAdd={() => onAdd(r.units)}
      onClose={onClose}
    >
      {(shown) => (
        <>
          <BuilderInput {...field("name")} shown={shown} label="Name" mono autoFocus placeholder="backup" help="The units become NAME.service and NAME.timer." />
          <BuilderInput {...field("commands")} shown={shown} label="Commands" multiline rows={3} mono placeholder="/opt/bin/backup.sh" help="One per line, each run by /bin/sh -c in turn." />
          <BuilderInput {...field("onCalendar")} shown={{ ...shown, shows: () => true }} label="Schedule (OnCalendar)" mono placeholder="Mon..Fri *-*-* 02:00:00" help={<>[Weekdays] [Year-Month-Day] [Hour:Minute[:Second]] [Zone]; lists a,b, ranges a..b, steps a/n. E.g. {EXAMPLES.map((e, i) => <span key={e}>{i ? ", " : ""}<code>{e}</code></span>)}.</>} />
          <BuilderInput {...field("zone")} shown={{ ...shown, shows: () => true }} label="Machine time zone" mono placeholder="UTC" help="For the preview of a schedule without a zone: Flatcar runs in UTC unless you set another zone." />
          <BuilderInput {...field("description")} shown={shown} label="Description" placeholder="Nightly backup" />
          <BuilderCheck label="Persistent" checked={s.persistent} onChange={(v) => update("persistent", v)} help="Persistent=true: a run missed while the machine was off happens at the next boot." />
          <BuilderCheck label="Wait for the network" checked={s.network} onChange={(v) => update("network", v)} help="After=/Wants=network-online.target for the service." />
        </>
      )}
    </BuilderDialog>
  );
}
