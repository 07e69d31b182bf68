// Shared steps for the designer's browser tests.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/** Open the designer on a fresh page and wait for the code editor. */
export async function openDesigner(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
}

export function codeEditor(page: Page) {
  return page.locator("#panel-code .monaco-editor");
}

/**
 * Replace the whole document in the Code view: select all, then paste (a paste keeps the
 * indentation as given, where typed newlines would be auto-indented by the editor).
 */
export async function setCode(page: Page, text: string): Promise<void> {
  await codeEditor(page).locator(".view-lines").click();
  await expect(codeEditor(page)).toHaveClass(/focused/);
  await page.keyboard.press("ControlOrMeta+A");
  await paste(page, text);
  // the cursor ends after the pasted text, so its last line is in view
  const lastLine = text.split("\n").filter((l) => l.trim()).pop()?.trim() ?? "";
  await expect.poll(() => visibleText(page, "code")).toContain(lastLine);
}

/** Pastes `text` into the focused element as a clipboard paste does. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", t);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** The document as saved in the browser (an editor shows only what fits on screen). */
export const savedText = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => JSON.parse(localStorage.getItem("kindling.document.v1") ?? "{}").text as string | undefined);

/** The whole Ignition output as Download Ignition saves it (the pane shows only what fits). */
export async function downloadedIgnition(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Ignition" }).click()]);
  return readFileSync((await download.path())!, "utf8");
}

/** The visible text of a Monaco editor, with its non-breaking spaces made plain. */
export async function visibleText(page: Page, scope: "code" | "output"): Promise<string> {
  const root = scope === "code" ? codeEditor(page) : page.getByRole("region", { name: "Ignition" }).locator(".monaco-editor");
  const text = await root.locator(".view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}

export async function expectOutputToContain(page: Page, fragment: string, timeout = 15_000): Promise<void> {
  await expect.poll(() => visibleText(page, "output"), { timeout }).toContain(fragment);
}

export const SIMPLE = `variant: flatcar
version: 1.1.0
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: e2e-host
`;
