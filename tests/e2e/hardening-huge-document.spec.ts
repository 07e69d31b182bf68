// An 8 MB document, opened from a file: the page keeps answering, the views stay usable, the
// engine (in its worker) delivers a result, and the text is all there.
import { expect, test } from "@playwright/test";
import { openDesigner, visibleText } from "./helpers";
import { shot } from "./shots";

function hugeDocument(bytes: number): string {
  const head = "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n";
  const entries: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const e = `    - path: /opt/data/file-${i}.txt\n      contents:\n        inline: ${"x".repeat(400)}\n`;
    entries.push(e);
    size += e.length;
  }
  return head + entries.join("") + "# the end\n";
}

test("an 8 MB document opened from a file keeps the page responsive and gets its output", async ({ page }) => {
  test.setTimeout(180_000);
  const text = hugeDocument(8 * 1024 * 1024);
  await openDesigner(page);
  await page.evaluate(() => {
    const w = window as unknown as { maxGap: number };
    w.maxGap = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.maxGap = Math.max(w.maxGap, now - last);
      last = now;
      setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
  await page.locator('input[type=file][accept*=".bu"]').setInputFiles({ name: "huge.bu", mimeType: "text/yaml", buffer: Buffer.from(text) });
  // the output arrives from the worker: the new files are in it, and it is no longer updating
  const ignition = page.getByRole("region", { name: "Ignition" });
  await expect(ignition).toContainText("/opt/data/file-0.txt", { timeout: 120_000 });
  await expect(ignition).not.toContainText("updating", { timeout: 120_000 });
  await expect(ignition).not.toContainText("was stopped");
  // the views answer: switch to the form and back
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("variant: flatcar");
  const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
  console.log(`longest main-thread stall with an 8 MB document: ${Math.round(maxGap)} ms`);
  expect(maxGap).toBeLessThan(5_000);
  const length = await page.evaluate(() => {
    const m = (window as unknown as { monaco?: { editor: { getModels(): { getValueLength(): number }[] } } }).monaco;
    return m ? Math.max(...m.editor.getModels().map((x) => x.getValueLength())) : -1;
  });
  if (length >= 0) expect(length).toBe(text.length);
  await shot(page, "hardening-huge-document");
});
