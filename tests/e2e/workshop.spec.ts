// Workshops: the Templates dialog, ?template=, a lesson walked to its end, Try it, presenter
// mode (?present=1). Also run against the static export (playwright.export.config.ts), where
// every request must stay on the page's origin.
import { expect, test, type Page } from "@playwright/test";
import { codeEditor, expectOutputToContain, openDesigner, setCode, SIMPLE, visibleText } from "./helpers";
import { shot } from "./shots";

const EXPORT = process.env.KINDLING_E2E_EXPORT === "1";
const tag = EXPORT ? "export-" : "";

/** Fails the test when the page asks anything of another origin. */
function watchRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== new URL(page.url() === "about:blank" ? r.url() : page.url()).origin) foreign.push(r.url());
  });
  return foreign;
}

async function waitReady(page: Page) {
  await page.getByRole("tab", { name: "Code" }).click();
  await expect(page.locator("#panel-code .code-host[data-state=ready]")).toBeVisible({ timeout: 30_000 });
}

async function fontSize(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test.beforeEach(async ({ page }) => {
  const foreign = watchRequests(page);
  test.info().annotations.push({ type: "foreign", description: "" });
  (page as unknown as { foreign: string[] }).foreign = foreign;
});
test.afterEach(async ({ page }) => {
  expect((page as unknown as { foreign: string[] }).foreign, "requests that left the origin").toEqual([]);
});

test("the Templates dialog lists every template and opens one; one Undo brings the work back", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, SIMPLE);
  await page.getByRole("button", { name: "Templates", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Templates" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("listitem")).toHaveCount(13);
  await expect(dialog.getByRole("listitem").filter({ hasText: "Caddy website" })).toContainText("unprivileged");
  await shot(page, `${tag}workshop-gallery`);
  await dialog.getByRole("button", { name: /^Caddy website/ }).click();
  // there is work to lose: the dialog asks first
  await expect(dialog.getByRole("alert")).toContainText("replaces the document");
  await dialog.getByRole("button", { name: "Open template" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => visibleText(page, "code")).toContain("name: caddy");
  await expectOutputToContain(page, "\"name\": \"caddy\"");
  await expect(page.locator(".files-panel")).toContainText(/Attached files\s*2/);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => visibleText(page, "code")).toContain("e2e-host");
  await expectOutputToContain(page, "e2e-host");
});

test("?template= opens a template directly, and Try it forwards its web port", async ({ page }) => {
  await page.goto("/?template=nginx");
  await waitReady(page);
  await expect.poll(() => visibleText(page, "code")).toContain("nginx.service");
  await expectOutputToContain(page, "/var/www/index.html");
  expect(new URL(page.url()).searchParams.get("template")).toBeNull();
  await expect(page.getByText("About this template: nginx in Docker")).toBeVisible();
  await expect(page.getByText("Flatcar ships Docker, so the quickest way")).toBeVisible();
  await page.getByText("Try it in QEMU").click();
  const commands = page.getByLabel("Try it commands");
  await expect(commands).toContainText("./flatcar_production_qemu.sh -i config.ign -p 2222 -f 8080:80 -- -nographic -snapshot");
  await expect(commands).toContainText("ssh -p 2222 core@localhost");
});

test("a lesson walked to its end, doing what each step asks", async ({ page }) => {
  await page.goto("/?lesson=nginx");
  await waitReady(page);
  const lesson = page.getByRole("region", { name: "Lesson" });
  await expect(lesson).toContainText("Step 1 of 6");
  await expect(lesson.getByRole("button", { name: "Back" })).toBeDisabled();
  await lesson.getByRole("button", { name: "Next" }).click();
  await expect(lesson).toContainText("Step 2 of 6");
  await lesson.getByRole("button", { name: "Next" }).click();
  await expect(lesson).toContainText("Step 3 of 6");
  const status = lesson.getByRole("status");
  await expect(status).toContainText("To do");
  await shot(page, `${tag}workshop-lesson-step`);
  const current = await currentText(page);
  await setCode(page, current.replace("<h1>Hello from Flatcar</h1>", "<h1>Hello from my workshop</h1>"));
  await expect(status).toContainText("Done");
  await lesson.getByRole("button", { name: "Next" }).click();
  await expect(lesson).toContainText("Step 4 of 6");
  await lesson.getByRole("button", { name: "Next" }).click();
  await expect(lesson).toContainText("Step 5 of 6");
  // this step is about the form: it is shown
  await expect(page.getByRole("tab", { name: "Form" })).toHaveAttribute("aria-selected", "true");
  await expect(lesson.getByRole("status")).toContainText("To do");
  await page.getByRole("tab", { name: "Code" }).click();
  const text = await currentText(page);
  await setCode(page, text.replace("RestartSec=5s", "RestartSec=10s"));
  await expect(lesson.getByRole("status")).toContainText("Done");
  await lesson.getByRole("button", { name: "Next" }).click();
  await expect(lesson).toContainText("Step 6 of 6");
  await expect(lesson.getByRole("button", { name: "Next" })).toBeDisabled();
  await expect.poll(() => visibleText(page, "code")).toContain("RestartSec=10s");
  await lesson.getByRole("button", { name: "Finish" }).click();
  await expect(lesson).toBeHidden();
});

/** The document's text, read from the Code view's model through the page (no private API). */
async function currentText(page: Page): Promise<string> {
  await codeEditor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  return page.evaluate(() => {
    const dt = new DataTransfer();
    document.activeElement!.dispatchEvent(new ClipboardEvent("copy", { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData("text/plain");
  });
}

test("presenter mode: at least 1.25x larger text in the code view, the form and the output; kept in the address", async ({ page }) => {
  await page.goto("/?template=ssh-admin");
  await waitReady(page);
  await expectOutputToContain(page, "passwordHash");
  const code = "#panel-code .view-lines";
  const out = "section.ignition .view-lines";
  const before = { code: await fontSize(page, code), out: await fontSize(page, out) };
  await page.getByRole("tab", { name: "Form" }).click();
  const formSel = "#panel-form input";
  await expect(page.locator(formSel).first()).toBeVisible();
  const formBefore = await fontSize(page, formSel);
  const toggle = page.getByRole("button", { name: "Presenter mode" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBe("1");
  await expect.poll(async () => (await fontSize(page, formSel)) / formBefore).toBeGreaterThanOrEqual(1.25);
  await expect.poll(async () => (await fontSize(page, out)) / before.out).toBeGreaterThanOrEqual(1.25);
  await shot(page, `${tag}workshop-presenter-form`);
  await page.getByRole("tab", { name: "Code" }).click();
  await expect.poll(async () => (await fontSize(page, code)) / before.code).toBeGreaterThanOrEqual(1.25);
  await shot(page, `${tag}workshop-presenter`);
  // a projected link opens the same way
  await page.reload();
  await waitReady(page);
  await expect(page.getByRole("button", { name: "Presenter mode" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await fontSize(page, code)) / before.code).toBeGreaterThanOrEqual(1.25);
  await page.getByRole("button", { name: "Presenter mode" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBeNull();
  await expect.poll(() => fontSize(page, code)).toBe(before.code);
});

for (const view of [
  { name: "phone", width: 390, height: 844, scheme: "light" as const },
  { name: "dark", width: 1440, height: 900, scheme: "dark" as const },
]) {
  test(`workshop screenshots (${view.name})`, async ({ page }) => {
    test.skip(EXPORT, "screenshots come from the next start run");
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.scheme });
    await page.goto("/?lesson=caddy-website");
    await waitReady(page);
    const lesson = page.getByRole("region", { name: "Lesson" });
    await lesson.getByRole("button", { name: "Next" }).click();
    await lesson.getByRole("button", { name: "Next" }).click();
    await lesson.getByRole("button", { name: "Next" }).click();
    await expect(lesson).toContainText("Step 4 of 5");
    await shot(page, `workshop-lesson-step-${view.name}`);
    await page.getByRole("button", { name: "Templates", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Templates" })).toBeVisible();
    await shot(page, `workshop-gallery-${view.name}`);
    await page.getByRole("button", { name: "Close templates" }).click();
    await page.getByRole("button", { name: "Presenter mode" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBe("1");
    await shot(page, `workshop-presenter-${view.name}`);
  });
}
