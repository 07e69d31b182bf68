// Undo and redo cover the attached files as well as the text: attaching and removing a file
// are steps of the same history, and the Ignition output follows.
import { expect, test, type Page } from "@playwright/test";
import { codeEditor, expectOutputToContain, openDesigner, setCode, visibleText } from "./helpers";

const USES_LOCAL = "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        local: motd.txt\n";
const EMBEDDED = "data:,hello%20from%20history";

async function attached(page: Page) {
  return page.locator(".files-panel li code").allInnerTexts();
}

test("removing an attached file is undone and redone, and the output follows", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, USES_LOCAL);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("no such file or directory");
  await page.locator("summary", { hasText: "Attached files" }).click();
  await page.getByLabel("Attach files").setInputFiles({ name: "motd.txt", mimeType: "text/plain", buffer: Buffer.from("hello from history") });
  await expect.poll(() => attached(page)).toEqual(["motd.txt"]);
  await expectOutputToContain(page, EMBEDDED);

  await page.getByRole("button", { name: "Remove motd.txt" }).click();
  await expect.poll(() => attached(page)).toEqual([]);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("no such file or directory");

  // Ctrl+Z outside the editor: the file is back, and so are its contents in the output
  await page.locator(".files-panel summary").focus();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => attached(page)).toEqual(["motd.txt"]);
  await expectOutputToContain(page, EMBEDDED);
  await expect(page.getByRole("region", { name: "Problems" })).not.toContainText("no such file or directory");
  // the text was not touched by any of it
  expect(await visibleText(page, "code")).toContain("local: motd.txt");

  // redo removes it again; undo twice also takes the attach back
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => attached(page)).toEqual([]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => attached(page)).toEqual(["motd.txt"]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => attached(page)).toEqual([]);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("no such file or directory");
  // and redo brings the attach back
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => attached(page)).toEqual(["motd.txt"]);
  await expectOutputToContain(page, EMBEDDED);
});

test("attaching several files at once is one step", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, USES_LOCAL);
  await page.waitForTimeout(1200); // the paste is its own step
  await page.locator("summary", { hasText: "Attached files" }).click();
  await page.getByLabel("Attach files").setInputFiles([
    { name: "motd.txt", mimeType: "text/plain", buffer: Buffer.from("hello from history") },
    { name: "other.txt", mimeType: "text/plain", buffer: Buffer.from("other") },
  ]);
  await expect.poll(() => attached(page)).toEqual(["motd.txt", "other.txt"]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => attached(page)).toEqual([]);
  // the text edit before it is still there
  await expect(codeEditor(page)).toContainText("local: motd.txt");
});

test("a file attached from the form and the name it sets are undone together", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /etc/motd\n      contents:\n        local: x\n");
  await page.waitForTimeout(1200);
  await page.locator("summary", { hasText: "Attached files" }).click();
  await page.getByRole("tab", { name: "Form" }).click();
  const file = page.getByRole("group", { name: /^File 1\b/ });
  await file.getByLabel("Attach a file").setInputFiles({ name: "motd.txt", mimeType: "text/plain", buffer: Buffer.from("hello from history") });
  await expect(file.getByLabel("Local file name")).toHaveValue("motd.txt");
  await expectOutputToContain(page, EMBEDDED);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(file.getByLabel("Local file name")).toHaveValue("x");
  await expect.poll(() => attached(page)).toEqual([]);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(file.getByLabel("Local file name")).toHaveValue("motd.txt");
  await expect.poll(() => attached(page)).toEqual(["motd.txt"]);
  await expectOutputToContain(page, EMBEDDED);
});
