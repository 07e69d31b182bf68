// The Form view as a newcomer meets it: a unit's common settings as fields over its text, new
// files and units that start usable, new entries quiet until left, empty names reported, a YAML
// error said once (the same in the form and in Problems), and no layout jump between valid and
// invalid.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { setCode } from "./helpers";
import { openSeeded, savedText } from "./seed";

/** Open the designer on `text` in `tab`. */
async function openWith(page: Page, text: string, tab: "Form" | "Code" = "Form"): Promise<void> {
  await openSeeded(page, text);
  await page.getByRole("tab", { name: tab }).click();
  if (tab === "Form") await expect(page.getByRole("heading", { name: "Users" })).toBeVisible({ timeout: 30_000 });
  else await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
}

const item = (page: Page, legend: string): Locator => page.getByRole("group", { name: new RegExp(`^${legend}\\b`) });
const problems = (page: Page) => page.getByRole("region", { name: "Problems" });
const BLANK = "variant: flatcar\nversion: 1.1.0\n";

const WITH_UNIT = `${BLANK}systemd:
  units:
    - name: web.service
      enabled: true
      contents: |
        # managed by the workshop
        [Unit]
        Description=Old text
        After=docker.service
        [Service]
        TimeoutStartSec=0
        ExecStart=/usr/bin/docker run --name web \\
          docker.io/nginx:1
        [Install]
        WantedBy=multi-user.target
`;

test("a unit's settings are fields over its text: each edits its own line, the rest stays", async ({ page }) => {
  await openWith(page, WITH_UNIT);
  const unit = item(page, "Unit 1");
  await expect(unit.getByLabel("Description")).toHaveValue("Old text");
  await expect(unit.getByLabel("ExecStart", { exact: true })).toHaveValue("/usr/bin/docker run --name web docker.io/nginx:1");
  await unit.getByLabel("Description").fill("NGINX in Docker");
  await unit.getByLabel("Requires").fill("docker.service");
  await unit.getByLabel("Restart").selectOption("always");
  await unit.getByLabel("Environment").fill('GREETING="hello world"');
  await unit.getByLabel("Description").focus();
  await expect
    .poll(() => savedText(page))
    .toBe(
      WITH_UNIT.replace("Description=Old text", "Description=NGINX in Docker")
        .replace("After=docker.service\n", "After=docker.service\n        Requires=docker.service\n")
        .replace("          docker.io/nginx:1\n", '          docker.io/nginx:1\n        Restart=always\n        Environment=GREETING="hello world"\n'),
    );
  await expect(problems(page)).toContainText("No problems");
});

