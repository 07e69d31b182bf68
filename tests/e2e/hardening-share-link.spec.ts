// Hostile share links: a link that unpacks to 1 GB is refused with the limit, the page keeps
// answering meanwhile, and the saved work is untouched.
import { expect, test } from "@playwright/test";
import { Deflate } from "fflate";
import { toBase64Url } from "../../lib/go/bytes";
import { openDesigner, setCode, visibleText } from "./helpers";
import { shot } from "./shots";

/**
 * A v1 link whose JSON would be `size` bytes of spaces (deflate packs them ~1000:1). Its
 * checksum is left 0: the unpacking limit must stop the page long before it could compare one.
 */
function bombLink(size: number): string {
  const block = new Uint8Array(16 * 1024 * 1024).fill(0x20);
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => parts.push(chunk));
  for (let done = 0; done < size; done += block.length) deflate.push(block, done + block.length >= size);
  const packed = Buffer.concat(parts);
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  return `#v1.${toBase64Url(payload)}`;
}

test("a share link that unpacks to 1 GB is refused with the limit; the page keeps answering; saved work untouched", async ({ page }) => {
  test.setTimeout(120_000);
  const link = bombLink(1024 * 1024 * 1024);
  expect(link.length).toBeGreaterThan(1_000_000);
  await openDesigner(page);
  await setCode(page, "variant: flatcar\nversion: 1.1.0\n# my own work\n");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("kindling.document.v1") ?? "")).toContain("my own work");
  const saved = await page.evaluate(() => localStorage.getItem("kindling.document.v1"));

  await page.evaluate((hash) => {
    // count main-thread stalls while the link is being unpacked
    (window as unknown as { maxGap: number }).maxGap = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      const w = window as unknown as { maxGap: number };
      w.maxGap = Math.max(w.maxGap, now - last);
      last = now;
      setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
    location.hash = hash;
  }, link);
  const alert = page.getByRole("alert", { name: "Share link" });
  await expect(alert).toContainText("32 MiB", { timeout: 60_000 });
  await expect(alert).toContainText("Nothing was loaded");
  const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
  expect(maxGap).toBeLessThan(1000);
  expect(await visibleText(page, "code")).toContain("my own work");
  expect(await page.evaluate(() => localStorage.getItem("kindling.document.v1"))).toBe(saved);
  await shot(page, "hardening-bomb-link");
});

test("a fragment that is not a share link is ignored; bad characters are named as such", async ({ page }) => {
  await page.goto("/#section-2");
  await expect(page.locator("#panel-form, #panel-code").first()).toBeAttached();
  await page.waitForTimeout(0);
  await expect(page.getByRole("alert", { name: "Share link" })).toHaveCount(0);
  await page.evaluate(() => (location.hash = "v1.abc$def!"));
  const alert = page.getByRole("alert", { name: "Share link" });
  await expect(alert).toContainText("characters a share link never has");
  await expect(alert).not.toContainText("cut short");
});
