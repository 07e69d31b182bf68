import type { Metadata, Viewport } from "next";
import { THEME_BOOT_SCRIPT } from "../components/designer/theme-boot";
import "./globals.css";
import securityPolicy from "./security-policy.json";

export const metadata: Metadata = {
  title: "Kindling — Butane to Ignition designer",
  description: "Design Flatcar Container Linux and Fedora CoreOS provisioning configs: Butane in, Ignition out, live in your browser.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

// The static export has no server headers; the same policy goes in a <meta>, where browsers
// ignore frame-ancestors (so it is left out).
const EXPORT_POLICY = securityPolicy.directives.filter((d) => !d.startsWith("frame-ancestors")).join("; ");

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {process.env.KINDLING_EXPORT === "1" && <meta httpEquiv="Content-Security-Policy" content={EXPORT_POLICY} />}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
