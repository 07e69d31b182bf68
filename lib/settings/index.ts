// Flatcar settings as pure document edits: each reads its current value from the Butane
// document and writes the files, links and units Flatcar's docs prescribe, through lib/doc.
export { checkHostname, readHostname, writeHostname, HOSTNAME_PATH } from "./hostname";
export { checkTimezone, readTimezone, writeTimezone, LOCALTIME_PATH } from "./timezone";
export { TIME_ZONES } from "./zones";
export { checkUpdates, checkWindowLength, checkWindowStart, readUpdates, writeUpdates, readKeyValues, setKeyValue, REBOOT_STRATEGIES, UPDATE_GROUPS, UPDATE_CONF_PATH } from "./updates";
export type { UpdateSettings } from "./updates";
export { checkCidr, checkIp, checkNetwork, checkNetworkFile, formatNetwork, readNetworks, removeNetwork, writeNetwork, NETWORK_DIR } from "./network";
export type { StaticNetwork } from "./network";
export { checkSwapPath, checkSwapSize, escapePath, readSwap, removeSwap, swapUnitName, writeSwap } from "./swap";
export type { SwapSettings } from "./swap";
export { BAKERY_EXTENSIONS, BAKERY_URL, SYSEXT_ARCHES, checkSysext, readSysexts, removeSysext, writeSysext } from "./sysext";
export type { Sysext } from "./sysext";
export { chain, docOf, upsertInlineFile } from "./entries";
