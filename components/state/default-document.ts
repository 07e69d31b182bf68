// What a first visit shows: a small Flatcar config that already produces output.
export const DEFAULT_DOCUMENT = `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0example0key0replace0me me@laptop
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: kindling-demo
systemd:
  units:
    - name: hello.service
      enabled: true
      contents: |
        [Unit]
        Description=Say hello
        [Service]
        Type=oneshot
        ExecStart=/usr/bin/echo Hello from Kindling
        [Install]
        WantedBy=multi-user.target
`;

/** The spec a document without a header starts with (the form's first edit, New). */
export const DEFAULT_SPEC = { variant: "flatcar", version: "1.1.0" };

/** A blank document for a spec: only its header. */
export function blankDocument(variant = DEFAULT_SPEC.variant, version = DEFAULT_SPEC.version): string {
  return `variant: ${variant}\nversion: ${version}\n`;
}
