// Where a new key goes among its siblings: Butane's usual order (its docs' examples and its
// Go structs), so that a section created by the form lands where a person would write it.

const ORDERS: Record<string, string[]> = {
  "": ["variant", "version", "ignition", "passwd", "storage", "systemd", "kernel_arguments", "boot_device", "grub"],
  passwd: ["users", "groups"],
  "passwd.users.*": [
    "name", "password_hash", "ssh_authorized_keys", "ssh_authorized_keys_local", "uid", "gecos", "home_dir",
    "no_create_home", "primary_group", "groups", "no_user_group", "no_log_init", "shell", "should_exist", "system",
  ],
  "passwd.groups.*": ["name", "gid", "password_hash", "should_exist", "system"],
  storage: ["disks", "raid", "filesystems", "luks", "files", "directories", "links", "trees"],
  "storage.files.*": ["path", "overwrite", "contents", "append", "mode", "user", "group"],
  "storage.files.*.contents": ["compression", "http_headers", "source", "inline", "local", "verification"],
  "storage.files.*.append.*": ["compression", "http_headers", "source", "inline", "local", "verification"],
  "storage.directories.*": ["path", "overwrite", "mode", "user", "group"],
  "storage.links.*": ["path", "overwrite", "user", "group", "target", "hard"],
  "storage.filesystems.*": ["device", "format", "path", "wipe_filesystem", "label", "uuid", "options", "mount_options", "with_mount_unit"],
  "storage.files.*.user": ["id", "name"],
  "storage.files.*.group": ["id", "name"],
  "storage.directories.*.user": ["id", "name"],
  "storage.directories.*.group": ["id", "name"],
  "storage.links.*.user": ["id", "name"],
  "storage.links.*.group": ["id", "name"],
  systemd: ["units"],
  "systemd.units.*": ["name", "enabled", "mask", "contents", "contents_local", "dropins"],
  "systemd.units.*.dropins.*": ["name", "contents", "contents_local"],
  kernel_arguments: ["should_exist", "should_not_exist"],
};

export type KeyOrder = (mapPath: readonly (string | number)[]) => readonly string[] | undefined;

export const butaneKeyOrder: KeyOrder = (mapPath) =>
  ORDERS[mapPath.map((s) => (typeof s === "number" ? "*" : s)).join(".")];
