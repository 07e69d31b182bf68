// The Form view, clicked through in Chromium: a config built from an empty page with forms
// alone gives the engine's output for the equivalent YAML; form edits keep what the Code view
// typed; switching views changes nothing; syntax errors freeze the form instead of wiping it.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { transpile } from "../../lib";
import { largeConfig } from "../../bench/configs";
import { codeEditor, visibleText } from "./helpers";
import { openSeeded, savedText } from "./seed";

/** The Ignition pane's text, its rendered lines put in screen order (Monaco reuses line nodes). */
async function outputText(page: Page): Promise<string> {
  return page
    .getByRole("region", { name: "Ignition" })
    .locator(".view-lines .view-line")
    .evaluateAll((els) =>
      els
        .map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: (e as HTMLElement).innerText.replace(/\u00a0/g, " ") }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join("\n"),
    );
}

/** Open the designer on `text` (through the autosave slot), in the Form view. */
async function openWith(page: Page, text: string, tab: "Form" | "Code" = "Form"): Promise<void> {
  await openSeeded(page, text);
  await page.getByRole("tab", { name: tab }).click();
  if (tab === "Form") await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
  else await expect(codeEditor(page)).toBeVisible({ timeout: 30_000 });
}


async function expectText(page: Page, expected: string): Promise<void> {
  await expect.poll(() => savedText(page), { timeout: 10_000 }).toBe(expected);
}

function item(page: Page, legend: string): Locator {
  return page.getByRole("group", { name: new RegExp(`^${legend}\\b`) });
}

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0examplekey0forforms0test user@example";
const INDEX = "<!doctype html>\n<h1>Hello from Flatcar</h1>\n";
const UNIT = `[Unit]
Description=NGINX example
After=docker.service
Requires=docker.service
[Service]
TimeoutStartSec=0
ExecStartPre=-/usr/bin/docker rm --force nginx1
ExecStart=/usr/bin/docker run --name nginx1 --pull always --log-driver=journald --net host -v /var/www:/usr/share/nginx/html:ro docker.io/nginx:1
ExecStop=/usr/bin/docker stop nginx1
Restart=always
RestartSec=5s
[Install]
WantedBy=multi-user.target
`;

// The same config written by hand, as the Flatcar docs write it.
const EQUIVALENT = `variant: flatcar
version: 1.1.0
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ${KEY}
storage:
  directories:
    - path: /var/www
      mode: 0755
  files:
    - path: /var/www/index.html
      mode: 0644
      contents:
        inline: |
${INDEX.trimEnd().split("\n").map((l) => "          " + l).join("\n")}
systemd:
  units:
    - name: nginx.service
      enabled: true
      contents: |
${UNIT.trimEnd().split("\n").map((l) => "        " + l).join("\n")}
`;

test("the nginx example built from an empty page with forms alone gives the engine's output", async ({ page }) => {
  // Tall enough for the whole output to be on screen (Monaco renders only visible lines).
  await page.setViewportSize({ width: 1440, height: 3200 });
  await openWith(page, "");

  await page.getByRole("button", { name: "Add user" }).click();
  const user = item(page, "User 1");
  await user.getByLabel("Name", { exact: true }).fill("core");
  await user.getByLabel("SSH authorized keys").fill(KEY);

  await page.getByRole("button", { name: "Add file" }).click();
  const file = item(page, "File 1");
  await file.getByLabel("Path").fill("/var/www/index.html");
  await file.getByLabel("Mode").fill("0644");
  await file.getByLabel("Inline text").check();
  await file.getByLabel("Contents", { exact: true }).fill(INDEX);

  await page.getByRole("button", { name: "Add directory" }).click();
  const dir = item(page, "Directory 1");
  await dir.getByLabel("Path").fill("/var/www");
  await dir.getByLabel("Mode").fill("0755");

  await page.getByRole("button", { name: "Add unit" }).click();
  const unit = item(page, "Unit 1");
  await unit.getByLabel("Name", { exact: true }).fill("nginx.service");
  await unit.getByLabel("Enabled").selectOption("true");
  await unit.getByLabel("Contents", { exact: true }).fill(UNIT);

  const expected = transpile(EQUIVALENT, { pretty: true });
  expect(expected.error).toBeUndefined();
  expect(expected.output).toBeTruthy();
  // The form wrote a document that translates to the same config...
  await expect.poll(async () => transpile(await savedText(page), { pretty: true }).output, { timeout: 10_000 }).toBe(expected.output);
  // ...and the page shows exactly that output.
  await expect.poll(() => outputText(page), { timeout: 15_000 }).toBe(expected.output!.trimEnd());
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
});

