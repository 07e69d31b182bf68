// Flatcar settings in the Form view, clicked through: each card writes its files or units into
// the document (comments elsewhere kept), reads back what the document holds, refuses invalid
// values with a message, and the result has no problem at all; Fix buttons in Problems.
import { expect, test, type Page } from "@playwright/test";
import { transpile } from "../../lib";
import { lintButane } from "../../lib/lint";
import { shot } from "./shots";
import { openSeeded, savedText } from "./seed";

const START = "# our web node\nvariant: flatcar\nversion: 1.1.0\n";

async function openForm(page: Page, text: string) {
  await openSeeded(page, text);
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("heading", { name: "Flatcar settings" })).toBeVisible({ timeout: 30_000 });
}

const card = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

async function expectSaved(page: Page, re: RegExp) {
  await expect.poll(() => savedText(page), { timeout: 10_000 }).toMatch(re);
}

test("every settings card writes its part of the document; no warning, no finding", async ({ page }) => {
  await openForm(page, START);
  await expect(page.locator(".settings-grid").getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".settings-grid").getByText("Not applied yet.")).toHaveCount(0);

  const host = card(page, "Hostname");
  await host.getByLabel("Hostname").fill("web_1");
  await expect(host.getByRole("alert")).toContainText("letters, digits and hyphens");
  await expect(host.getByRole("button", { name: "Apply" })).toBeDisabled();
  await host.getByLabel("Hostname").fill("web-1");
  await host.getByRole("button", { name: "Apply" }).click();
  await expectSaved(page, /- path: \/etc\/hostname\n(.*\n)*?\s+inline: web-1\n/);

  const tz = card(page, "Time zone");
  await tz.getByLabel("Time zone").fill("europe/berlin");
  await expect(tz.getByRole("alert")).toContainText("did you mean Europe/Berlin?");
  await tz.getByLabel("Time zone").fill("Europe/Berlin");
  await tz.getByRole("button", { name: "Apply" }).click();
  await expectSaved(page, /- path: \/etc\/localtime\n\s+target: \.\.\/usr\/share\/zoneinfo\/Europe\/Berlin\n/);

  const up = card(page, "Updates and reboots");
  await up.getByLabel("Update group").fill("beta");
  await up.getByLabel("Reboot strategy").selectOption("reboot");
  await up.getByLabel("Reboot window start").fill("Thu 04:00");
  await expect(up.getByRole("alert")).toContainText("both its start and its length");
  await up.getByLabel("Reboot window length").fill("1h");
  await up.getByRole("button", { name: "Apply" }).click();
  await expectSaved(page, /GROUP=beta\n\s+REBOOT_STRATEGY=reboot\n\s+LOCKSMITHD_REBOOT_WINDOW_START=Thu 04:00\n\s+LOCKSMITHD_REBOOT_WINDOW_LENGTH=1h\n/);

  const net = card(page, "Static network");
  await net.getByLabel("Addresses").fill("192.168.1.10/24\n2001:db8::10/64");
  await net.getByLabel("Gateway").fill("192.168.1.300");
  await expect(net.getByRole("alert")).toContainText('"192.168.1.300" is not an IPv4 or IPv6 address');
  await net.getByLabel("Gateway").fill("192.168.1.1");
  await net.getByLabel("DNS servers").fill("9.9.9.9");
  await net.getByRole("button", { name: "Add network" }).click();
  await expectSaved(page, /- path: \/etc\/systemd\/network\/00-eth0\.network\n(.*\n)*?\s+\[Match\]\n\s+Name=eth0\n\n\s+\[Network\]\n\s+Address=192\.168\.1\.10\/24\n\s+Address=2001:db8::10\/64\n\s+Gateway=192\.168\.1\.1\n\s+DNS=9\.9\.9\.9\n/);
  await expect(net.getByLabel("Network file")).toHaveValue("00-eth0.network");

  const swap = card(page, "Swap file");
  await swap.getByLabel("Swap size").fill("2G");
  await swap.getByRole("button", { name: "Add swap file" }).click();
  await expectSaved(page, /- name: var-vm-swapfile1\.swap\n\s+enabled: true\n/);
  await expectSaved(page, /ExecStart=fallocate -l 2G \/var\/vm\/swapfile1/);
  await expect(swap.getByRole("button", { name: "Remove" })).toBeVisible();

  const ext = card(page, "System extensions");
  await ext.getByLabel("Extension", { exact: true }).fill("wasmtime");
  await ext.getByLabel("Extension version").fill("24.0.0");
  await ext.getByRole("button", { name: "Add extension" }).click();
  await expectSaved(page, /- path: \/etc\/extensions\/wasmtime\.raw\n\s+target: \/opt\/extensions\/wasmtime\/wasmtime-24\.0\.0-x86-64\.raw\n/);
  await expectSaved(page, /systemd-sysupdate -C wasmtime update/);
  await expect(ext.getByRole("listitem")).toContainText("wasmtime 24.0.0 (x86-64) kept updated");

  const text = await savedText(page);
  expect(text.startsWith("# our web node\n")).toBe(true);
  const r = transpile(text);
  expect(r.error).toBeUndefined();
  expect(r.report).toEqual([]);
  expect(lintButane(text, { engineReport: r.report })).toEqual([]);
  await expect(page.getByRole("region", { name: "Problems" }).getByText("No problems.")).toBeVisible();

  await card(page, "Hostname").scrollIntoViewIfNeeded();
  await shot(page, "settings-desktop");
  await card(page, "System extensions").scrollIntoViewIfNeeded();
  await shot(page, "settings-network-swap-sysext-desktop");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "settings-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await card(page, "Updates and reboots").scrollIntoViewIfNeeded();
  await shot(page, "settings-phone");
});

