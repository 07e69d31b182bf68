// Screenshots for review. A normal test run writes them under test-results/screenshots/
// (ignored by git); `npm run screenshots` (UPDATE_SCREENSHOTS=1) refreshes the reviewed copies
// in tests/screenshots/.
import type { Page } from "@playwright/test";

export const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS === "1" ? "tests/screenshots" : "test-results/screenshots";

/** Saves a screenshot of the page (or what `options` asks for) as `<name>.png`. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, ...options });
  return path;
}

/**
 * The three looks every new view is reviewed in: `<name>-desktop` as the page is, `<name>-phone`
 * at 390 px wide (with `focus` scrolled into view), then `<name>-dark` at that width in dark mode.
 */
export async function shotThreeWays(page: Page, name: string, focus?: { scrollIntoViewIfNeeded(): Promise<void> }): Promise<void> {
  await shot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 390, height: 844 });
  await focus?.scrollIntoViewIfNeeded();
  await shot(page, `${name}-phone`);
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, `${name}-dark`);
}
