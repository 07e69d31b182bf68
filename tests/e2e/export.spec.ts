// Getting configs out: downloads, data URLs, base64, share links (with an attached binary
// file, damaged links, links that would replace the user's work) and the targets panel.
import { expect, test, type Download, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { openDesigner, setCode, visibleText } from "./helpers";

const WITH_BINARY = `variant: flatcar
version: 1.1.0
# a comment that must survive the trip
storage:
  files:
    - path: /opt/bin/tool
      mode: 0755
      contents:
        local: tool.bin
    - path: /etc/motd
      contents:
        inline: Hello from a shared link
`;
const BINARY = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 131 + 7) % 256));

async function attachBinary(page: Page) {
  await page.locator("summary", { hasText: "Attached files" }).first().click();
  await page.locator('input[type="file"][multiple]').setInputFiles({ name: "tool.bin", mimeType: "application/octet-stream", buffer: BINARY });
  await expect(page.getByText("tool.bin").first()).toBeVisible();
}

async function waitForOutput(page: Page, fragment: string) {
  await expect.poll(() => visibleText(page, "output"), { timeout: 20_000 }).toContain(fragment);
  await expect(page.getByRole("region", { name: "Ignition" })).toHaveAttribute("data-stale", "false");
}

/** The export bar, always in view under the header. */
async function openExport(page: Page) {
  const bar = page.getByRole("region", { name: "Export" });
  await expect(bar).toBeVisible();
  return bar;
}

async function openTargets(page: Page) {
  await page.getByRole("button", { name: "Where it goes" }).click();
  return page.getByRole("dialog", { name: "Where it goes" });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const wait = page.waitForEvent("download");
  await click();
  const d: Download = await wait;
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

function decodeDataUrl(url: string): Buffer {
  const comma = url.indexOf(",");
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  if (meta.endsWith(";base64")) return Buffer.from(data, "base64");
  return Buffer.from(decodeURIComponent(data), "utf8");
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a share link carries the config and an attached binary file into a fresh browser", async ({ page, browser, baseURL }) => {
  await openDesigner(page);
  await setCode(page, WITH_BINARY);
  await attachBinary(page);
  await waitForOutput(page, "/opt/bin/tool");
  const panel = await openExport(page);
  const original = await downloaded(page, () => panel.getByRole("button", { name: "Download Ignition" }).click());
  expect(original.name).toBe("config.ign");

  await panel.getByRole("button", { name: "Copy share link" }).click();
  const linkField = panel.getByRole("textbox", { name: /Share link/ });
  const link = await linkField.inputValue();
  expect(link.startsWith(`${baseURL}/#v1.`)).toBe(true);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const fresh = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator("#panel-code .monaco-editor, .tab-panel").first()).toBeAttached();
  await other.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(other, "code")).toContain("a comment that must survive the trip");
  await waitForOutput(other, "/opt/bin/tool");
  const otherPanel = await openExport(other);
  const reopened = await downloaded(other, () => otherPanel.getByRole("button", { name: "Download Ignition" }).click());
  expect(reopened.bytes.equals(original.bytes)).toBe(true);
  // the address no longer carries the link, so a reload keeps later edits
  expect(new URL(other.url()).hash).toBe("");
  await fresh.close();
});

test("a copied data URL and base64 decode to the downloaded .ign byte for byte", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, WITH_BINARY.replace("local: tool.bin", "inline: 'tool <&> \"quoted\" é'"));
  await waitForOutput(page, "/opt/bin/tool");
  const panel = await openExport(page);
  for (const format of ["compact", "pretty"]) {
    await panel.getByLabel("Ignition format").selectOption(format);
    const ign = await downloaded(page, () => panel.getByRole("button", { name: "Download Ignition" }).click());
    for (const form of ["shortest", "base64"]) {
      await panel.getByLabel("Data URL form").selectOption(form);
      await panel.getByRole("button", { name: "Copy data URL" }).click();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url.startsWith("data:")).toBe(true);
      if (form === "base64") expect(url.startsWith("data:;base64,")).toBe(true);
      expect(decodeDataUrl(url).equals(ign.bytes)).toBe(true);
      await expect(panel.getByTestId("size-data-url")).toHaveText(`${url.length.toLocaleString("en")} B`);
    }
    await panel.getByRole("button", { name: "Copy base64", exact: true }).click();
    const b64 = await page.evaluate(() => navigator.clipboard.readText());
    expect(Buffer.from(b64, "base64").equals(ign.bytes)).toBe(true);
    await expect(panel.getByTestId("size-base64")).toHaveText(`${b64.length.toLocaleString("en")} B`);
    await expect(panel.getByTestId("size-ignition")).toHaveText(`${ign.bytes.length.toLocaleString("en")} B`);
    await panel.getByRole("button", { name: "Copy Ignition", exact: true }).click();
    expect(Buffer.from(await page.evaluate(() => navigator.clipboard.readText())).equals(ign.bytes)).toBe(true);
  }
  const bu = await downloaded(page, () => panel.getByRole("button", { name: "Download Butane" }).click());
  expect(bu.name).toBe("config.bu");
  expect(bu.bytes.toString("utf8")).toContain("a comment that must survive the trip");
  const zip = await downloaded(page, () => panel.getByRole("button", { name: "Download zip" }).click());
  expect(zip.name).toBe("config.zip");
  expect(zip.bytes.subarray(0, 2).toString()).toBe("PK");
});

