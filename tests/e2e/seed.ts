// Opens the designer on a given Butane text (through the autosave slot, on the first load only).
import type { Page } from "@playwright/test";

export const SAVE_KEY = "kindling.document.v1";

export async function openSeeded(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, t]) => {
      if (!sessionStorage.getItem("kindling-e2e-seeded")) {
        localStorage.setItem(key, JSON.stringify({ text: t, files: {} }));
        sessionStorage.setItem("kindling-e2e-seeded", "1");
      }
    },
    [SAVE_KEY, text] as const,
  );
  await page.goto("/");
}

/** The autosaved document text (follows every change). */
export function savedText(page: Page): Promise<string> {
  return page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? "{}").text as string) ?? "", SAVE_KEY);
}
