// Messages a newcomer meets: a long share link gets one warning, not one per limit; an autosave
// the browser refuses (its real storage quota, no stub) says so at once and offers a download.
import { expect, test } from "@playwright/test";
import { openDesigner, setCode } from "./helpers";

test("a long share link gets one warning", async ({ page }) => {
  await openDesigner(page);
  // text that does not compress: a link far over every limit but the largest
  let seed = 7;
  const noise = Array.from({ length: 30_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), "abcdefghijklmnopqrstuvwxyz0123456789"[seed % 36])).join("");
  await setCode(page, `variant: flatcar\nversion: 1.1.0\n# ${noise}\n# end\n`);
  await page.getByRole("button", { name: "Copy share link" }).click();
  const dialog = page.getByRole("dialog", { name: "Share link" });
  await expect(dialog).toContainText("characters)");
  const notes = dialog.getByRole("note");
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText("8,000 characters");
  await expect(notes).toContainText("Download the zip");
});

test("an attachment too large for the browser's storage is reported at once, with a download", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /opt/big.bin\n      contents:\n        local: big.bin\n");
  // 4 MB of bytes are 5.6 M base64 characters: over Chromium's localStorage quota
  const big = Buffer.alloc(4 * 1024 * 1024, 0x5a);
  await page.getByLabel("Attach files").setInputFiles({ name: "big.bin", mimeType: "application/octet-stream", buffer: big });
  await expect(page.getByText("Attached files").locator(".count")).toHaveText("1");
  const notice = page.getByRole("alert", { name: "Work not saved" });
  await expect(notice).toContainText("could not be saved");
  const [file] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download zip" }).click()]);
  expect(file.suggestedFilename()).toBe("config.zip");
});
