// A paste that makes the whole Code view an Ignition config or a cloud-config (into an empty
// document, or over a selected whole one) offers to convert it to Butane: the notice shows
// Convert / Keep as text. Nothing changes until the person says so.
import type { editor, IDisposable } from "monaco-editor";
import { detectFormat } from "../../lib/import";
import { useImportNotice } from "../designer/import-notice";

export function offerImportOnPaste(ed: editor.IStandaloneCodeEditor): IDisposable {
  return ed.onDidPaste((e) => {
    const model = ed.getModel();
    if (!model) return;
    const whole = model.getValue();
    const pasted = model.getValueInRange(e.range);
    if (pasted.trim() === "" || pasted.trim() !== whole.trim()) return;
    const format = detectFormat(whole);
    useImportNotice.getState().setOffer(format === "butane" ? null : { format, text: whole });
  });
}
