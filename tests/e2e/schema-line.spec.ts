// "Add schema line" in the Code view: the document's first line points editors at the JSON
// Schema of its spec, on this site, and that address serves the schema.
import { expect, test } from "@playwright/test";
import { expectOutputToContain, openDesigner, savedText, setCode, SIMPLE } from "./helpers";

test("Add schema line writes the schema address first; the app serves the spec's JSON Schema there", async ({ page, baseURL }) => {
  await openDesigner(page);
  await setCode(page, SIMPLE);
  const add = page.getByRole("button", { name: "Add schema line" });
  await add.click();
  const line = `# yaml-language-server: $schema=${baseURL}/schemas/flatcar-1.1.0.json`;
  await expect.poll(async () => (await savedText(page))?.split("\n")[0]).toBe(line);
  expect(await savedText(page)).toBe(`${line}\n${SIMPLE}`);
  // a comment: the output is unchanged
  await expectOutputToContain(page, '"path": "/etc/hostname"');
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems");

  const url = line.split("$schema=")[1];
  const r = await page.request.get(url);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("json");
  const schema = await r.json();
  expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  expect(schema.properties.variant.const).toBe("flatcar");
  expect(schema.properties.version.const).toBe("1.1.0");

  // for another spec, a second click replaces the line rather than adding one
  await setCode(page, `${line}\n${SIMPLE.replace("1.1.0", "1.0.0")}`);
  await add.click();
  const again = `# yaml-language-server: $schema=${baseURL}/schemas/flatcar-1.0.0.json`;
  await expect.poll(async () => (await savedText(page))?.split("\n")[0]).toBe(again);
  expect((await savedText(page))!.match(/yaml-language-server/g)).toHaveLength(1);
  expect((await page.request.get(again.split("$schema=")[1])).status()).toBe(200);
});
