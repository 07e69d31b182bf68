// Warm-up runs for the CLI's start-up snapshot: a few everyday configs (both variants, inline
// and compressed contents, units, users, warnings) through `kindling butane` itself, with
// in-memory streams, compile the engine and the command code (flags, report, output) a
// typical run needs, so the snapshot carries it instead of each run compiling it anew.
import { runButane, type Io } from "./butane-command";

const UNIT = "[Unit]\nDescription=demo\n[Service]\nExecStart=/usr/bin/true\n[Install]\nWantedBy=multi-user.target\n";

function config(variant: string, version: string, bigText: string): string {
  const indent = (s: string, n: number) => s.replace(/^(?=.)/gm, " ".repeat(n));
  return `variant: ${variant}
version: ${version}
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq7tV0mZ3Qexample me@host
      groups: [sudo, docker]
storage:
  directories:
    - path: /opt/app
      mode: 0755
  files:
    - path: /etc/hostname
      mode: 0644
      overwrite: true
      contents:
        inline: demo
    - path: /opt/app/big.txt
      contents:
        inline: |
${indent(bigText, 10)}
    - path: /opt/app/quoted.conf
      contents:
        inline: "key=value"
  links:
    - path: /etc/localtime
      target: ../usr/share/zoneinfo/UTC
systemd:
  units:
    - name: demo.service
      enabled: true
      contents: |
${indent(UNIT, 8)}
    - name: docker.service
      dropins:
        - name: 10-opts.conf
          contents: |
            [Service]
            Environment=A=b
unknown_key: true
`;
}

/** Streams that read `input` and drop what is written; no terminal, no environment. */
function memoryIo(input: string): Io {
  return { stdin: () => Buffer.from(input), stdout: () => {}, stderr: () => {}, isTty: false, env: {} };
}

export function warmUpButane(): void {
  const text = "The quick brown fox jumps over the lazy dog; 0123456789.\n".repeat(200);
  for (let i = 0; i < 3; i++) {
    runButane([], memoryIo(config("flatcar", "1.1.0", text)));
    runButane(["--pretty"], memoryIo(config("fcos", "1.6.0", text)));
  }
}
