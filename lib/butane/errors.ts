// Butane's error texts (config/common/errors.go), exactly.
export const ErrInvalidSourceConfig = "source config is invalid";
export const ErrInvalidGeneratedConfig = "config generated was invalid";

export const ErrTooManyResourceSources = "only one of the following can be set: inline, local, source";
export const ErrFilesDirEscape = "local file path traverses outside the files directory";
export const ErrFileType = "trees may only contain files, directories, and symlinks";
export const ErrNodeExists = "matching filesystem node has existing contents or different type";
export const ErrNoFilesDir =
  "local file paths are relative to a files directory that must be specified with -d/--files-dir";
export const ErrTreeNotDirectory = "root of tree must be a directory";
export const ErrTreeNoLocal = "local is required";

export const ErrDecimalMode =
  "unreasonable mode would be reasonable if specified in octal; remember to add a leading zero";

export const ErrTooManySystemdSources = "only one of the following can be set: contents, contents_local";
export const ErrQuadletBadExtension =
  "unsupported file extension for quadlet: must be one of .container, .volume, .network, .kube, .image, .build, .pod, or .artifact";
export const ErrTemplateInstanceCannotHaveContents = "template instances cannot have contents or contents_local";

export const ErrMountUnitNoPath = "path is required if with_mount_unit is true and format is not swap";
export const ErrMountUnitNoFormat = "format is required if with_mount_unit is true";
export const ErrMountPointForbidden = "path must be under /etc or /var if with_mount_unit is true";

export const ErrUnknownBootDeviceLayout =
  "layout must be one of: aarch64, ppc64le, s390x-eckd, s390x-virt, s390x-zfcp, x86_64";
export const ErrUnknownBootDeviceLayoutLegacy = "layout must be one of: aarch64, ppc64le, x86_64";
export const ErrTooFewMirrorDevices = "mirroring requires at least two devices";
export const ErrMirrorRequiresLayout = "boot_device.layout should be specified when boot_device.mirror is specified";
export const ErrNoLuksBootDevice = "device is required for layouts: s390x-eckd, s390x-zfcp";
export const ErrMirrorNotSupport = "mirroring not supported on layouts: s390x-eckd, s390x-zfcp, s390x-virt";
export const ErrLuksBootDeviceBadName =
  "device name must start with /dev/dasd on s390x-eckd layout or /dev/sd on s390x-zfcp layout";
export const ErrCexArchitectureMismatch = "when using cex the targeted architecture must match s390x";
export const ErrCexNotSupported = "cex is not currently supported on the target platform";
export const ErrNoLuksMethodSpecified = "no method specified for luks";

export const ErrReuseByLabel =
  "partitions cannot be reused by label; number must be specified except on boot disk (/dev/disk/by-id/coreos-boot-disk) or when wipe_table is true";
export const ErrWrongPartitionNumber = "incorrect partition number; a new partition will be created using reserved label";
export const ErrRootTooSmall = "root should have 8GiB of space assigned";
export const ErrRootConstrained =
  "root partition cannot expand; it is set to fill available space but is followed by an auto-positioned partition";

export const ErrFieldElided = "field ignored in raw mode";
export const ErrNameRequired = "metadata.name is required";
export const ErrRoleRequired = "machineconfiguration.openshift.io/role label is required";
export const ErrInvalidKernelType = 'must be empty, "default", or "realtime"';
export const ErrBtrfsSupport = "btrfs is not supported in this spec version";
export const ErrFilesystemNoneSupport = 'format "none" is not supported in this spec version';
export const ErrFileSchemeSupport = "file contents source must be data URL in this spec version";
export const ErrFileAppendSupport = "appending to files is not supported in this spec version";
export const ErrFileCompressionSupport = "file compression is not supported in this spec version";
export const ErrFileHeaderSupport = "file HTTP headers are not supported in this spec version";
export const ErrFileSpecialModeSupport = "special mode bits are not supported in this spec version";
export const ErrGroupSupport = "groups are not supported in this spec version";
export const ErrUserFieldSupport =
  'fields other than "name", "ssh_authorized_keys", and "password_hash" (4.13.0+) are not supported in this spec version';
export const ErrUserNameSupport = 'users other than "core" are not supported in this spec version';
export const ErrKernelArgumentSupport =
  "this section cannot be used for kernel arguments in this spec version; use openshift.kernel_arguments instead";
export const ErrMissingKernelArgumentCex =
  "'rd.luks.key=/etc/luks/cex.key' must be set as kernel argument when CEX is enabled for the boot device";

export const ErrClevisSupport = "clevis is not supported in this spec version";
export const ErrDirectorySupport = "directories are not supported in this spec version";
export const ErrDiskSupport = "disk customization is not supported in this spec version";
export const ErrFilesystemSupport = "filesystem customization is not supported in this spec version";
export const ErrLinkSupport = "links are not supported in this spec version";
export const ErrLuksSupport = "luks is not supported in this spec version";
export const ErrRaidSupport = "raid is not supported in this spec version";

export const ErrGrubUserNameNotSpecified = 'field "name" is required';
export const ErrGrubPasswordNotSpecified = 'field "password_hash" is required';

export const ErrGeneralKernelArgumentSupport = "kernel argument customization is not supported in this spec version";

export const ErrUnkownIgnitionVersion =
  "skipping validation for the merge/replace ignition config due to an unkown version";
