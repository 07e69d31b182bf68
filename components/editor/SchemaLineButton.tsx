"use client";
// "Add schema line": puts `# yaml-language-server: $schema=<this site>/schemas/<spec>.json` at
// the top of the document, so editors with the YAML language server check and complete it.
import { schemaFileFor, withSchemaLine } from "../../lib/json-schema/modeline";
import { designerStore } from "../state/store";
import styles from "./SchemaLineButton.module.css";

export default function SchemaLineButton() {
  return (
    <button
      type="button"
      className={styles.button}
      title="Add a # yaml-language-server: $schema=… line, for VS Code and other editors"
      onClick={() => {
        const { text } = designerStore.getState();
        const file = schemaFileFor(text);
        if (!file) return;
        const url = new URL(`schemas/${file}`, window.location.href.split("#")[0]).href;
        designerStore.getState().setText(withSchemaLine(text, url), "code");
      }}
    >
      Add schema line
    </button>
  );
}
