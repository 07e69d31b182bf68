// Presenter mode on the page: <html data-present> scales the page's type (CSS in
// workshop.css) and every Monaco editor's font, present and future, by PRESENT_SCALE.
import { loadMonaco } from "../editor/monaco";

export const PRESENT_SCALE = 1.4;

type Editor = { getOption(id: number): unknown; updateOptions(o: { fontSize: number }): void };
const baseSize = new WeakMap<Editor, number>();
let current = false;
let hooked = false;

function apply(editor: Editor, fontOption: number) {
  if (!baseSize.has(editor)) baseSize.set(editor, Number(editor.getOption(fontOption)) || 14);
  const base = baseSize.get(editor)!;
  editor.updateOptions({ fontSize: current ? Math.round(base * PRESENT_SCALE) : base });
}

export async function setPresenter(on: boolean): Promise<void> {
  current = on;
  if (on) document.documentElement.dataset.present = "true";
  else delete document.documentElement.dataset.present;
  const monaco = await loadMonaco();
  const fontOption = monaco.editor.EditorOption.fontSize;
  if (!hooked) {
    hooked = true;
    // editors made later (a tab opened, the output shown) follow the mode, after their own options
    monaco.editor.onDidCreateEditor((e) => setTimeout(() => apply(e as unknown as Editor, fontOption), 0));
  }
  for (const e of monaco.editor.getEditors()) apply(e as unknown as Editor, fontOption);
}
