// Next.js configuration for Kindling's designer. Everything is bundled: no fonts, scripts or
// editors are fetched from elsewhere at build or run time.
const securityPolicy = require("./app/security-policy.json");

// The templates (templates/<id>/) are bundled as a generated module, refreshed on every build.
require("./scripts/gen-templates.cjs").generateTemplates();

// `npm run export` (KINDLING_EXPORT=1): a static site in out/ for any plain file server (a
// classroom laptop). scripts/export.mjs keeps the `.next` of `next start` aside meanwhile.
const EXPORT = process.env.KINDLING_EXPORT === "1";

/** @type {import('next').NextConfig} */
module.exports = {
  ...(EXPORT ? { output: "export", distDir: "out" } : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  eslint: { ignoreDuringBuilds: true },
  // The strict page: every connection stays on the page's own origin (app/security-policy.json).
  // A static export (KINDLING_EXPORT=1) has no server to send headers: app/layout.tsx carries
  // the policy in a <meta> there.
  ...(EXPORT ? {} : { headers: securityHeaders }),
};

async function securityHeaders() {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: securityPolicy.directives.join("; ") },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "no-referrer" },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    },
  ];
}
