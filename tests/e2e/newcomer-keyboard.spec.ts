// The keyboard as a newcomer uses it: Tab never edits the document unless asked to (Ctrl+M),
// Ctrl+S downloads the Butane, and the shortcuts list is one key away.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SIMPLE, codeEditor, openDesigner, setCode, visibleText } from "./helpers";
import { savedText } from "./seed";

test("Tab moves the focus through the code editor without editing; Ctrl+M switches Tab to indenting", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, SIMPLE);
  await expect.poll(() => savedText(page)).toBe(SIMPLE);
  // tabbing from the top of the page reaches the editor, then leaves it
  const status = page.locator("#panel-code .statusbar");
  await expect(status.getByRole("button", { name: /Tab moves focus/ })).toBeVisible();
  await page.getByRole("tab", { name: "Code" }).focus();
  // the code editor only: the read-only Ignition pane further on takes the focus too
  const inEditor = () => page.evaluate(() => Boolean(document.activeElement?.closest("#panel-code .monaco-editor")));
  for (let i = 0; i < 6 && !(await inEditor()); i++) await page.keyboard.press("Tab");
  expect(await inEditor()).toBe(true);
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  expect(await inEditor()).toBe(false);
  await page.waitForTimeout(400); // the autosave would have seen an edit by now
  expect(await savedText(page)).toBe(SIMPLE);
  // Shift+Tab comes back in, and out again the other way
  await codeEditor(page).locator(".view-lines").click();
  await page.keyboard.press("Shift+Tab");
  await expect(codeEditor(page)).not.toHaveClass(/focused/);

  // Ctrl+M: now Tab indents (and the hint says so)
  await codeEditor(page).getByText("e2e-host").click();
  await page.keyboard.press("Control+M");
  await expect(status.getByRole("button", { name: /^Tab indents/ })).toBeVisible();
  await page.keyboard.press("Home");
  await page.keyboard.press("Tab");
  await expect(codeEditor(page)).toHaveClass(/focused/);
  await expect.poll(() => savedText(page)).not.toBe(SIMPLE);
  // the choice is remembered; the status bar's button switches it back
  await page.reload();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .statusbar").getByRole("button", { name: /^Tab indents/ })).toBeVisible({ timeout: 30_000 });
  await page.locator("#panel-code .statusbar").getByRole("button", { name: /^Tab indents/ }).click();
  await expect(page.locator("#panel-code .statusbar").getByRole("button", { name: /Tab moves focus/ })).toBeVisible();
});

test("Ctrl+S downloads the Butane document, from the editor and from anywhere else", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, SIMPLE.replace("e2e-host", "saved-with-ctrl-s"));
  await expect.poll(() => visibleText(page, "code")).toContain("saved-with-ctrl-s");
  for (const where of ["editor", "page"] as const) {
    if (where === "page") await page.getByRole("tab", { name: "Form" }).click();
    const download = page.waitForEvent("download");
    await page.keyboard.press("Control+S");
    const d = await download;
    expect(d.suggestedFilename()).toBe("config.bu");
    expect(await readFile(await d.path())).toEqual(Buffer.from(SIMPLE.replace("e2e-host", "saved-with-ctrl-s")));
  }
});

test("the shortcuts list opens with ?, F1 or its button, and Escape closes it", async ({ page }) => {
  await openDesigner(page);
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await page.getByRole("tab", { name: "Code" }).focus();
  await page.keyboard.press("?");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Ctrl+S");
  await expect(dialog).toContainText("Ctrl+M");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("tab", { name: "Code" }).focus();
  await page.keyboard.press("F1");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Shortcuts" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  // "?" typed in the editor is text, not a shortcut
  await codeEditor(page).locator(".view-lines").click();
  await page.keyboard.press("End");
  await page.keyboard.type("?");
  await expect(dialog).toBeHidden();
});
