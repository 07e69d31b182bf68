// Set password in the Form view: asks twice, hashes in a Web Worker, writes only the hash.
// The hash is checked with Kindling's verifier (itself tested against mkpasswd's hashes).
import { expect, test, type Page } from "@playwright/test";
import { verifyPassword } from "../../lib/passwd";
import { shot } from "./shots";
import { openSeeded, savedText, SAVE_KEY } from "./seed";

const DOC = "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n";
const PASSWORD = "Wörkshop-2026 ✓";

async function open(page: Page) {
  await openSeeded(page, DOC);
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("button", { name: "Set password…" })).toBeVisible({ timeout: 30_000 });
}
const saved = savedText;

for (const method of ["yescrypt", "SHA-512 crypt"] as const) {
  test(`Set password writes a ${method} hash and never the password`, async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Set password…" }).click();
    const dialog = page.getByRole("dialog", { name: "Set password" });
    await dialog.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await dialog.getByLabel("Password again").fill(PASSWORD + "x");
    await expect(dialog.getByText("The two passwords differ.")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Hash and set" })).toBeDisabled();
    await dialog.getByLabel("Password again").fill(PASSWORD);
    await dialog.getByRole("radio", { name: new RegExp(`^${method}`) }).check();
    await dialog.getByRole("button", { name: "Hash and set" }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    const hashIn = async () => /password_hash: (\S+)/.exec(await saved(page))?.[1] ?? "";
    await expect.poll(hashIn, { timeout: 10_000 }).toMatch(method === "yescrypt" ? /^\$y\$j9T\$/ : /^\$6\$/);
    const hash = await hashIn();
    expect(verifyPassword(PASSWORD, hash)).toBe(true);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
    expect(storage).not.toContain("Wörkshop");
    await expect(page.getByRole("textbox", { name: "Password hash" })).toHaveValue(hash);
  });
}

test("Set password dialog screenshots (desktop, phone, dark)", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Set password…" }).click();
  const dialog = page.getByRole("dialog", { name: "Set password" });
  await dialog.getByLabel("Password", { exact: true }).fill("abc");
  await dialog.getByLabel("Password again").fill("abd");
  await dialog.scrollIntoViewIfNeeded();
  await shot(page, "helpers-set-password-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await dialog.scrollIntoViewIfNeeded();
  await shot(page, "helpers-set-password-phone");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog.scrollIntoViewIfNeeded();
  await shot(page, "helpers-set-password-dark");
});
