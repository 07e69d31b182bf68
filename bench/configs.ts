// Generated Butane configs for benchmarks and load tests.

export function smallConfig(): string {
  return `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq7tV0mZ3QexampleKey me@host
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: kindling-demo
systemd:
  units:
    - name: nginx.service
      enabled: true
      contents: |
        [Unit]
        Description=nginx
        [Service]
        ExecStart=/usr/bin/docker run --rm -p 80:80 nginx
        [Install]
        WantedBy=multi-user.target
`;
}

/** A config of `files` files and `units` units, each small. */
export function manyNodesConfig(files: number, units: number): string {
  const out = ["variant: flatcar", "version: 1.1.0", "storage:", "  files:"];
  for (let i = 0; i < files; i++) {
    out.push(`    - path: /etc/app/conf-${i}.conf`, "      mode: 0644", "      contents:", `        inline: "setting-${i}=value-${i}"`);
  }
  out.push("systemd:", "  units:");
  for (let i = 0; i < units; i++) {
    out.push(
      `    - name: worker-${i}.service`,
      "      enabled: true",
      "      contents: |",
      "        [Unit]",
      `        Description=Worker ${i}`,
      "        [Service]",
      `        ExecStart=/usr/bin/worker --id ${i}`,
      "        [Install]",
      "        WantedBy=multi-user.target",
    );
  }
  return out.join("\n") + "\n";
}

/** About `bytes` of Butane: one file with a large inline text plus many small files. */
export function largeConfig(bytes: number): string {
  const line = "The quick brown fox jumps over the lazy dog; 0123456789 ABCDEFGHIJ.\n";
  const big = line.repeat(Math.floor(bytes / 2 / line.length));
  const head = ["variant: flatcar", "version: 1.1.0", "storage:", "  files:", "    - path: /opt/data/big.txt", "      contents:", "        inline: |"];
  const body = big
    .split("\n")
    .filter(Boolean)
    .map((l) => "          " + l);
  const text = [...head, ...body].join("\n") + "\n";
  const entries: string[] = [];
  let size = text.length;
  for (let i = 0; size < bytes; i++) {
    const entry = `    - path: /etc/extra/f-${i}.conf\n      contents:\n        inline: "value ${i} ${"x".repeat(40)}"\n`;
    entries.push(entry);
    size += entry.length;
  }
  return text + entries.join("");
}