test("the cards read and edit what the document already holds", async ({ page }) => {
  const text = `variant: flatcar
version: 1.1.0
storage:
  files:
    # the lab network
    - path: /etc/systemd/network/00-static.network
      mode: 0644
      contents:
        inline: |
          [Match]
          Name=eth0

          [Network]
          Address=192.168.122.50/24
          Gateway=192.168.122.1
          DNS=192.168.122.1
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: static-node
    - path: /etc/flatcar/update.conf
      overwrite: true
      contents:
        inline: |
          GROUP=stable
          # not during the day
          REBOOT_STRATEGY=off
`;
  await openForm(page, text);
  await expect(card(page, "Hostname").getByLabel("Hostname")).toHaveValue("static-node");
  const net = card(page, "Static network");
  await expect(net.getByLabel("Addresses")).toHaveValue("192.168.122.50/24");
  await expect(net.getByLabel("Interface")).toHaveValue("eth0");
  await net.getByLabel("Addresses").fill("192.168.122.60/24");
  await net.getByRole("button", { name: "Apply" }).click();
  await expectSaved(page, /# the lab network\n\s+- path: \/etc\/systemd\/network\/00-static\.network[\s\S]*Address=192\.168\.122\.60\/24\n\s+Gateway=192\.168\.122\.1\n/);
  const up = card(page, "Updates and reboots");
  await expect(up.getByLabel("Reboot strategy")).toHaveValue("off");
  await up.getByLabel("Update group").fill("beta");
  await up.getByRole("button", { name: "Apply" }).click();
  await expectSaved(page, /GROUP=beta\n\s+# not during the day\n\s+REBOOT_STRATEGY=off\n/);
  const saved = await savedText(page);
  expect(saved.match(/00-static\.network/g)?.length).toBe(1);
  expect(saved.match(/update\.conf/g)?.length).toBe(1);
  await card(page, "Hostname").getByRole("button", { name: "Remove" }).click();
  await expect.poll(() => savedText(page)).not.toContain("/etc/hostname");
  await page.keyboard.press("Control+z");
  await expect.poll(() => savedText(page)).toContain("inline: static-node");
});

test("Fix buttons in Problems: order after docker.service, rename a misspelt key", async ({ page }) => {
  const doc = `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_key:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0example0key0replace0me me@laptop
systemd:
  units:
    - name: web.service
      enabled: true
      contents: |
        [Unit]
        Description=web
        [Service]
        ExecStart=/usr/bin/docker run --rm --name web -p 80:80 nginx
        [Install]
        WantedBy=multi-user.target
`;
  await openSeeded(page, doc);
  const problems = page.getByRole("region", { name: "Problems" });
  const fix = problems.getByRole("button", { name: "Fix: Order after docker.service" });
  await expect(fix).toBeVisible({ timeout: 30_000 });
  await expect(problems.getByRole("button", { name: "Fix: Rename to ssh_authorized_keys" })).toBeVisible();
  await shot(page, "settings-fix-desktop");
  await fix.click();
  await expect.poll(() => savedText(page)).toMatch(/\[Unit\]\n\s+Description=web\n\s+After=docker\.service\n\s+Requires=docker\.service\n/);
  await problems.getByRole("button", { name: "Fix: Rename to ssh_authorized_keys" }).click();
  await expect.poll(() => savedText(page)).toContain("      ssh_authorized_keys:\n");
  await expect(problems.getByText("No problems.")).toBeVisible();
});
