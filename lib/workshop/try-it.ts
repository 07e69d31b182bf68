// "Try it": the commands that boot a config on a laptop with Flatcar's QEMU script
// (flatcar_production_qemu.sh from the release server: -i takes the Ignition file, -p the
// host port for the VM's SSH, -f host:guest forwards another port, and what follows `--` goes
// to qemu as is).

export interface TryItOptions {
  /** Web ports to forward, host → guest. */
  ports: { host: number; guest: number }[];
  /** Add a blank second disk (/dev/vdb) for configs that partition one. */
  disk?: boolean;
  sshPort?: number;
}

const BASE = "https://stable.release.flatcar-linux.net/amd64-usr/current";

/** Detects web ports from the document: `-p HOST:GUEST` docker publishes and common listeners. */
export function guessPorts(text: string): { host: number; guest: number }[] {
  const guests = new Set<number>();
  for (const m of text.matchAll(/(?:-p|--publish)\s+(?:[\d.]+:)?(\d{1,5}):(\d{1,5})\b/g)) guests.add(Number(m[1]));
  for (const m of text.matchAll(/^\s*-\s*"?(\d{1,5}):(\d{1,5})"?\s*$/gm)) guests.add(Number(m[1]));
  return [...guests]
    .filter((p) => p > 0 && p < 65536)
    .slice(0, 3)
    .map((guest) => ({ host: guest < 1024 ? 8000 + guest : guest, guest }));
}

/** The shell lines, in order: download, transpile note, boot, connect. */
export function tryItCommands(opts: TryItOptions): string[] {
  const ssh = opts.sshPort ?? 2222;
  const forwards = opts.ports.map((p) => ` -f ${p.host}:${p.guest}`).join("");
  const disk = opts.disk ? " -drive if=virtio,file=data.img,format=raw" : "";
  const lines = [
    `wget ${BASE}/flatcar_production_qemu.sh`,
    `wget ${BASE}/flatcar_production_qemu_image.img`,
    "chmod +x flatcar_production_qemu.sh",
    "# Ignition runs only on the first boot: -snapshot keeps the image fresh for the next try.",
  ];
  if (opts.disk) lines.push("truncate -s 2G data.img   # the blank second disk (/dev/vdb)");
  lines.push(`./flatcar_production_qemu.sh -i config.ign -p ${ssh}${forwards} -- -nographic -snapshot${disk}`);
  lines.push(`ssh -p ${ssh} core@localhost   # or a user your config adds, with its key`);
  for (const p of opts.ports) lines.push(`# then open http://localhost:${p.host}/`);
  return lines;
}
