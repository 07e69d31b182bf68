// "Run a container": a service that runs one Docker container the way Flatcar's docs do it:
// ordered after docker.service, a stale container of the same name removed first, `docker run
// --rm` in the foreground (systemd watches it and restarts it), `docker stop` to stop it. A
// command after the image is typed as in a shell and written as systemd words (lib/builders/exec).
import { execLine, escapeSpecifiers, splitShellWords } from "./exec";
import { checkNewUnitName, renderUnit, type BuildResult, type UnitLines } from "./unit";

export interface ContainerInput {
  image: string;
  /** The container's name (--name); the unit is named after it unless `unitName` is given. */
  name: string;
  unitName?: string;
  /** One mapping per line: [IP:]HOST:CONTAINER[/tcp|udp|sctp]. */
  ports: string;
  /** One mount per line: HOST_PATH_OR_VOLUME:CONTAINER_PATH[:ro|rw|z|Z…]. */
  volumes: string;
  /** One KEY=value per line. */
  env: string;
  restart: string;
  /** The user inside the container (--user): NAME|UID[:GROUP|GID]; empty for the image's own. */
  user: string;
  /** The command and arguments after the image, typed as in a shell; empty for the image's own. */
  command?: string;
  /** Units already in the document (a name clash is an error). */
  existingUnits?: readonly string[];
}

export type ContainerField = "image" | "name" | "unitName" | "ports" | "volumes" | "env" | "restart" | "user" | "command";

export const RESTART_POLICIES = ["always", "on-failure", "on-abnormal", "no"] as const;

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter((l) => l !== "");

// The reference grammar of the distribution/reference package (docker's image names).
const DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const PATH_PART = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_PART}(?:/${PATH_PART})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);

/** Why an image reference is wrong, or undefined when docker would accept it. */
export function checkImage(image: string): string | undefined {
  if (image === "") return "Name the image to run, e.g. docker.io/library/nginx:1.27.";
  if (/\s/.test(image)) return "An image reference has no spaces.";
  if (REFERENCE.test(image)) {
    const name = REFERENCE.exec(image)![2];
    if (image.split("@")[0].replace(/:[\w][\w.-]*$/, "").length > 255) return "The image name is longer than 255 characters.";
    return name ? undefined : "The image reference has no repository name.";
  }
  const noDigest = image.split("@");
  if (noDigest.length > 2) return "Only one @digest may follow the image name.";
  if (noDigest[1] !== undefined && !/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(noDigest[1])) return `"@${noDigest[1]}" is not a digest: write @sha256: and 64 hex digits.`;
  const path = noDigest[0].replace(/^[^/]*[.:][^/]*\/|^localhost\//, "");
  const [repo, tag] = path.split(/:(?=[^/]*$)/);
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return `"${tag}" is not a valid tag: letters, digits, _ . - (up to 128, not starting with . or -).`;
  if (/[A-Z]/.test(repo)) return "Repository names are lowercase (only the registry host may have capitals).";
  return "Not an image reference: write [registry/]name[:tag][@digest], e.g. ghcr.io/owner/app:1.2 (lowercase letters, digits, and . _ - / between parts).";
}

/** Why a container name is wrong (docker's rule: [a-zA-Z0-9][a-zA-Z0-9_.-]+). */
export function checkContainerName(name: string): string | undefined {
  if (name === "") return "Give the container a name (it is also the unit's name), e.g. web.";
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) return "A container name starts with a letter or digit and has at least two characters: letters, digits, _ . - only.";
  return undefined;
}

function checkPortNumber(p: string, what: string): string | undefined {
  const [a, b] = p.split("-");
  for (const x of b === undefined ? [a] : [a, b]) {
    if (!/^\d+$/.test(x) || Number(x) < 1 || Number(x) > 65535) return `${what} port "${x}" is not a port number (1..65535).`;
  }
  if (b !== undefined && Number(b) < Number(a)) return `${what} port range ${p} goes backwards.`;
  return undefined;
}

const span = (p: string) => (p.includes("-") ? Number(p.split("-")[1]) - Number(p.split("-")[0]) : 0);

