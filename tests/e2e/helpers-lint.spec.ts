// Kindling's checks in the designer: findings in Problems marked as Kindling's, silenced per
// document by a comment the page writes into the text.
import { expect, test } from "@playwright/test";
import { shotThreeWays } from "./shots";
import { openSeeded, savedText, SAVE_KEY } from "./seed";

const DOC = "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /usr/local/bin/hello\n      mode: 0755\n      contents:\n        inline: echo hi\n";

test("a file under /usr shows as Kindling's problem and can be silenced", async ({ page }) => {
  await openSeeded(page, DOC);
  const problems = page.getByRole("region", { name: "Problems" });
  const row = problems.getByRole("button", { name: /read-only on Flatcar/ });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("Kindling");
  await expect(row).toContainText("$.storage.files.0.path");
  await shotThreeWays(page, "helpers-lint-problems", row);
  await problems.getByRole("button", { name: "Silence usr-path" }).click();
  await expect(problems.getByText("No problems.")).toBeVisible();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", SAVE_KEY)).toContain("# kindling-disable: usr-path");
});
