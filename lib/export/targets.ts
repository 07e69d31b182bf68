// Where an Ignition config goes on common platforms: the field, its encoding, its size limit,
// and a snippet made from the current config.
import { byteLength, toBase64Text, toGzipBase64 } from "./encodings";

export type Encoding = "json" | "base64" | "gzip+base64";

export interface TargetContext {
  /** The Ignition JSON as it will be delivered. */
  config: string;
  /** The declared variant (flatcar, fcos, …), which decides some names. */
  variant: string;
  /** File name used in commands. */
  fileName: string;
}

export interface Target {
  id: string;
  name: string;
  /** Where the config is pasted or passed, in a sentence. */
  where: string;
  encoding: Encoding;
  /** Size limit in bytes, measured on the encoded form, when the platform has one. */
  limit?: number;
  limitNote?: string;
  /** Another encoding the target also understands, smaller than `encoding`. */
  smaller?: Encoding;
  snippet(ctx: TargetContext): string;
}

export function encode(config: string, encoding: Encoding): string {
  return encoding === "json" ? config : encoding === "base64" ? toBase64Text(config) : toGzipBase64(config);
}

const KiB = 1024;
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const fwCfgName = (variant: string) => (variant === "flatcar" ? "opt/org.flatcar-linux/config" : "opt/com.coreos/config");

export const TARGETS: Target[] = [
  {
    id: "aws",
    name: "AWS EC2",
    where: "Instance user data (Advanced details → User data in the console, or --user-data); paste the JSON as is: EC2 base64-encodes it.",
    encoding: "json",
    limit: 16 * KiB,
    limitNote: "EC2 user data is limited to 16 KB before encoding",
    snippet: (c) => `aws ec2 run-instances --image-id ami-… --instance-type t3.small \\\n  --user-data file://${c.fileName}`,
  },
  {
    id: "gcp",
    name: "Google Compute Engine",
    where: "The `user-data` metadata key of the instance.",
    encoding: "json",
    limit: 256 * KiB,
    limitNote: "a metadata value holds at most 256 KiB",
    snippet: (c) => `gcloud compute instances create my-vm --image-family=… \\\n  --metadata-from-file user-data=${c.fileName}`,
  },
  {
    id: "azure",
    name: "Microsoft Azure",
    where: "Custom data (Advanced → Custom data in the portal, or --custom-data); the CLI base64-encodes the file.",
    encoding: "json",
    limit: 64 * 1000,
    limitNote: "custom data is limited to 64 KB",
    snippet: (c) => `az vm create --name my-vm --resource-group my-rg --image … \\\n  --custom-data ${c.fileName}`,
  },
  {
    id: "digitalocean",
    name: "DigitalOcean",
    where: "User data of the Droplet (Advanced options → Add initialization scripts, or --user-data-file).",
    encoding: "json",
    limit: 64 * KiB,
    limitNote: "user data is limited to 64 KiB",
    snippet: (c) => `doctl compute droplet create my-droplet --image … --size s-1vcpu-2gb --region ams3 \\\n  --user-data-file ${c.fileName}`,
  },
  {
    id: "hetzner",
    name: "Hetzner Cloud",
    where: "Cloud config / user data of the server (or --user-data-from-file).",
    encoding: "json",
    limit: 32 * KiB,
    limitNote: "user data is limited to 32 KiB",
    snippet: (c) => `hcloud server create --name my-server --type cx22 --image … \\\n  --user-data-from-file ${c.fileName}`,
  },
  {
    id: "equinix",
    name: "Equinix Metal",
    where: "User data of the device (or --userdata-file).",
    encoding: "json",
    snippet: (c) => `metal device create --hostname my-node --plan c3.small.x86 --metro am \\\n  --operating-system flatcar_stable --userdata-file ${c.fileName}`,
  },
  {
    id: "openstack",
    name: "OpenStack",
    where: "User data of the server (--user-data); Nova base64-encodes it.",
    encoding: "json",
    limit: 64 * KiB,
    limitNote: "user data is limited to 64 KiB",
    snippet: (c) => `openstack server create --image … --flavor m1.small \\\n  --user-data ${c.fileName} my-server`,
  },
  {
    id: "vmware",
    name: "VMware vSphere",
    where: "The guestinfo properties `guestinfo.ignition.config.data` (the config, base64) and `guestinfo.ignition.config.data.encoding` (`base64`, or `gzip+base64`).",
    encoding: "base64",
    smaller: "gzip+base64",
    limit: 64 * KiB,
    limitNote: "guestinfo values should stay under 64 KiB",
    snippet: (c) =>
      `guestinfo.ignition.config.data = ${shellQuote(toBase64Text(c.config))}\nguestinfo.ignition.config.data.encoding = "base64"`,
  },
  {
    id: "virtualbox",
    name: "VirtualBox",
    where: "A guest property holding the base64 config, read at first boot.",
    encoding: "base64",
    limit: 1 * KiB,
    limitNote: "guest properties hold only about 1 KiB",
    snippet: (c) => `VBoxManage guestproperty set my-vm /Ignition/Config ${shellQuote(toBase64Text(c.config))}`,
  },
  {
    id: "qemu",
    name: "QEMU / libvirt",
    where: "A firmware config blob, passed on the QEMU command line.",
    encoding: "json",
    snippet: (c) => `qemu-system-x86_64 -m 2048 -nographic -drive if=virtio,file=… \\\n  -fw_cfg name=${fwCfgName(c.variant)},file=${c.fileName}`,
  },
  {
    id: "pxe",
    name: "PXE / iPXE",
    where: "Served over HTTP(S); the kernel command line points at it with `ignition.config.url`.",
    encoding: "json",
    snippet: (c) =>
      c.variant === "flatcar"
        ? `kernel flatcar_production_pxe.vmlinuz initrd=flatcar_production_pxe_image.cpio.gz flatcar.first_boot=1 ignition.config.url=https://example.com/${c.fileName}\ninitrd flatcar_production_pxe_image.cpio.gz\nboot`
        : `kernel fedora-coreos-live-kernel.x86_64 initrd=main coreos.live.rootfs_url=… ignition.firstboot ignition.platform.id=metal ignition.config.url=https://example.com/${c.fileName}\ninitrd --name main fedora-coreos-live-initramfs.x86_64.img\nboot`,
  },
  {
    id: "terraform",
    name: "Terraform",
    where: "The provider's user data argument, read from the file.",
    encoding: "json",
    snippet: (c) => `resource "aws_instance" "node" {\n  ami           = "ami-…"\n  instance_type = "t3.small"\n  user_data     = file("\${path.module}/${c.fileName}")\n}`,
  },
];

export interface Fit {
  size: number;
  limit?: number;
  /** Share of the limit used (0–1+), when there is a limit. */
  used?: number;
  level: "ok" | "near" | "over";
}

/** How the config's encoded size compares with the target's limit ("near" from 90 %). */
export function fitOf(target: Target, config: string, encoding: Encoding = target.encoding): Fit {
  const size = byteLength(encode(config, encoding));
  if (!target.limit) return { size, level: "ok" };
  const used = size / target.limit;
  return { size, limit: target.limit, used, level: used > 1 ? "over" : used >= 0.9 ? "near" : "ok" };
}

/** A `where` sentence cut into plain text and the names in backticks, for showing as code. */
export function codeParts(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`]*`)/)
    .filter((s) => s !== "")
    .map((s) => (s.startsWith("`") && s.endsWith("`") && s.length > 1 ? { text: s.slice(1, -1), code: true } : { text: s, code: false }));
}
