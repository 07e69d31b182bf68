// What Tab does in the code editor. By default it moves the focus on, like everywhere else on
// the page (so tabbing through the page never edits the document); Ctrl+M (Monaco's own
// "Toggle Tab Key Moves Focus", or the status bar's button) switches to indenting with Tab.
// The choice is remembered.
import { TabFocus } from "monaco-editor/esm/vs/editor/browser/config/tabFocus.js";

const KEY = "kindling.tabIndents";

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/** Applies the remembered choice; call once Monaco is loaded. Returns a stop function. */
export function startTabFocus(onChange: (tabMovesFocus: boolean) => void): () => void {
  TabFocus.setTabFocusMode(!remembered());
  onChange(TabFocus.getTabFocusMode());
  const sub = TabFocus.onDidChangeTabFocus((on) => {
    try {
      if (on) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, "1");
    } catch {
      /* storage unavailable: the choice lasts for this visit */
    }
    onChange(on);
  });
  return () => sub.dispose();
}

export function toggleTabFocus(): void {
  TabFocus.setTabFocusMode(!TabFocus.getTabFocusMode());
}
