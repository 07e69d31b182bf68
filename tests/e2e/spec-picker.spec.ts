// The spec picker lists the engine's specs by product name, Flatcar first, and choosing one
// rewrites only the header of the document.
import { expect, test } from "@playwright/test";
import { SIMPLE, openDesigner, setCode, visibleText } from "./helpers";
import { shot } from "./shots";

test("the spec picker names the products, Flatcar first, and switches the spec", async ({ page }) => {
  await openDesigner(page);
  await setCode(page, SIMPLE);
  const picker = page.getByLabel("Spec");
  const groups = await picker.locator("optgroup").evaluateAll((gs) => gs.map((g) => g.getAttribute("label")));
  expect(groups).toEqual(["Flatcar", "Fedora CoreOS", "OpenShift", "RHEL for Edge", "Fedora IoT"]);
  const labels = await picker.locator("optgroup option").allTextContents();
  expect(labels[0]).toBe("Flatcar 1.0.0");
  for (const l of ["Flatcar 1.1.0", "Fedora CoreOS 1.6.0", "OpenShift 4.20.0", "RHEL for Edge 1.1.0", "Fedora IoT 1.0.0"]) {
    expect(labels).toContain(l);
  }
  await expect(picker.locator("option:checked")).toHaveText("Flatcar 1.1.0");

  await picker.selectOption({ label: "Fedora CoreOS 1.6.0" });
  await expect.poll(() => visibleText(page, "code")).toContain("variant: fcos");
  await expect.poll(() => visibleText(page, "code")).toContain("version: 1.6.0");
  await expect.poll(() => visibleText(page, "code")).toContain("e2e-host");
  await shot(page, "spec-picker");
});