test("a damaged or future link explains itself and leaves the autosaved work alone", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, WITH_BINARY.replace("# a comment", "# my precious work").replace("local: tool.bin", "inline: tool"));
  await waitForOutput(page, "/opt/bin/tool");
  await page.waitForTimeout(600); // autosave settles

  const panel = await openExport(page);
  await panel.getByRole("button", { name: "Copy share link" }).click();
  const link = await panel.getByRole("textbox", { name: /Share link/ }).inputValue();
  const damaged = link.slice(0, link.length - 12);
  await page.goto(damaged);
  const alert = page.getByRole("alert").filter({ hasText: "damaged or incomplete" });
  await expect(alert).toBeVisible();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("my precious work");

  await page.goto("/#v9.AAAA");
  await expect(page.getByRole("alert").filter({ hasText: "newer Kindling" })).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("my precious work");
});

test("a good link asks before it replaces the user's work", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, "variant: flatcar\nversion: 1.1.0\n# shared version\n");
  const panel = await openExport(page);
  await panel.getByRole("button", { name: "Copy share link" }).click();
  const link = await panel.getByRole("textbox", { name: /Share link/ }).inputValue();
  await setCode(page, "variant: flatcar\nversion: 1.1.0\n# my own version\n");
  await page.waitForTimeout(600);
  await page.goto(link);
  const ask = page.getByRole("alertdialog", { name: "Open shared config" });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Keep my work" }).click();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("my own version");
  await page.goto(link);
  await page.getByRole("alertdialog", { name: "Open shared config" }).getByRole("button", { name: "Open shared config" }).click();
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("shared version");
  // opening the link was one step: one Undo brings the user's work back
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("my own version");
});

test("secrets are flagged before sharing and can be left out", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n      password_hash: $6$rounds=4096$salt$hash\n");
  const panel = await openExport(page);
  await panel.getByRole("button", { name: "Copy share link" }).click();
  await expect(panel.getByRole("alert")).toContainText("password hash");
  await panel.getByRole("button", { name: "Copy without secrets" }).click();
  const link = await panel.getByRole("textbox", { name: /Share link/ }).inputValue();
  const ctx = await page.context().browser()!.newContext();
  const other = await ctx.newPage();
  await other.goto(link);
  await other.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(other, "code")).toContain("name: core");
  expect(await visibleText(other, "code")).not.toContain("password_hash");
  await ctx.close();
});

test("the targets panel shows size against the limit and offers a way out", async ({ page }) => {
  await openDesigner(page);
  // Text that does not compress (a small PRNG), so the output really is large: about 58 KB.
  let state = 42;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const line = () => Array.from({ length: 76 }, () => alphabet[Math.floor(rand() * 62)]).join("");
  const big = Array.from({ length: 750 }, () => `          ${line()}`).join("\n");
  await setCode(page, `variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /etc/big\n      contents:\n        inline: |\n${big}\n`);
  await waitForOutput(page, "/etc/big");
  await openExport(page);
  const panel = await openTargets(page);
  await panel.getByLabel("Target").selectOption("aws");
  await expect(panel.getByRole("alert")).toContainText("too large for AWS EC2");
  await panel.getByRole("button", { name: "Make stub config" }).click();
  await expect(panel.getByLabel("Stub config")).toContainText('"replace"');
  await expect(panel.getByLabel("Stub config")).toContainText("sha512-");
  await panel.getByLabel("Target").selectOption("vmware");
  // over the limit as base64, within it as gzip+base64
  await expect(panel.getByRole("alert")).toContainText("also accepts gzip+base64");
  await expect(panel.getByRole("button", { name: "Copy gzip+base64" })).toBeVisible();
  await panel.getByLabel("Target").selectOption("qemu");
  await expect(panel.getByLabel("Snippet")).toContainText("opt/org.flatcar-linux/config");
});

test("every way out is in view and named", async ({ page }) => {
  await openDesigner(page);
  for (const name of ["Download Butane", "Download Ignition", "Download zip", "Copy Ignition", "Copy data URL", "Copy base64", "Copy share link"]) {
    await expect(page.getByRole("button", { name })).toBeVisible();
  }
});
