// Opening an Ignition config and a cloud-config: the designer converts them to Butane, says
// what was converted and what was not, and the result is edited in the Form view.
import { expect, test, type Page } from "@playwright/test";
import { expectOutputToContain, savedText, visibleText } from "./helpers";
import { shot } from "./shots";

const IGNITION = JSON.stringify({
  ignition: { version: "3.4.0" },
  passwd: { users: [{ name: "core", sshAuthorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIimported core@laptop"] }] },
  storage: {
    files: [
      { path: "/etc/hostname", mode: 420, contents: { source: "data:,imported-node%0A" } },
      { path: "/opt/blob.bin", contents: { source: "data:;base64,AAEC/w==" } },
    ],
  },
});

const CLOUD_CONFIG = `#cloud-config
hostname: cc-node
ssh_authorized_keys:
  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIcloud core@laptop
packages:
  - htop
coreos:
  units:
    - name: hello.service
      command: start
      content: |
        [Service]
        Type=oneshot
        ExecStart=/usr/bin/echo hello
        [Install]
        WantedBy=multi-user.target
`;

async function openForm(page: Page) {
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
}

const item = (page: Page, legend: string) => page.getByRole("group", { name: new RegExp(`^${legend}\\b`) });

test("Open converts an Ignition config; the Form view edits the result", async ({ page }) => {
  // tall enough that the edited file's entry in the output pane is on screen
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.goto("/");
  await openForm(page);
  await page.getByLabel("Open").setInputFiles({ name: "node.ign", mimeType: "application/json", buffer: Buffer.from(IGNITION) });
  const notice = page.getByRole("status", { name: "Import notice" });
  await expect(notice).toContainText("Converted node.ign (Ignition config) to Butane for flatcar 1.1.0");
  await expect(notice).toContainText("data URLs decoded to inline text");
  await expect(notice).toContainText("attached files");
  await expect(item(page, "File 1").getByLabel("Path")).toHaveValue("/etc/hostname");
  await expect(item(page, "File 1").getByLabel("Mode")).toHaveValue("0644");
  await expect(item(page, "File 1").getByLabel("Contents", { exact: true })).toHaveValue("imported-node\n");
  await expect(page.locator("summary", { hasText: "Attached files" }).locator(".count")).toHaveText("1");
  await shot(page, "import-ignition-notice");
  await item(page, "File 1").getByLabel("Contents", { exact: true }).fill("edited-after-import\n");
  await expectOutputToContain(page, "edited-after-import");
  await expect.poll(() => savedText(page)).toContain("local: contents");
  await page.getByRole("button", { name: "Dismiss import notice" }).click();
  await expect(notice).toHaveCount(0);
});

test("dropping a cloud-config converts it, names what was not converted, and the form edits it", async ({ page }) => {
  await page.goto("/");
  await openForm(page);
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], "user-data", { type: "text/plain" }));
    return dt;
  }, CLOUD_CONFIG);
  await page.locator(".designer").dispatchEvent("drop", { dataTransfer });
  const notice = page.getByRole("status", { name: "Import notice" });
  await expect(notice).toContainText("Converted user-data (cloud-config) to Butane for flatcar 1.1.0");
  await expect(notice.getByRole("list", { name: "Not converted" })).toContainText("packages (line 5): no Flatcar equivalent");
  await expect(item(page, "User 1").getByLabel("Name", { exact: true })).toHaveValue("core");
  await expect(item(page, "Unit 1").getByLabel("Name", { exact: true })).toHaveValue("hello.service");
  await expect(item(page, "Unit 1").getByLabel("Enabled")).toHaveValue("true");
  await item(page, "Unit 1").getByLabel("Name", { exact: true }).fill("greeting.service");
  await expect.poll(() => savedText(page)).toContain("- name: greeting.service");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
  await shot(page, "import-cloud-config-notice");
  await page.setViewportSize({ width: 390, height: 844 });
  await notice.scrollIntoViewIfNeeded();
  await shot(page, "import-notice-phone");
});

test("Open a cloud-config in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await page.getByLabel("Open").setInputFiles({ name: "cloud-config.yaml", mimeType: "text/yaml", buffer: Buffer.from(CLOUD_CONFIG) });
  await expect(page.getByRole("status", { name: "Import notice" })).toContainText("packages (line 5)");
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("Converted from a cloud-config");
  await shot(page, "import-notice-dark");
});

test("the schemas are served as static files", async ({ request }) => {
  const r = await request.get("/schemas/flatcar-1.1.0.json");
  expect(r.status()).toBe(200);
  const s = await r.json();
  expect(s.$schema).toBe("http://json-schema.org/draft-07/schema#");
  expect(s.properties.version.const).toBe("1.1.0");
});