const COMMENTED = `variant: flatcar
version: 1.1.0
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: e2e-host
`;

test("a comment typed in the Code view survives a form edit", async ({ page }) => {
  await openWith(page, COMMENTED, "Code");
  // Type a comment at the end of the first line, as a person would.
  await codeEditor(page).getByText("/etc/hostname").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("End");
  await page.keyboard.type("   # managed by Kindling");
  const withComment = COMMENTED.replace("variant: flatcar", "variant: flatcar   # managed by Kindling");
  await expectText(page, withComment);

  await page.getByRole("tab", { name: "Form" }).click();
  const file = item(page, "File 1");
  await expect(file.getByLabel("Path")).toHaveValue("/etc/hostname");
  await file.getByLabel("Mode").fill("0600");
  await expectText(page, withComment.replace("mode: 0644", "mode: 0600"));

  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("# managed by Kindling");
  await expect.poll(() => visibleText(page, "code")).toContain("mode: 0600");
});

const ODD = `# odd formatting on purpose
variant: flatcar
version: 1.1.0

passwd:
   users:
   -   name: core    # admin
       groups: [ wheel,  docker ]
storage:
    files:
    - {path: /etc/motd, mode: 420, contents: {inline: "hi\\n"}}
    - path: /etc/issue
      contents:
        inline: &banner |
          Welcome
systemd:
  units:
  - name: a.service
    enabled: yes
`;

test("switching views back and forth changes nothing", async ({ page }) => {
  await openWith(page, ODD, "Code");
  for (let i = 0; i < 3; i++) {
    await page.getByRole("tab", { name: "Form" }).click();
    await expect(item(page, "User 1").getByLabel("Name", { exact: true })).toHaveValue("core");
    await expect(item(page, "User 1").getByLabel("Groups")).toHaveValue("wheel, docker");
    // `mode: 420` is decimal in the YAML; the form shows modes in octal
    await expect(item(page, "File 1").getByLabel("Mode")).toHaveValue("0644");
    await expect(item(page, "File 1").getByText("420 is decimal: octal 0644")).toBeVisible();
    await expect(item(page, "File 2").getByLabel("Contents", { exact: true })).toHaveValue("Welcome\n");
    await expect(item(page, "Unit 1").getByLabel("Enabled")).toHaveValue("true");
    await page.getByRole("tab", { name: "Code" }).click();
    await expect(codeEditor(page)).toBeVisible();
  }
  await page.waitForTimeout(500);
  expect(await savedText(page)).toBe(ODD);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
});

test("form edits on an oddly formatted document touch only their values", async ({ page }) => {
  await openWith(page, ODD);
  await item(page, "User 1").getByLabel("Groups").fill("wheel, docker, sudo");
  await item(page, "File 1").getByLabel("Mode").fill("0600");
  await item(page, "File 2").getByLabel("Contents", { exact: true }).fill("Welcome\nto the machine\n");
  await expectText(
    page,
    ODD.replace("[ wheel,  docker ]", "[ wheel,  docker, sudo ]")
      .replace("mode: 420", "mode: 0600")
      .replace("Welcome\n", "Welcome\n          to the machine\n"),
  );
});

