// Screenshots of the designer in light and dark (laptop and projector sizes), saved to
// test-results/screenshots/ (tests/screenshots/ with `npm run screenshots`) for review.
import { expect, test } from "@playwright/test";
import { expectOutputToContain, openDesigner, setCode } from "./helpers";
import { shot } from "./shots";

const WITH_PROBLEM = `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0example0key0replace0me me@laptop
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: kindling-demo
    - path: /etc/motd
      contents:
        inline: Welcome to Flatcar
systemd:
  units:
    - name: hello.service
      enabled: true
      contents: |
        [Unit]
        Description=Say hello
        [Service]
        Type=oneshot
        ExecStart=/usr/bin/echo Hello
        [Install]
        WantedBy=multi-user.target
`;

for (const scheme of ["light", "dark"] as const) {
  test(`screenshot in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDesigner(page);
    await setCode(page, WITH_PROBLEM);
    await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
    await expectOutputToContain(page, '"sshAuthorizedKeys"');
    await page.waitForTimeout(300);
    await page.mouse.move(0, 0);
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    await shot(page, `designer-${scheme}`);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(300);
    await shot(page, `designer-${scheme}-1024`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("tab", { name: "Form" }).click();
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    await page.waitForTimeout(300);
    await shot(page, `form-${scheme}`);
    await page.getByRole("button", { name: "Where it goes" }).click();
    await expect(page.getByRole("dialog", { name: "Where it goes" })).toBeVisible();
    await shot(page, `export-${scheme}`);
  });
}

test("screenshot with problems", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, WITH_PROBLEM);
  await expectOutputToContain(page, '"sshAuthorizedKeys"');
  await setCode(page, WITH_PROBLEM.replace("- path: /etc/motd", "- path: etc/motd").replace("mode: 0644", "mode: 0644\n      bogus_key: 1"));
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("path not absolute");
  await shot(page, "designer-problems");
});
