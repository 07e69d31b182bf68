"use client";
// Page-wide keyboard shortcuts (Ctrl+S saves the Butane; ? or F1 lists the shortcuts) and the
// list itself, a dialog also opened by the header's Shortcuts button.
import { useEffect, useRef } from "react";
import { create } from "zustand";
import { downloadButane } from "./save-butane";

const useShortcuts = create<{ open: boolean }>()(() => ({ open: false }));

export const openShortcuts = () => useShortcuts.setState({ open: true });

const LIST: [keys: string, what: string][] = [
  ["Ctrl+S", "Download the Butane document (config.bu)"],
  ["Ctrl+Z", "Undo (the Form and Code views share one history)"],
  ["Ctrl+Shift+Z or Ctrl+Y", "Redo"],
  ["Tab / Shift+Tab", "Next / previous control, also out of the code editor"],
  ["Ctrl+M", "In the code editor: switch Tab between moving the focus and indenting"],
  ["Ctrl+Space", "In the code editor: complete a key of the chosen spec"],
  ["Ctrl+F", "In the code editor: find (Ctrl+H: replace)"],
  ["← / →", "On the Form / Code tabs: switch the view"],
  ["Escape", "Close a dialog or pop-up"],
  ["? or F1", "This list (outside the code editor; F1 there opens the editor's commands)"],
];

/** Where a typed "?" is text, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.closest) return false;
  return Boolean(el.closest("input, textarea, select, [contenteditable], .monaco-editor"));
}

/** Installs the page-wide keys; call once in the designer. */
export function usePageShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inEditor = Boolean((e.target as HTMLElement | null)?.closest?.(".monaco-editor"));
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "s") {
        // the code editor has its own binding for it
        if (inEditor) return;
        e.preventDefault();
        downloadButane();
      } else if (e.key === "F1" && !inEditor && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        openShortcuts();
      } else if (e.key === "?" && !e.ctrlKey && !e.altKey && !e.metaKey && !typingIn(e.target)) {
        e.preventDefault();
        openShortcuts();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

export function ShortcutsButton() {
  return (
    <button type="button" className="button" onClick={openShortcuts} title="Keyboard shortcuts (? or F1)" aria-keyshortcuts="F1">
      Shortcuts
    </button>
  );
}

export function ShortcutsDialog() {
  const open = useShortcuts((s) => s.open);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => useShortcuts.setState({ open: false })}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {LIST.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">On a Mac, Cmd works where Ctrl is written.</p>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
