// The builders in the Form view's Systemd units section, clicked through in Chromium: each one's
// fields, messages and live preview; Add writes the units into the document, they transpile
// with no problem, reach the Ignition output, and stay editable as normal units.
import { expect, test, type Page } from "@playwright/test";
import { transpile } from "../../lib";
import { expectOutputToContain } from "./helpers";
import { shot, shotThreeWays } from "./shots";
import { openSeeded, savedText } from "./seed";

const DOC = "variant: flatcar\nversion: 1.1.0\n# my machine\nsystemd:\n  units:\n    - name: hello.service\n      enabled: true\n      contents: |\n        [Service]\n        ExecStart=/usr/bin/echo hi\n        [Install]\n        WantedBy=multi-user.target\n";

async function open(page: Page, builder: string) {
  await page.setViewportSize({ width: 1440, height: 2400 });
  await openSeeded(page, DOC);
  await page.getByRole("tab", { name: "Form" }).click();
  await page.getByRole("group", { name: "Add from a builder" }).getByRole("button", { name: builder }).click({ timeout: 30_000 });
}

/** The Ignition units of the saved document (which must transpile with an empty report). */
async function ignitionUnits(page: Page) {
  const out = transpile(await savedText(page));
  expect(out.report).toEqual([]);
  return (JSON.parse(out.output!) as { systemd: { units: { name: string; enabled?: boolean; contents?: string }[] } }).systemd.units;
}

test("Run a container: per-field messages, a live preview, and a unit in the document and the output", async ({ page }) => {
  await open(page, "Run a container…");
  const dialog = page.getByRole("dialog", { name: "Run a container" });
  await dialog.getByLabel("Image").fill("docker.io/library/Nginx");
  await dialog.getByLabel("Ports").fill("8080:80\n80:99999");
  await dialog.getByLabel("Volumes").click();
  await expect(dialog.getByText("Repository names are lowercase")).toBeVisible();
  await dialog.getByLabel("Environment").click();
  await expect(dialog.getByText('Line 2: Container port "99999" is not a port number')).toBeVisible();
  // Add with wrong fields: nothing is added, every message shows, the focus goes to the first
  await dialog.getByRole("button", { name: "Add unit" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "2 fields need a change" })).toBeVisible();
  await expect(dialog.getByLabel("Image")).toBeFocused();
  await dialog.getByLabel("Image").fill("docker.io/library/nginx:1.27");
  await dialog.getByLabel("Ports").fill("8080:80\n127.0.0.1:5353:53/udp");
  await dialog.getByLabel("Volumes").fill("/srv/www:/usr/share/nginx/html:ro");
  await dialog.getByLabel("Environment").fill("GREETING=hello world\nPRICE=100%");
  await dialog.getByLabel("User in the container").fill("101:101");
  await dialog.getByLabel("Restart").selectOption("on-failure");
  // a command after the image: a shell operator is explained, quotes group words
  await dialog.getByLabel("Command", { exact: true }).fill("nginx -g 'daemon off;' | tee /tmp/log");
  await expect(dialog.getByText('"|" would reach the program as a word')).toBeVisible();
  await dialog.getByLabel("Command", { exact: true }).fill("nginx -g 'daemon off;'");
  await expect(dialog.getByText('"|" would reach the program as a word')).toBeHidden();
  const preview = dialog.getByLabel("Preview of nginx.service");
  await expect(preview).toContainText('ExecStart=/usr/bin/docker run --rm --name nginx --publish 8080:80 --publish 127.0.0.1:5353:53/udp --volume /srv/www:/usr/share/nginx/html:ro --env "GREETING=hello world" --env "PRICE=100%%" --user 101:101 docker.io/library/nginx:1.27 nginx -g "daemon off;"');
  await expect(preview).toContainText("ExecStartPre=-/usr/bin/docker rm --force nginx");
  await expect(preview).toContainText("Restart=on-failure");
  await dialog.scrollIntoViewIfNeeded();
  await shot(page, "builders-container-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await dialog.getByLabel("Image").scrollIntoViewIfNeeded();
  await shot(page, "builders-container-phone");
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "builders-container-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await dialog.getByRole("button", { name: "Add unit" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => savedText(page)).toContain("- name: nginx.service");
  const text = await savedText(page);
  expect(text).toContain("# my machine");
  const units = await ignitionUnits(page);
  expect(units.map((u) => [u.name, u.enabled])).toEqual([["hello.service", true], ["nginx.service", true]]);
  expect(units[1].contents).toContain("After=docker.service\nRequires=docker.service");
  await expectOutputToContain(page, '"name": "nginx.service"');
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");

  // editable afterwards as a normal unit: its fields read the unit text
  const unit = page.locator("fieldset.item").filter({ has: page.locator("legend", { hasText: "nginx.service" }) });
  await expect(unit.getByLabel("Restart", { exact: true })).toHaveValue("on-failure");
  await unit.getByLabel("Restart", { exact: true }).selectOption("always");
  await expect.poll(async () => (await ignitionUnits(page))[1].contents).toContain("Restart=always");
  // a second container with the same name is refused with a message
  await page.getByRole("group", { name: "Add from a builder" }).getByRole("button", { name: "Run a container…" }).click();
  const again = page.getByRole("dialog", { name: "Run a container" });
  await again.getByLabel("Image").fill("nginx:1.27");
  await again.getByRole("button", { name: "Add unit" }).click();
  await expect(again.getByText("The document already has a unit named nginx.service")).toBeVisible();
  // Escape closes without adding anything
  await again.getByLabel("Image").press("Escape");
  await expect(again).toBeHidden();
  await expect(page.getByRole("button", { name: "Run a container…" })).toBeFocused();
  expect((await savedText(page)).match(/- name: nginx\.service/g)).toHaveLength(1);
});