test("a new unit starts from a skeleton; a new file starts with inline text", async ({ page }) => {
  await openWith(page, BLANK);
  await page.getByRole("button", { name: "Add unit" }).click();
  const unit = item(page, "Unit 1");
  await expect(unit.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(unit.getByLabel("WantedBy")).toHaveValue("multi-user.target");
  await expect(unit.getByLabel("Type")).toHaveValue("simple");
  await unit.getByLabel("Name", { exact: true }).fill("hello.service");
  await unit.getByLabel("Description").fill("Say hello");
  await unit.getByLabel("ExecStart", { exact: true }).fill("/usr/bin/echo hello");
  await expect.poll(() => savedText(page)).toContain("[Unit]\n        Description=Say hello\n");
  await expect.poll(() => savedText(page)).toContain("ExecStart=/usr/bin/echo hello\n");
  await expect(problems(page)).toContainText("No problems");

  await page.getByRole("button", { name: "Add file" }).click();
  const file = item(page, "File 1");
  await expect(file.getByLabel("Path")).toBeFocused();
  const contents = file.getByLabel("Contents");
  await expect(contents).toBeVisible();
  await file.getByLabel("Path").fill("/etc/motd");
  await contents.fill("Welcome to the workshop");
  await expect.poll(() => savedText(page)).toContain("    - path: /etc/motd\n      contents:\n        inline: Welcome to the workshop\n");
  await expect(problems(page)).toContainText("No problems");
});

test("a new, empty entry is quiet until its first field is left; an empty name is then reported at the field and in Problems", async ({ page }) => {
  await openWith(page, BLANK);
  await expect(problems(page)).toContainText("No problems");
  await page.getByRole("button", { name: "Add user" }).click();
  const user = item(page, "User 1");
  const name = user.getByLabel("Name", { exact: true });
  await expect(name).toBeFocused();
  await expect.poll(() => savedText(page)).toContain('- name: ""');
  // the engine has checked the new entry, and nothing is shown yet
  await expect(problems(page)).toContainText("No problems");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Tab");
  await expect(problems(page)).toContainText("user name is empty");
  await expect(user).toContainText("user name is empty");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("core");
  await expect(problems(page)).toContainText("No problems");

  await page.getByRole("button", { name: "Add group" }).click();
  await page.keyboard.press("Tab");
  await expect(problems(page)).toContainText(/group name is empty/);
});

test("turning the document invalid and valid again moves nothing on the page", async ({ page }) => {
  await openWith(page, `${BLANK}storage:\n  files:\n    - path: /etc/hostname\n      contents:\n        inline: demo\n`);
  const path = item(page, "File 1").getByLabel("Path");
  const watched = [
    page.getByRole("tabpanel").first(),
    page.getByRole("region", { name: "Ignition" }),
    problems(page),
    item(page, "File 1").getByLabel("Contents"),
    page.getByRole("button", { name: "Add file" }),
  ];
  const boxes = async () => Promise.all(watched.map(async (l) => JSON.stringify(await l.boundingBox())));
  await expect(problems(page)).toContainText("No problems");
  const valid = await boxes();
  await path.fill("etc/hostname");
  await expect(item(page, "File 1")).toContainText("relative path");
  await expect(problems(page)).toContainText("path not absolute");
  expect(await boxes()).toEqual(valid);
  await path.fill("/etc/hostname");
  await expect(problems(page)).toContainText("No problems");
  expect(await boxes()).toEqual(valid);
});

test("a YAML error reads the same in the form and in Problems, and the form jumps to its line", async ({ page }) => {
  // the case: an item indented one space too far
  const broken = `${BLANK}passwd:\n  users:\n    - name: core\n     - name: other\nstorage:\n  files:\n    - path: /etc/motd\n`;
  await openWith(page, BLANK, "Code");
  await setCode(page, broken);
  await expect.poll(() => savedText(page)).toBe(broken);
  const entry = problems(page).getByRole("listitem").first();
  await expect(entry).toBeVisible();
  const problemText = (await entry.innerText()).replace(/\s+/g, " ");
  await page.getByRole("tab", { name: "Form" }).click();
  const banner = page.getByRole("alert").filter({ hasText: "YAML syntax error" });
  await expect(banner).toBeVisible();
  const bannerText = (await banner.innerText()).replace(/\s+/g, " ");
  // the same line and the same words
  const m = /at line (\d+): (.*?)\. The form/.exec(bannerText);
  expect(m, bannerText).not.toBeNull();
  const [, line, message] = m!;
  expect(problemText).toContain(message);
  expect(problemText).toMatch(new RegExp(`\\b${line}:\\d+\\b`));
  await expect(banner).toContainText("passwd");
  await banner.getByRole("button", { name: `Show line ${line} in the code` }).click();
  await expect(page.getByRole("tab", { name: "Code" })).toHaveAttribute("aria-selected", "true");
  await expect(page.locator("#panel-code .statusbar")).toContainText(`Ln ${line},`);
});

test("a local file without a name yet says what to do, not the engine's words", async ({ page }) => {
  await openWith(page, `${BLANK}storage:\n  files:\n    - path: /opt/app.conf\n      contents:\n        local: ""\n`);
  await expect(problems(page)).toContainText("no local file named yet: attach a file");
  await expect(problems(page)).not.toContainText("is a directory");
});