test("a syntax error freezes the form on the last good state and says so", async ({ page }) => {
  await openWith(page, COMMENTED, "Code");
  await codeEditor(page).getByText("/etc/hostname").click();
  await page.keyboard.press("End");
  await page.keyboard.type(": [oops");
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "syntax error" })).toBeVisible();
  const path = item(page, "File 1").getByLabel("Path");
  await expect(path).toHaveValue("/etc/hostname");
  await expect(path).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add file" })).toBeDisabled();
  // Nothing was rewritten.
  expect(await savedText(page)).toContain("/etc/hostname: [oops");
});

test("bad values are flagged as they are typed", async ({ page }) => {
  await openWith(page, COMMENTED);
  const file = item(page, "File 1");
  await file.getByLabel("Mode").fill("644");
  await expect(file.getByText("Modes are octal: did you mean 0644?")).toBeVisible();
  await file.getByLabel("Path").focus();
  // 644 is kept as typed (decimal, octal 01204) and still flagged once the field is left
  await expect(file.getByLabel("Mode")).toHaveValue("01204");
  await expect.poll(() => savedText(page)).toContain("mode: 644\n");
  await file.getByRole("button", { name: "Use 0644" }).click();
  await expect(file.getByLabel("Mode")).toHaveValue("0644");
  await expect.poll(() => savedText(page)).toContain("mode: 0644\n");
  await expect(file.getByText("Modes are octal")).toHaveCount(0);
  await file.getByLabel("Path").fill("etc/hostname");
  await expect(file.getByText("is a relative path")).toBeVisible();
  await page.getByRole("button", { name: "Add unit" }).click();
  const unit = item(page, "Unit 1");
  await unit.getByLabel("Name", { exact: true }).fill("nginx");
  await expect(unit.getByText("Unit names end in the unit's type")).toBeVisible();
  await unit.getByLabel("Name", { exact: true }).fill("nginx.service");
  await expect(unit.getByText("Unit names end in the unit's type")).toHaveCount(0);
});

test("items are added, reordered and removed", async ({ page }) => {
  await openWith(page, COMMENTED);
  await page.getByRole("button", { name: "Add file" }).click();
  await item(page, "File 2").getByLabel("Path").fill("/etc/motd");
  await item(page, "File 2").getByRole("button", { name: "Move up" }).click();
  await expect(item(page, "File 1").getByLabel("Path")).toHaveValue("/etc/motd");
  await expect(item(page, "File 2").getByLabel("Path")).toHaveValue("/etc/hostname");
  await item(page, "File 1").getByRole("button", { name: "Remove" }).click();
  await expectText(page, COMMENTED);

  await page.getByRole("button", { name: "Add unit" }).click();
  const unit = item(page, "Unit 1");
  await unit.getByLabel("Name", { exact: true }).fill("docker.service");
  // a new unit starts from a skeleton; adding a drop-in (to a unit the OS ships) takes the
  // untouched skeleton and its Enabled out again, in the same undo step
  await expect(unit.getByLabel("Contents", { exact: true })).toHaveValue(/^\[Unit\]/);
  await unit.getByRole("button", { name: "Add dropin" }).click();
  await expect(unit.getByLabel("Contents", { exact: true }).first()).toHaveValue("");
  const dropin = item(page, "Dropin 1");
  await dropin.getByLabel("Name").fill("10-env.conf");
  await dropin.getByLabel("Contents").fill("[Service]\nEnvironment=DEBUG=1\n");
  await expectText(
    page,
    COMMENTED +
      "systemd:\n  units:\n    - name: docker.service\n      dropins:\n        - name: 10-env.conf\n          contents: |\n            [Service]\n            Environment=DEBUG=1\n",
  );
  await unit.getByRole("button", { name: "Remove", exact: true }).first().click();
  await expectText(page, COMMENTED);
});

