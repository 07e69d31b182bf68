// What the last Open/drop converted (Ignition or cloud-config → Butane), for the notice; and
// the offer to convert an Ignition config or cloud-config pasted as the whole document.
import { create } from "zustand";

export interface ImportNotice {
  fileName: string;
  format: "ignition" | "cloud-config";
  variant: string;
  version: string;
  converted: string[];
  warnings: string[];
}

/** A paste that made the whole document an Ignition config or a cloud-config. */
export interface PasteOffer {
  format: "ignition" | "cloud-config";
  /** The document the offer is about: once the text changes, the offer no longer stands. */
  text: string;
}

export const useImportNotice = create<{
  notice: ImportNotice | null;
  offer: PasteOffer | null;
  set(n: ImportNotice | null): void;
  setOffer(o: PasteOffer | null): void;
}>((set) => ({
  notice: null,
  offer: null,
  set: (notice) => set({ notice }),
  setOffer: (offer) => set({ offer }),
}));
