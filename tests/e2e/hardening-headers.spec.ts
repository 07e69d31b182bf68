// The strict page: the server's security headers, and no policy violation while the page is used.
import { expect, test } from "@playwright/test";
import { openDesigner, setCode, SIMPLE, expectOutputToContain } from "./helpers";

test("npm start sends a strict Content-Security-Policy and the other security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  const csp = h["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/https?:|\*/); // no other host anywhere in the policy
  expect(csp).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["x-frame-options"]).toBe("DENY");
});

test("using the page reports no policy violation", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  await openDesigner(page);
  await setCode(page, SIMPLE);
  await expectOutputToContain(page, "e2e-host");
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Download Butane" }).click();
  await page.reload();
  await expect(page.locator("body")).toBeVisible();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
  expect(refused).toEqual([]);
});
