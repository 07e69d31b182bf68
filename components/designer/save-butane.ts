// Saving the document as a file: the Download Butane button and Ctrl+S.
import { download } from "../export/download";
import { designerStore } from "../state/store";

export function downloadButane(): void {
  download("config.bu", designerStore.getState().text, "text/yaml");
}