test("an attached local file and kernel arguments, through the form", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 2400 });
  await openWith(page, "variant: flatcar\nversion: 1.1.0\n");
  await page.getByRole("button", { name: "Add file" }).click();
  const file = item(page, "File 1");
  await file.getByLabel("Path").fill("/opt/app/config.toml");
  await file.getByLabel("Local file", { exact: true }).check();
  await file.getByLabel("Attach a file").setInputFiles({ name: "config.toml", mimeType: "text/plain", buffer: Buffer.from("port = 8080\n") });
  await expect(file.getByLabel("Local file name")).toHaveValue("config.toml");
  await page.getByLabel("Arguments to add").fill("console=ttyS0\nquiet");
  await expectText(
    page,
    "variant: flatcar\nversion: 1.1.0\nstorage:\n  files:\n    - path: /opt/app/config.toml\n      contents:\n        local: config.toml\nkernel_arguments:\n  should_exist:\n    - console=ttyS0\n    - quiet\n",
  );
  // The engine embedded the attached bytes.
  await expect.poll(() => outputText(page), { timeout: 15_000 }).toContain(`"source": "data:,port%20%3D%208080%0A"`);
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");
});

test("a file fetched from a URL with a hash, and a group", async ({ page }) => {
  await openWith(page, "variant: flatcar\nversion: 1.1.0\n");
  await page.getByRole("button", { name: "Add group" }).click();
  const group = item(page, "Group 1");
  await group.getByLabel("Name").fill("web");
  await group.getByLabel("GID").fill("10x");
  await expect(group.getByText('"10x" is not a whole number')).toBeVisible();
  await group.getByLabel("GID").fill("1500");
  await page.getByRole("button", { name: "Add file" }).click();
  const file = item(page, "File 1");
  await file.getByLabel("Path").fill("/opt/bin/tool");
  await file.getByLabel("URL", { exact: true }).check();
  await file.getByLabel("URL", { exact: true }).last().fill("https://example.com/tool");
  await file.getByLabel("Verification hash").fill("sha256-abc");
  await expect(file.getByText("A sha256 hash has 64 hex digits")).toBeVisible();
  const hash = "sha256-" + "0123456789abcdef".repeat(4);
  await file.getByLabel("Verification hash").fill(hash);
  await file.getByLabel("Mode").fill("0755");
  await expectText(
    page,
    `variant: flatcar\nversion: 1.1.0\npasswd:\n  groups:\n    - name: web\n      gid: 1500\nstorage:\n  files:\n    - path: /opt/bin/tool\n      contents:\n        source: https://example.com/tool\n        verification:\n          hash: ${hash}\n      mode: 0755\n`,
  );
  // Back to inline text: the URL and its hash go.
  await file.getByLabel("Inline text").check();
  await expectText(page, `variant: flatcar\nversion: 1.1.0\npasswd:\n  groups:\n    - name: web\n      gid: 1500\nstorage:\n  files:\n    - path: /opt/bin/tool\n      contents:\n        inline: ""\n      mode: 0755\n`);
});

const FLATCAR_UNIT = `variant: flatcar
version: 1.1.0
systemd:
  units:
    - name: locksmithd.service
`;

test("a unit's Enabled and Mask take not set, true or false, and false reaches the output", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 2400 });
  await openWith(page, FLATCAR_UNIT);
  const unit = item(page, "Unit 1");
  const enabled = unit.getByLabel("Enabled");
  // not set: Butane's default, and the control says what that means
  await expect(enabled).toHaveValue("");
  await expect(enabled.locator("option:checked")).toHaveText(/Not set \(left as the OS ships it\)/);
  // by keyboard: focus the control and pick false
  await enabled.focus();
  await enabled.selectOption("false");
  await expect(enabled.locator("option:checked")).toHaveText("false: disabled");
  await expectText(page, FLATCAR_UNIT + "      enabled: false\n");
  await expect.poll(() => outputText(page), { timeout: 15_000 }).toContain('"enabled": false');
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("enabled: false");
  await page.getByRole("tab", { name: "Form" }).click();

  await unit.getByLabel("Mask").selectOption("true");
  await expectText(page, FLATCAR_UNIT + "      enabled: false\n      mask: true\n");
  await expect.poll(() => outputText(page), { timeout: 15_000 }).toContain('"mask": true');
  // back to not set: the keys go
  await unit.getByLabel("Mask").selectOption("");
  await unit.getByLabel("Enabled").selectOption("");
  await expectText(page, FLATCAR_UNIT);
  await expect.poll(() => outputText(page), { timeout: 15_000 }).not.toContain('"enabled"');
});

