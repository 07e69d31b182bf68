// Starting: New (a blank document for the chosen spec, one Undo away from the old one), the
// first visit's line, and the document readable before the editor and the engine are ready.
import { expect, test } from "@playwright/test";
import { codeEditor, openDesigner, visibleText } from "./helpers";
import { savedText } from "./seed";

test("New starts a blank document for the chosen spec, and one Undo brings the old one back", async ({ page }) => {
  await openDesigner(page);
  const before = await visibleText(page, "code");
  expect(before).toContain("hello.service");
  await page.getByLabel("Spec").selectOption("fcos@1.5.0");
  await expect.poll(() => visibleText(page, "code")).toContain("variant: fcos");
  await expect.poll(() => savedText(page)).toContain("variant: fcos");
  const old = await savedText(page);
  const newButton = page.getByRole("button", { name: "New", exact: true });
  // next to Open
  const [nb, ob] = [await newButton.boundingBox(), await page.locator("label.button", { hasText: "Open" }).boundingBox()];
  expect(Math.abs(nb!.y - ob!.y)).toBeLessThan(4);
  await newButton.click();
  await expect.poll(() => savedText(page)).toBe("variant: fcos\nversion: 1.5.0\n");
  await expect.poll(() => visibleText(page, "code")).not.toContain("hello.service");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("hello.service");
  await expect.poll(() => visibleText(page, "code")).toContain("variant: fcos");
  await expect.poll(() => savedText(page)).toBe(old);
});

test("the first visit says in one line what the page is and where to start, until dismissed", async ({ page }) => {
  await page.goto("/");
  const welcome = page.getByRole("complementary", { name: "Welcome" });
  await expect(welcome).toBeVisible({ timeout: 30_000 });
  await expect(welcome).toContainText("Butane");
  await expect(welcome).toContainText("Ignition");
  await expect(welcome).toContainText("Template");
  await expect(welcome).toContainText("New");
  // one line at the laptop size
  expect((await welcome.boundingBox())!.height).toBeLessThan(50);
  // a Templates button in the header, when there is one, is what the line's Template opens
  const templates = page.locator(".topbar").getByRole("button", { name: "Templates", exact: true });
  if ((await templates.count()) > 0) await expect(welcome.getByRole("button", { name: "Template" })).toBeVisible();
  await welcome.getByRole("button", { name: "Got it" }).click();
  await expect(welcome).toBeHidden();
  await page.reload();
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems", { timeout: 30_000 });
  await expect(welcome).toHaveCount(0);
});

test("the document is readable before the editor has loaded; the panes say they are working", async ({ page }) => {
  // hold back the big editor chunk and the engine worker for a moment
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.context().route(/\/_next\/static\/.*\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length > 1_000_000 || /kindling-engine/.test(route.request().url())) await held;
      await route.fulfill({ response, body });
    } catch {
      // the page closed while a chunk was on its way: nothing left to answer
    }
  });
  await page.goto("/");
  await page.getByRole("tab", { name: "Code" }).click();
  const plain = page.getByTestId("plain-text");
  await expect(plain).toBeVisible({ timeout: 30_000 });
  await expect(plain).toContainText("variant: flatcar");
  await expect(plain).toContainText("ExecStart=/usr/bin/echo Hello from Kindling");
  await expect(page.getByRole("region", { name: "Problems" })).not.toContainText("No problems");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("Checking the document");
  release();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
  await expect(plain).toHaveCount(0);
  await expect(codeEditor(page)).toContainText("variant: flatcar");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
  await page.context().unrouteAll({ behavior: "ignoreErrors" });
});
