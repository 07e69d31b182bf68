// Saved work that cannot be read, a save the browser refuses, and two tabs on the same work.
import { expect, test, type Page } from "@playwright/test";
import { openDesigner, setCode, visibleText } from "./helpers";
import { shot } from "./shots";

const KEY = "kindling.document.v1";
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test("damaged saved work: default document, a notice, the data kept and downloadable", async ({ page }) => {
  const damaged = '{"text": 42, "from": "Kindling 9"}';
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, damaged],
  );
  await openDesigner(page);
  const notice = page.getByRole("alert", { name: "Saved work unreadable" });
  await expect(notice).toContainText("could not be read");
  await expect(notice).toContainText("text");
  expect(await visibleText(page, "code")).toContain("variant: flatcar");
  // editing does not overwrite the unreadable data
  await setCode(page, "variant: flatcar\nversion: 1.1.0\n# new work\n");
  await page.waitForTimeout(700); // longer than autosave's pause: a save would have happened
  expect(await stored(page)).toBe(damaged);
  for (const [name, opts] of [
    ["hardening-saved-work-unreadable", {}],
    ["hardening-saved-work-unreadable-phone", { width: 390, height: 844 }],
  ] as const) {
    if ("width" in opts) await page.setViewportSize(opts);
    await shot(page, name);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "hardening-saved-work-unreadable-dark");
  await page.setViewportSize({ width: 1440, height: 900 });

  const [file] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download the saved data" }).click()]);
  expect(file.suggestedFilename()).toBe("kindling-saved-work.json");
  const path = await file.path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(path, "utf8")).toBe(damaged);

  await notice.getByRole("button", { name: "Discard it and save from now on" }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain("# new work");
});

test("a save the browser refuses says so at once and offers a download", async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (v.length > 100_000) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return real.call(this, k, v);
    };
  });
  await openDesigner(page);
  await setCode(page, `variant: flatcar\nversion: 1.1.0\n# ${"x".repeat(150_000)}\n# end\n`);
  const notice = page.getByRole("alert", { name: "Work not saved" });
  await expect(notice).toContainText("could not be saved");
  await shot(page, "hardening-save-refused");
  const [file] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download zip" }).click()]);
  expect(file.suggestedFilename()).toBe("config.zip");
  await setCode(page, "variant: flatcar\nversion: 1.1.0\n# small again\n");
  await expect(notice).toHaveCount(0);
});

test("two tabs: both are told; a tab another one saved over stops saving until told", async ({ context }) => {
  const a = await context.newPage();
  await openDesigner(a);
  await setCode(a, "variant: flatcar\nversion: 1.1.0\n# from tab A\n");
  await expect.poll(() => stored(a)).toContain("from tab A");

  const b = await context.newPage();
  await openDesigner(b);
  await expect(a.getByRole("status", { name: "Open in another tab" })).toBeVisible();
  await expect(b.getByRole("status", { name: "Open in another tab" })).toBeVisible();
  await shot(b, "hardening-two-tabs-open");

  await setCode(b, "variant: flatcar\nversion: 1.1.0\n# from tab B\n");
  await expect.poll(() => stored(b)).toContain("from tab B");
  const warn = a.getByRole("alert", { name: "Another tab saved" });
  await expect(warn).toBeVisible();
  await shot(a, "hardening-two-tabs-overtaken");

  // A keeps its text but no longer saves over B's
  await setCode(a, "variant: flatcar\nversion: 1.1.0\n# A again\n");
  await a.waitForTimeout(700);
  expect(await stored(a)).toContain("from tab B");

  // taking over saves A's work; now B is the one told
  await warn.getByRole("button", { name: "Keep this tab's work" }).click();
  await expect.poll(() => stored(a)).toContain("A again");
  await expect(b.getByRole("alert", { name: "Another tab saved" })).toBeVisible();
  await b.getByRole("alert", { name: "Another tab saved" }).getByRole("button", { name: "Reload with the other tab's work" }).click();
  await b.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(b, "code"), { timeout: 30_000 }).toContain("A again");
});
