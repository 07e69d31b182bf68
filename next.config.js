// Next.js configuration for Kindling's designer. Everything is bundled: no fonts, scripts or
// editors are fetched from elsewhere at build or run time.
const fs = require("node:fs");
const path = require("node:path");

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
  // Types are checked by `npm run typecheck` (tsc over the whole repo), lint is not part of the build.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  webpack(config, { webpack }) {
    // While the engine is being written, an engine module that does not exist yet is replaced by
    // a stub that reports "engine not available", so the designer still builds. Inactive (and
    // silent) once every module exists.
    const libDir = path.join(__dirname, "lib") + path.sep;
    const stub = path.join(__dirname, "components/state/engine-missing.ts");
    const exists = (p) => ["", ".ts", ".tsx", ".js", "/index.ts", "/index.js"].some((ext) => fs.existsSync(p + ext) && fs.statSync(p + ext).isFile());
    config.plugins.push(
      new webpack.NormalModuleReplacementPlugin(/^\./, (res) => {
        if (!res.context || !(res.context + path.sep).startsWith(libDir)) return;
        const target = path.resolve(res.context, res.request);
        if (exists(target)) return;
        console.warn(`kindling: engine module missing, stubbed: ${path.relative(__dirname, target)}`);
        res.request = stub;
      }),
    );
    return config;
  },
};
