// Builders: fill in a few fields, get correct systemd units (lib/builders/*.ts); pure functions
// the designer's builder dialogs and the tests call.
export { buildContainer, nameFromImage, RESTART_POLICIES } from "./container";
export type { ContainerField, ContainerInput } from "./container";
export { buildFirstBoot, defaultMarker } from "./first-boot";
export type { FirstBootField, FirstBootInput } from "./first-boot";
export { buildTimer, previewRuns } from "./timer";
export type { TimerField, TimerInput, TimerResult } from "./timer";
export { formatElapse, isTimeZone, parseCalendar } from "./calendar";
export { addUnits } from "./unit";
export type { BuildResult, BuiltUnit } from "./unit";
