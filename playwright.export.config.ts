// Browser tests against the static classroom build: `npm run export` writes out/, a plain
// static file server hosts it, and the workshop tests run there as under `next start` (every
// request must stay on the page's origin). `npm run test:e2e:export`; part of `npm test`.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = (process.env.KINDLING_E2E_EXPORT_PORT ??= String(Number(process.env.KINDLING_E2E_PORT) + 1));
process.env.KINDLING_E2E_EXPORT = "1";

export default defineConfig({
  ...base,
  testMatch: ["workshop.spec.ts", "export-site.spec.ts"],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node scripts/serve-static.mjs out ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 30_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
