// What the page tells the user about their saved work: unreadable saved data, a save the browser
// refused, and another tab on the same saved work. Set by autosave, shown by SavedWorkNotices.
import { create } from "zustand";

export interface SavedWorkStatus {
  /** Saved data that could not be read: kept under its key, autosave off until the user decides. */
  unreadable?: { raw: string; reason: string };
  /** The last save was refused by the browser (size in characters of what was to be saved). */
  saveFailed?: { size: number };
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
