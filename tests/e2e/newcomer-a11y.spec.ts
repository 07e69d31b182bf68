// Accessibility of the designer as a newcomer meets it: axe-core finds no serious or critical
// violation in the Form and the Code view, in light and in dark, and the page has one h1.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { codeEditor } from "./helpers";

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
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const described = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(0, 3).join(" ")}`).join("\n  ")}`);
      expect(described, described.join("\n")).toEqual([]);
      await expect(page.locator("h1")).toHaveCount(1);
    });
  }
}
