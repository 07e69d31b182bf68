// The static classroom build (run by playwright.export.config.ts against out/ on a plain file
// server): the engine and share links work as under `next start`, and no request leaves the
// page's origin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectOutputToContain, savedText, setCode, SIMPLE, visibleText } from "./helpers";

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

test("the static build serves the JSON Schemas, and Add schema line points at one that loads", async ({ page, baseURL }) => {
  const r = await page.request.get(`${baseURL}/schemas/fcos-1.6.0.json`);
  expect(r.status()).toBe(200);
  const schema = await r.json();
  expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  expect(schema.properties.variant.const).toBe("fcos");
  expect(schema.properties.version.const).toBe("1.6.0");

  await page.goto("/");
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
  await setCode(page, SIMPLE);
  await page.getByRole("button", { name: "Add schema line" }).click();
  await expect.poll(async () => (await savedText(page))?.split("\n")[0]).toBe(`# yaml-language-server: $schema=${baseURL}/schemas/flatcar-1.1.0.json`);
  const fromLine = await page.request.get(`${baseURL}/schemas/flatcar-1.1.0.json`);
  expect(fromLine.status()).toBe(200);
  expect((await fromLine.json()).properties.version.const).toBe("1.1.0");
});