test("false written in the code shows as false, and other optional booleans take it too", async ({ page }) => {
  await openWith(page, COMMENTED + "systemd:\n  units:\n    - name: a.service\n      enabled: no\n");
  await expect(item(page, "Unit 1").getByLabel("Enabled")).toHaveValue("false");
  const file = item(page, "File 1");
  await expect(file.getByLabel("Overwrite")).toHaveValue("");
  await file.getByLabel("Overwrite").selectOption("false");
  await expectText(page, COMMENTED.replace("      mode: 0644", "      overwrite: false\n      mode: 0644") + "systemd:\n  units:\n    - name: a.service\n      enabled: no\n");
  await item(page, "Unit 1").getByLabel("Enabled").selectOption("true");
  await expect.poll(() => savedText(page)).toContain("      enabled: true\n");
  await page.getByRole("button", { name: "Add user" }).click();
  await item(page, "User 1").getByLabel("Name", { exact: true }).fill("svc");
  await item(page, "User 1").getByLabel("System").selectOption("false");
  await item(page, "User 1").getByLabel("No create home").selectOption("true");
  await expect.poll(() => savedText(page)).toContain("    - name: svc\n      no_create_home: true\n      system: false\n");
});

test("a form edit on a 1 MB document updates the code and the output", async ({ page }) => {
  test.setTimeout(120_000);
  await openWith(page, largeConfig(1024 * 1024));
  await expect.poll(() => outputText(page), { timeout: 60_000 }).toContain('"path": "/opt/data/big.txt"');
  const first = item(page, "File 1").getByLabel("Path");
  await expect(first).toHaveValue("/opt/data/big.txt");
  await first.click();
  await page.keyboard.press("End");
  await page.keyboard.type("-form", { delay: 30 });
  await expect(first).toHaveValue("/opt/data/big.txt-form");
  await expect.poll(() => outputText(page), { timeout: 30_000 }).toContain('"path": "/opt/data/big.txt-form"');
  // a field further down, in another item: the first item keeps its value
  const second = item(page, "File 2").getByLabel("Path");
  await second.fill("/etc/extra/renamed.conf");
  await expect.poll(async () => (await savedText(page)).includes("    - path: /etc/extra/renamed.conf\n"), { timeout: 15_000 }).toBe(true);
  await expect(first).toHaveValue("/opt/data/big.txt-form");
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("- path: /opt/data/big.txt-form");
  // the document is the same apart from the two edits
  const expected = largeConfig(1024 * 1024).replace("/opt/data/big.txt", "/opt/data/big.txt-form").replace("/etc/extra/f-0.conf", "/etc/extra/renamed.conf");
  await expectText(page, expected);
  // a file added at the end of thousands: it is shown (and focused) without all those between
  await page.getByRole("tab", { name: "Form" }).click();
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(page.locator("fieldset.item").filter({ has: page.locator(":focus") })).toHaveCount(1);
  await page.keyboard.type("/etc/added.conf");
  // a new file starts with inline contents
  await expect.poll(() => savedText(page).then((t) => t.endsWith('    - path: /etc/added.conf\n      contents:\n        inline: ""\n')), { timeout: 15_000 }).toBe(true);
  await expect(page.getByRole("button", { name: /^Show more/ }).first()).toBeVisible();
  await expect.poll(() => outputText(page), { timeout: 30_000 }).toContain('"path": "/opt/data/big.txt-form"');
  // undo goes back through the edits: three of them, or fewer steps when form edits came within
  // the history's merge window of each other (as typing does)
  const restored = (t: string) => t.includes("/etc/extra/f-0.conf") && !t.includes("added.conf");
  for (let i = 0; i < 3 && !restored(await savedText(page)); i++) {
    const before = await savedText(page);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => savedText(page), { timeout: 15_000 }).not.toBe(before);
  }
  expect(restored(await savedText(page))).toBe(true);
  expect(await savedText(page)).toContain("/opt/data/big.txt"); // still the opened document
});
