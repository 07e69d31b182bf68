// Translation machinery shared by every spec: see set.ts, translator.ts, report.ts.
import { TranslationSet } from "./set";
import { TReport } from "./report";

export { TranslationSet, allPaths, fixedTranslation, type FixedTranslation, type Translation } from "./set";
export {
  Translator,
  FieldCopier,
  bareName,
  customKey,
  fieldOf,
  isAutoSkip,
  type CustomTranslator,
  type CustomTranslators,
  type Translated,
} from "./translator";
export { TReport, mapReportPaths, plainEntries, type TEntry } from "./report";
export { snake, camel } from "./names";
export { mergeTranslatedConfigs, mergeStructTranscribe, ignitionKey, type Mapping } from "./merge";

/** A translated Ignition config (json space) with its translations and report (ToIgn*Unvalidated). */
export interface TranslatedConfig {
  value: Record<string, unknown>;
  ts: import("./set").TranslationSet;
  report: import("./report").TReport;
}

/** A result with no translations and no entries yet, for a step to fill in. */
export function emptyTranslated(): { ts: import("./set").TranslationSet; report: import("./report").TReport } {
  return { ts: new TranslationSet(), report: new TReport() };
}
