"use client";
// Run a container: image, command, name, ports, volumes, environment, restart policy, user → one service.
import { buildContainer, nameFromImage, RESTART_POLICIES, type BuiltUnit } from "../../lib/builders";
import BuilderDialog, { BuilderInput, useBuilderState } from "./BuilderDialog";

export default function ContainerBuilder({ existing, onAdd, onClose }: { existing: string[]; onAdd(units: BuiltUnit[]): void; onClose(): void }) {
  const { s, bind } = useBuilderState({ image: "", name: "", unitName: "", ports: "", volumes: "", env: "", restart: "always", user: "", command: "" });
  const name = s.name.trim() || nameFromImage(s.image.trim());
  const r = buildContainer({ ...s, name, existingUnits: existing });
  const field = (key: keyof typeof s) => bind(key, r.errors);
  return (
    <BuilderDialog
      title="Run a container"
      intro="A service that runs one Docker container at every boot: after Docker is up, replacing a stale container of the same name, restarted by systemd."
      errors={r.errors}
      units={r.units}
      onAdd={() => onAdd(r.units)}
      onClose={onClose}
    >
      {(shown) => (
        <>
          <BuilderInput {...field("image")} shown={shown} label="Image" mono autoFocus placeholder="docker.io/library/nginx:1.27" help="[registry/]name[:tag][@digest]. Pin a tag: latest changes under you." />
          <BuilderInput {...field("command")} shown={shown} label="Command" mono placeholder="redis-server --appendonly yes" help={'Optional: what runs instead of the image\'s default command, as after the image in docker run. Quote words with spaces; for pipes or several commands: sh -c \'…\'.'} />
          <div className="field-row">
            <BuilderInput {...field("name")} shown={shown} label="Container name" mono placeholder={nameFromImage(s.image.trim()) || "web"} help="docker run --name; taken from the image when empty." />
            <BuilderInput {...field("unitName")} shown={shown} label="Unit name" mono placeholder={`${name || "web"}.service`} help="Optional." />
          </div>
          <BuilderInput {...field("ports")} shown={shown} label="Ports" multiline rows={2} mono placeholder={"8080:80\n53:53/udp"} help="One per line: HOST:CONTAINER, /udp for UDP; 127.0.0.1:8080:80 to listen on one address." />
          <BuilderInput {...field("volumes")} shown={shown} label="Volumes" multiline rows={2} mono placeholder="/srv/www:/usr/share/nginx/html:ro" help="One per line: HOST_PATH:CONTAINER_PATH, :ro for read-only. Host paths under /var, /srv, /opt or /etc (not /usr)." />
          <BuilderInput {...field("env")} shown={shown} label="Environment" multiline rows={2} mono placeholder="TZ=Europe/Berlin" help="One KEY=value per line; spaces and quotes are kept as typed." />
          <div className="field-row">
            <BuilderInput {...field("restart")} shown={shown} label="Restart" options={RESTART_POLICIES} help="always: also after a clean exit; on-failure: only after an error." />
            <BuilderInput {...field("user")} shown={shown} label="User in the container" mono placeholder="1000:1000" help="docker run --user; empty: the image's own user." />
          </div>
        </>
      )}
    </BuilderDialog>
  );
}
