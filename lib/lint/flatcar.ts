// What a Flatcar machine ships, for Kindling's checks. Groups and users are those of Flatcar's
// base layout (/usr/share/baselayout, copied to /etc at boot) and its packages' sysusers;
// targets are systemd's standard ones present on Flatcar.

export const FLATCAR_GROUPS = new Set([
  "root", "bin", "daemon", "sys", "adm", "tty", "disk", "lp", "mem", "kmem", "wheel", "floppy", "mail", "news",
  "uucp", "man", "audio", "cdrom", "dialout", "tape", "video", "cdrw", "usb", "users", "nogroup", "nobody",
  "portage", "utmp", "core", "docker", "sudo", "systemd-journal", "systemd-network", "systemd-resolve",
  "systemd-timesync", "systemd-coredump", "systemd-oom", "input", "kvm", "render", "sgx", "tss", "lock",
  "messagebus", "sshd", "polkitd", "dnsmasq", "etcd", "fleet", "tcpdump", "ntp", "chrony", "kmsg",
]);

export const FLATCAR_USERS = new Set([
  "root", "bin", "daemon", "adm", "lp", "sync", "shutdown", "halt", "mail", "news", "uucp", "operator", "man",
  "nobody", "portage", "core", "systemd-journal", "systemd-network", "systemd-resolve", "systemd-timesync",
  "systemd-coredump", "systemd-oom", "messagebus", "sshd", "polkitd", "dnsmasq", "etcd", "fleet", "tss", "ntp",
  "chrony", "tcpdump",
]);

export const FLATCAR_TARGETS = new Set([
  "default.target", "multi-user.target", "graphical.target", "basic.target", "sysinit.target", "local-fs.target",
  "local-fs-pre.target", "remote-fs.target", "remote-fs-pre.target", "network.target", "network-online.target",
  "network-pre.target", "nss-lookup.target", "nss-user-lookup.target", "time-sync.target", "timers.target",
  "paths.target", "sockets.target", "slices.target", "swap.target", "getty.target", "rescue.target",
  "emergency.target", "shutdown.target", "reboot.target", "poweroff.target", "halt.target", "sleep.target",
  "suspend.target", "hibernate.target", "cryptsetup.target", "machines.target", "ignition-complete.target",
  "initrd.target", "system-update.target", "container-runtime.target", "umount.target", "final.target",
]);

/** Container Linux Config sections and what to write in Butane instead. */
export const CLC_KEYS: Record<string, string> = {
  networkd: "write .network files with storage.files under /etc/systemd/network/ instead",
  locksmith: "write /etc/flatcar/update.conf with storage.files (REBOOT_STRATEGY=…, LOCKSMITHD_REBOOT_WINDOW_START=…) instead",
  update: "write /etc/flatcar/update.conf with storage.files (GROUP=…, SERVER=…) instead",
  etcd: "run etcd as a container from a systemd unit (systemd.units) instead",
  flannel: "run flannel as a container from a systemd unit (systemd.units) instead",
  docker: "configure Docker with /etc/docker/daemon.json in storage.files, or a drop-in for docker.service, instead",
};
