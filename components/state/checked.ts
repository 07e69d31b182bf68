// Whether the engine has answered at least once since the page (or a reset) loaded the
// document: until then the output and problem panes say they are working, not "No problems".
import type { DesignerStore } from "./store";

export const hasChecked = (s: DesignerStore): boolean => s.result.output !== undefined || s.result.error !== undefined || s.result.report.length > 0;
