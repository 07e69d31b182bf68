// Next.js configuration for Kindling's designer. Everything is bundled: no fonts, scripts or
// editors are fetched from elsewhere at build or run time.
const securityPolicy = require("./app/security-policy.json");

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  eslint: { ignoreDuringBuilds: true },
  // The strict page: every connection stays on the page's own origin (app/security-policy.json).
  // A static export (KINDLING_EXPORT=1) has no server to send headers: app/layout.tsx carries
  // the policy in a <meta> there.
  ...(process.env.KINDLING_EXPORT === "1" ? {} : { headers: securityHeaders }),
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