/** Why a port mapping is wrong: [IP:]HOST:CONTAINER[/tcp|udp|sctp], ports or equal ranges. */
export function checkPort(mapping: string): string | undefined {
  const m = /^(?:(\[[0-9a-fA-F:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):)?(?:([^:/]+):)?([^:/]+)(?:\/(.*))?$/.exec(mapping);
  if (!m) return `"${mapping}" is not a port mapping: write HOST:CONTAINER, e.g. 8080:80 or 53:53/udp (an address first to listen on one: 127.0.0.1:8080:80).`;
  const [, ip, host, container, proto] = m;
  if (ip && !ip.startsWith("[") && ip.split(".").some((x) => Number(x) > 255)) return `${ip} is not an IPv4 address.`;
  if (proto !== undefined && !["tcp", "udp", "sctp"].includes(proto)) return `"/${proto}": the protocol is tcp, udp or sctp.`;
  if (host === undefined) return `"${mapping}" publishes container port ${container} on a random host port: write HOST:CONTAINER (e.g. ${container}:${container}) to choose it.`;
  const bad = checkPortNumber(host, "Host") ?? checkPortNumber(container, "Container");
  if (bad) return bad;
  if (span(host) !== span(container) && span(host) !== 0) return `The ranges ${host} and ${container} have different lengths.`;
  return undefined;
}

const VOLUME_OPTIONS = ["ro", "rw", "z", "Z", "shared", "slave", "private", "rshared", "rslave", "rprivate", "nocopy"];

/** Why a mount is wrong: HOST_PATH_OR_VOLUME:CONTAINER_PATH[:options]. */
export function checkVolume(volume: string): string | undefined {
  const parts = volume.split(":");
  if (parts.length < 2 || parts.length > 3) return `"${volume}" is not a mount: write HOST:CONTAINER[:ro], e.g. /srv/www:/usr/share/nginx/html:ro.`;
  const [host, container, options] = parts;
  if (!host.startsWith("/") && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(host)) return `"${host}" is neither an absolute host path (/srv/data) nor a volume name (letters, digits, _ . -).`;
  if (!container.startsWith("/")) return `The container path "${container}" must be absolute (start with /).`;
  if (container === "/") return "The container path cannot be / itself.";
  if (options !== undefined) {
    for (const o of options.split(",")) if (!VOLUME_OPTIONS.includes(o)) return `"${o}" is not a mount option: use ro (read-only), rw, z or Z (SELinux labels).`;
  }
  return undefined;
}

/** Why an environment line is wrong: KEY=value, KEY a shell-style name. */
export function checkEnv(line: string): string | undefined {
  const eq = line.indexOf("=");
  if (eq < 0) return `"${line}" has no =: write KEY=value.`;
  const key = line.slice(0, eq);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `"${key}" is not a variable name: letters, digits and _, not starting with a digit.`;
  return undefined;
}

/** Why a --user value is wrong: NAME or UID, optionally :GROUP or :GID. */
export function checkContainerUser(user: string): string | undefined {
  if (user === "") return undefined;
  if (!/^([a-z_][a-z0-9_.-]*|\d+)(:([a-z_][a-z0-9_.-]*|\d+))?$/i.test(user)) return "Write a user name or number, optionally with a group: 1000, 1000:1000 or nginx.";
  return undefined;
}

/** The first wrong line of a list, as "line N: message". */
function firstBad(text: string, check: (line: string) => string | undefined): string | undefined {
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const m = check(all[i]);
    if (m) return all.length > 1 ? `Line ${i + 1}: ${m}` : m;
  }
  return undefined;
}

/** The container's name suggested by an image: its last path part, without tag or digest. */
export function nameFromImage(image: string): string {
  const last = image.split("@")[0].split("/").pop() ?? "";
  return last.replace(/:.*$/, "").replace(/[^a-zA-Z0-9_.-]/g, "");
}

export function buildContainer(input: ContainerInput): BuildResult<ContainerField> {
  const image = input.image.trim();
  const name = input.name.trim();
  const unitName = input.unitName?.trim() || `${name}.service`;
  const command = splitShellWords(input.command ?? "");
  const errors: Partial<Record<ContainerField, string>> = {
    image: checkImage(image),
    name: checkContainerName(name),
    unitName: name ? checkNewUnitName(unitName, ".service", input.existingUnits ?? []) : undefined,
    ports: firstBad(input.ports, checkPort),
    volumes: firstBad(input.volumes, checkVolume),
    env: firstBad(input.env, checkEnv),
    restart: (RESTART_POLICIES as readonly string[]).includes(input.restart) ? undefined : `Choose one of: ${RESTART_POLICIES.join(", ")}.`,
    user: checkContainerUser(input.user.trim()),
    command: "error" in command ? command.error : undefined,
  };
  for (const k of Object.keys(errors) as ContainerField[]) if (errors[k] === undefined) delete errors[k];

  const n = name || "container";
  const args = ["run", "--rm", "--name", n];
  for (const p of lines(input.ports)) args.push("--publish", p);
  for (const v of lines(input.volumes)) args.push("--volume", v);
  for (const e of lines(input.env)) args.push("--env", e);
  if (input.user.trim()) args.push("--user", input.user.trim());
  args.push(image || "IMAGE", ...("words" in command ? command.words : []));
  const service: UnitLines = [
    ["Restart", input.restart || "always"],
    ["RestartSec", "5s"],
  ];
  const contents = renderUnit([
    ["Unit", [["Description", escapeSpecifiers(`${n} container (${image || "IMAGE"})`)], ["After", "docker.service"], ["Requires", "docker.service"]]],
    [
      "Service",
      [
        ["TimeoutStartSec", "0"],
        ["ExecStartPre", execLine("-/usr/bin/docker", ["rm", "--force", n])],
        ["ExecStart", execLine("/usr/bin/docker", args)],
        ["ExecStop", execLine("/usr/bin/docker", ["stop", n])],
        ...service,
      ],
    ],
    ["Install", [["WantedBy", "multi-user.target"]]],
  ]);
  return { units: [{ name: unitName, enabled: true, contents }], errors };
}
