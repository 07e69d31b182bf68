// Layout for a newcomer: banners below the header's controls, never over them; on a phone the
// document and the output come first and the export actions fold into a menu; the export bar
// keeps to one row on a 1440 px screen. Screenshots of the first view, dark mode and a phone.
import { expect, test, type Locator } from "@playwright/test";
import { encodeShareLink } from "../../lib/share";
import { expectOutputToContain } from "./helpers";
import { shot } from "./shots";

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error("not visible");
  return b;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("the first view, light and dark, with the export bar on one row at 1440 px", async ({ page }) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await page.getByRole("tab", { name: "Form" }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
    await expectOutputToContain(page, '"sshAuthorizedKeys"');
    await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
    const bar = page.getByRole("region", { name: "Export" });
    const buttons = bar.getByRole("button").filter({ visible: true });
    const tops = new Set<number>();
    for (const b of await buttons.all()) tops.add(Math.round((await box(b)).y));
    expect([...tops].length, `export bar rows at 1440 px: ${[...tops].join(", ")}`).toBe(1);
    await page.mouse.move(0, 0);
    await shot(page, scheme === "light" ? "newcomer-first-view" : "newcomer-first-view-dark");
  }
});

test("on a phone the document and the output come first, the export actions are a menu", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems", { timeout: 30_000 });
  const bar = page.getByRole("region", { name: "Export" });
  await expect(bar.getByRole("button", { name: "Download Butane" })).toBeHidden();
  const menu = bar.getByRole("button", { name: "Export" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // the document starts on the first screen, and nothing is wider than the phone
  const doc = await box(page.getByRole("region", { name: "Butane document" }));
  expect(doc.y).toBeLessThan(844 * 0.6);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "newcomer-phone");
  await menu.click();
  await expect(bar.getByRole("button", { name: "Download Butane" })).toBeVisible();
  await expect(bar.getByRole("button", { name: "Copy share link" })).toBeVisible();
  await shot(page, "newcomer-phone-export-menu");
  await menu.click();
  await expect(bar.getByRole("button", { name: "Download Butane" })).toBeHidden();
});

test("a banner never covers the header's controls", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems", { timeout: 30_000 });
  // work of one's own, then a shared link: the page asks in a banner
  await page.getByRole("button", { name: "New", exact: true }).click();
  const link = encodeShareLink({ text: "variant: flatcar\nversion: 1.1.0\n# shared\n", files: {} }, page.url().replace(/#.*$/, ""));
  await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf("#")));
  const banner = page.getByRole("alertdialog", { name: "Open shared config" });
  await expect(banner).toBeVisible();
  const controls = page.locator(".topbar").locator("button, select, label.button");
  for (const c of await controls.all()) {
    if (!(await c.isVisible())) continue;
    expect(overlaps(await box(banner), await box(c)), `banner over ${await c.innerText()}`).toBe(false);
  }
  // and the header's controls still take clicks
  await page.getByRole("button", { name: "Shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
});
