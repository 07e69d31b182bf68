"use client";
// Systemd units and kernel arguments.
import { readString } from "../../lib/doc";
import { checkDropinName, checkUnitName, withoutUntouchedSkeleton } from "../../lib/form-rules";
import { useForm } from "./context";
import { BoolField, ListField, TextField } from "./fields";
import ItemList from "./ItemList";
import Section from "./Section";
import UnitSettings from "./UnitSettings";
import { UNIT_SKELETON } from "../../lib/unit-text";
import UnitBuilders from "../builders/UnitBuilders";

export function UnitsSection() {
  const { doc } = useForm();
  return (
    <Section title="Systemd units" help="Services, timers, mounts… written to /etc/systemd/system, and enabled or masked.">
      <ItemList path={["systemd", "units"]} noun="unit" newItem={() => ({ name: "", enabled: true, contents: UNIT_SKELETON })} describe={(p) => readString(doc, [...p, "name"])} empty="No units.">
        {(p) => (
          <>
            <TextField path={[...p, "name"]} label="Name" required check={checkUnitName} placeholder="nginx.service" help="The unit's file name, ending in its type (.service, .timer, .mount…)." />
            <div className="field-row checks">
              <BoolField
                path={[...p, "enabled"]}
                label="Enabled"
                help="Start it at boot (needs an [Install] section). false disables a unit the OS ships enabled."
                meaning={{ unset: "left as the OS ships it", yes: "enabled", no: "disabled" }}
              />
              <BoolField
                path={[...p, "mask"]}
                label="Mask"
                help="Masked: it cannot be started at all."
                meaning={{ unset: "left as it is", yes: "masked", no: "unmasked if it was masked" }}
              />
            </div>
            <UnitSettings p={p} />
            <TextField
              path={[...p, "contents"]}
              label="Contents"
              multiline
              mono
              rows={8}
              placeholder={"[Unit]\nDescription=…\n\n[Service]\nExecStart=…\n\n[Install]\nWantedBy=multi-user.target"}
              help="The whole unit file, every line of it. Leave empty to only enable, mask or add drop-ins to an existing unit."
            />
            <div className="dropins">
              <h3>Dropins</h3>
              <ItemList path={[...p, "dropins"]} noun="dropin" level="subitem" newItem={() => ({ name: "" })} beforeAdd={(t) => withoutUntouchedSkeleton(t, p)} describe={(d) => readString(doc, [...d, "name"])}>
                {(d) => (
                  <>
                    <TextField path={[...d, "name"]} label="Name" required check={checkDropinName} placeholder="10-override.conf" help="Written to the unit's .d directory; must end in .conf." />
                    <TextField path={[...d, "contents"]} label="Contents" multiline mono rows={4} placeholder={"[Service]\nEnvironment=…"} />
                  </>
                )}
              </ItemList>
            </div>
          </>
        )}
      </ItemList>
      <UnitBuilders />
    </Section>
  );
}

export function KernelArgumentsSection() {
  return (
    <Section title="Kernel arguments" help="Arguments on the kernel command line; changing them reboots the machine once during provisioning.">
      <ListField path={["kernel_arguments", "should_exist"]} label="Arguments to add" separator="lines" placeholder="console=ttyS0,115200n8" help="One per line." />
      <ListField path={["kernel_arguments", "should_not_exist"]} label="Arguments to remove" separator="lines" placeholder="mitigations=auto" help="One per line." />
    </Section>
  );
}