test("Run once at first boot: a oneshot with a done-marker, network ordering when asked", async ({ page }) => {
  await open(page, "Run once at first boot…");
  const dialog = page.getByRole("dialog", { name: "Run a command once at first boot" });
  await dialog.getByRole("button", { name: "Add unit" }).click();
  await expect(dialog.getByText("Write at least one command")).toBeVisible();
  await dialog.getByLabel("Commands").fill('curl -fsSL https://example.com/join | sh\necho "$HOSTNAME" > /etc/joined');
  await dialog.getByLabel("Unit name").fill("join.service");
  const preview = dialog.getByLabel("Preview of join.service");
  await expect(preview).toContainText("ConditionPathExists=!/var/lib/join.done");
  await expect(preview).toContainText("Wants=network-online.target");
  await expect(preview).toContainText('ExecStart=/bin/sh -c "echo \\"$$HOSTNAME\\" > /etc/joined"');
  await dialog.getByLabel("Wait for the network").uncheck();
  await expect(preview).not.toContainText("network-online.target");
  await dialog.getByLabel("Wait for the network").check();
  await dialog.scrollIntoViewIfNeeded();
  await shot(page, "builders-first-boot-desktop");
  await dialog.getByRole("button", { name: "Add unit" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Run once at first boot…" })).toBeFocused();
  await expect.poll(() => savedText(page)).toContain("- name: join.service");
  const [, join] = await ignitionUnits(page);
  expect(join.enabled).toBe(true);
  expect(join.contents).toContain("Type=oneshot\nRemainAfterExit=yes\n");
  expect(join.contents).toContain("ExecStartPost=/usr/bin/touch /var/lib/join.done");
  expect(join.contents).toContain("After=network-online.target");
  await expectOutputToContain(page, '"name": "join.service"');
});

test("Timer: the next five runs previewed, a clear message for a wrong schedule, a .timer and .service added", async ({ page }) => {
  await open(page, "Timer…");
  const dialog = page.getByRole("dialog", { name: "Timer" });
  await dialog.getByLabel("Name").fill("backup");
  await dialog.getByLabel("Commands").fill("/opt/bin/backup.sh --to /mnt/backup");
  const schedule = dialog.getByLabel("Schedule (OnCalendar)");
  await schedule.fill("Mon..Fri 25:00");
  await expect(dialog.getByText("Hour 25 is out of range: 0..23")).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Next runs" })).toContainText("A valid schedule shows its next five runs");
  await schedule.fill("Mon..Fri 02:00");
  const runs = dialog.getByRole("region", { name: "Next runs" });
  await expect(runs).toContainText("Mon..Fri *-*-* 02:00:00");
  await expect(runs.getByRole("listitem")).toHaveCount(5);
  const now = await page.evaluate(() => Date.now());
  const first = (await runs.getByRole("listitem").first().innerText()).trim();
  expect(first).toMatch(/^(Mon|Tue|Wed|Thu|Fri) \d{4}-\d\d-\d\d 02:00:00 UTC$/);
  const t = Date.parse(first.slice(4, 23).replace(" ", "T") + "Z");
  expect(t).toBeGreaterThan(now);
  expect(t - now).toBeLessThanOrEqual(3 * 86_400_000 + 1000);
  // a zone in the expression: the runs show in that zone
  await schedule.fill("*-*-* 09:30 Asia/Tokyo");
  await expect(runs.getByRole("listitem").first()).toContainText("09:30:00 Asia/Tokyo");
  await dialog.getByLabel("Machine time zone").fill("Mars/Base");
  await expect(dialog.getByText('"Mars/Base" is not a time zone this browser knows')).toBeVisible();
  await dialog.getByLabel("Machine time zone").fill("UTC");
  await schedule.fill("Mon..Fri 02:00");
  await expect(dialog.getByLabel("Preview of backup.timer")).toContainText("OnCalendar=Mon..Fri 02:00\nPersistent=true");
  await dialog.scrollIntoViewIfNeeded();
  await shotThreeWays(page, "builders-timer", runs);
  await dialog.getByRole("button", { name: "Add 2 units" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => savedText(page)).toContain("- name: backup.timer");
  const units = await ignitionUnits(page);
  expect(units.map((u) => [u.name, u.enabled])).toEqual([["hello.service", true], ["backup.service", undefined], ["backup.timer", true]]);
  expect(units[2].contents).toContain("[Install]\nWantedBy=timers.target");
  await expectOutputToContain(page, '"name": "backup.timer"');
});
