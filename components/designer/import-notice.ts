// What the last Open/drop converted (Ignition or cloud-config → Butane), for the notice.
import { create } from "zustand";

export interface ImportNotice {
  fileName: string;
  format: "ignition" | "cloud-config";
  variant: string;
  version: string;
  converted: string[];
  warnings: string[];
}

export const useImportNotice = create<{ notice: ImportNotice | null; set(n: ImportNotice | null): void }>((set) => ({
  notice: null,
  set: (notice) => set({ notice }),
}));
