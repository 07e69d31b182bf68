// Accessibility of the designer as a newcomer meets it: axe-core finds no serious or critical
// violation in the Form and the Code view, in light and in dark, nor with the dialogs a newcomer
// opens first (Templates, Keyboard shortcuts, Where it goes); the page has one h1.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { codeEditor } from "./helpers";

async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const described = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(0, 3).join(" ")}`).join("\n  ")}`);
  expect(described, described.join("\n")).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  for (const view of ["Form", "Code"] as const) {
    test(`no serious or critical axe violations: ${view} view, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await page.getByRole("tab", { name: view }).click();
      if (view === "Form") await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
      else await expect(codeEditor(page)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
      await expect(page.getByRole("region", { name: "Ignition" }).locator(".monaco-editor")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      await expectNoSeriousViolations(page);
      await expect(page.locator("h1")).toHaveCount(1);
    });
  }

  test(`no serious or critical axe violations with the dialogs open, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems", { timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);

    await page.getByRole("button", { name: "Shortcuts" }).click();
    const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(shortcuts).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press("Escape");
    await expect(shortcuts).toBeHidden();

    await page.getByRole("button", { name: "Templates", exact: true }).click();
    const templates = page.getByRole("dialog", { name: "Templates" });
    await expect(templates).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press("Escape");
    await expect(templates).toBeHidden();

    await page.getByRole("button", { name: "Where it goes" }).click();
    const targets = page.getByRole("dialog", { name: "Where it goes" });
    await expect(targets).toBeVisible();
    await expectNoSeriousViolations(page);
    // plain words, no Markdown left in them
    expect(await targets.innerText()).not.toContain("`");
  });
}
