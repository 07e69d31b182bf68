// New: a blank document for the spec the current one declares (Flatcar 1.1.0 when it declares
// none). One undo step brings the previous document back.
import { readHeaderFields } from "../../lib/schema-help/header";
import { blankDocument } from "../state/default-document";
import { designerStore } from "../state/store";

export function newDocument(): void {
  const { text, setText } = designerStore.getState();
  const { variant, version } = readHeaderFields(text);
  setText(variant && version ? blankDocument(variant, version) : blankDocument(), "load");
}
