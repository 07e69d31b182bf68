// What the page tells the user about their work coming in and going out: unreadable saved data,
// a save the browser refused, another tab on the same saved work, a refused file. Set by autosave, shown by SavedWorkNotices.
import { create } from "zustand";

export interface SavedWorkStatus {
  /** Saved data that could not be read: kept under its key, autosave off until the user decides. */
  unreadable?: { raw: string; reason: string };
  /** The last save was refused by the browser (size in characters of what was to be saved). */
  saveFailed?: { size: number };
  /** An opened, dropped or attached file that was refused, and why. */
  fileProblem?: string;
  /** Another tab has the designer open on the same saved work. */
  otherTabOpen: boolean;
  /** Another tab saved after this one: this tab no longer saves until the user takes over. */
  overtaken: boolean;
  actions: {
    replaceUnreadable: () => void;
    takeOver: () => void;
  };
}

const none = () => {};

export const useSavedWorkStatus = create<SavedWorkStatus>(() => ({
  otherTabOpen: false,
  overtaken: false,
  actions: { replaceUnreadable: none, takeOver: none },
}));
