// The static classroom build (run by playwright.export.config.ts against out/ on a plain file
// server): the engine and share links work as under `next start`, and no request leaves the
// page's origin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectOutputToContain, SIMPLE, visibleText } from "./helpers";

test.skip(process.env.KINDLING_E2E_EXPORT !== "1", "runs against the static export only");

test("a share link opens in the static build, the engine transpiles it, nothing leaves the origin", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol !== "data:" && u.protocol !== "blob:" && u.origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  const dir = mkdtempSync(join(tmpdir(), "kindling-export-"));
  writeFileSync(join(dir, "config.bu"), SIMPLE);
  const link = execFileSync(process.execPath, ["bin/kindling.mjs", "share", "--base", `${baseURL}/`, join(dir, "config.bu")], { encoding: "utf8" }).trim();
  await page.goto(link);
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => visibleText(page, "code")).toContain("e2e-host");
  await expectOutputToContain(page, '"path": "/etc/hostname"');
  expect(foreign).toEqual([]);
});
