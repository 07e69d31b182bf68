"use client";
// Run a command once at first boot: a oneshot service with a done-marker under /var/lib.
import { buildFirstBoot, defaultMarker, type BuiltUnit } from "../../lib/builders";
import BuilderDialog, { BuilderCheck, BuilderInput, useBuilderState } from "./BuilderDialog";

export default function FirstBootBuilder({ existing, onAdd, onClose }: { existing: string[]; onAdd(units: BuiltUnit[]): void; onClose(): void }) {
  const { s, update, bind } = useBuilderState({ unitName: "first-boot.service", description: "", commands: "", marker: "", network: true as boolean });
  const r = buildFirstBoot({ ...s, existingUnits: existing });
  const field = (key: "unitName" | "description" | "commands" | "marker") => bind(key, r.errors);
  return (
    <BuilderDialog
      title="Run a command once at first boot"
      intro="A oneshot service that runs your commands at the first boot, then writes a marker file; on every later boot the marker is there and the unit is skipped. If a command fails, no marker is written and the next boot tries again."
      errors={r.errors}
      units={r.units}
      onAdd={() => onAdd(r.units)}
      onClose={onClose}
    >
      {(shown) => (
        <>
          <BuilderInput {...field("commands")} shown={shown} label="Commands" multiline rows={4} mono autoFocus placeholder={"/opt/bin/setup.sh\ncurl -fsSL https://example.com/hook | sh"} help="One per line, each run by /bin/sh -c in turn (pipes, && and $VARIABLES work); # starts a comment line." />
          <BuilderInput {...field("unitName")} shown={shown} label="Unit name" mono help="Ends in .service." />
          <BuilderInput {...field("description")} shown={shown} label="Description" placeholder="Join the cluster" help="Shown by systemctl status." />
          <BuilderInput {...field("marker")} shown={shown} label="Done-marker" mono placeholder={defaultMarker(s.unitName.trim())} help="A file under /var/lib, written when every command succeeded." />
          <BuilderCheck label="Wait for the network" checked={s.network} onChange={(v) => update("network", v)} help="After=/Wants=network-online.target: for commands that download something." />
        </>
      )}
    </BuilderDialog>
  );
}
