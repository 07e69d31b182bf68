// Add SSH keys in the Form view: per-key messages, .pub files, and private keys refused.
import { expect, test, type Page } from "@playwright/test";
import { generateKeyPairSync } from "node:crypto";
import { shotThreeWays } from "./shots";
import { openSeeded, savedText, SAVE_KEY } from "./seed";

const DOC = "variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n";

function ed25519Line(comment: string): string {
  const pub = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  const t = Buffer.from("ssh-ed25519");
  return `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, t.length]), t, Buffer.from([0, 0, 0, 32]), pub]).toString("base64")} ${comment}`;
}
const PRIVATE = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();

async function open(page: Page) {
  await openSeeded(page, DOC);
  await page.getByRole("tab", { name: "Form" }).click();
  await page.getByRole("button", { name: "Add SSH keys…" }).click({ timeout: 30_000 });
  return page.getByRole("dialog", { name: "Add SSH keys" });
}
const saved = savedText;

test("pasted and file keys are checked one by one; good ones are added", async ({ page }) => {
  const dialog = await open(page);
  const good = ed25519Line("alice@laptop");
  const lied = good.replace("ssh-ed25519", "ssh-rsa").replace("alice", "bob");
  await dialog.getByLabel(/Public keys/).fill(`${good}\n${lied}`);
  const list = dialog.getByRole("list", { name: "Key checks" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").nth(0)).toContainText("ssh-ed25519 alice@laptop — OK");
  await expect(list.getByRole("listitem").nth(1)).toContainText("says ssh-rsa but the key inside is ssh-ed25519");
  const fileKey = ed25519Line("carol@desk");
  await dialog.locator('input[type="file"]').setInputFiles({ name: "id_ed25519.pub", mimeType: "text/plain", buffer: Buffer.from(fileKey + "\n") });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await shotThreeWays(page, "helpers-ssh-keys", dialog);
  await dialog.getByRole("button", { name: "Add 2 keys" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => saved(page)).toContain("alice@laptop");
  const text = await saved(page);
  expect(text).toContain("carol@desk");
  expect(text).not.toContain("bob@laptop");
});

test("a private key is refused and kept nowhere", async ({ page }) => {
  const dialog = await open(page);
  await dialog.getByLabel(/Public keys/).fill(PRIVATE);
  await expect(dialog.getByRole("alert")).toContainText("private key");
  await expect(dialog.getByLabel(/Public keys/)).toHaveValue("");
  await dialog.locator('input[type="file"]').setInputFiles({ name: "id_ed25519", mimeType: "text/plain", buffer: Buffer.from(PRIVATE) });
  await expect(dialog.getByLabel(/Public keys/)).toHaveValue("");
  await expect(dialog.getByRole("button", { name: /^Add/ })).toBeDisabled();
  const body = PRIVATE.split("\n")[1];
  expect(await saved(page)).not.toContain(body);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain("PRIVATE KEY");
});
