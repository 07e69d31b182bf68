import type { Metadata, Viewport } from "next";
import { THEME_BOOT_SCRIPT } from "../components/designer/theme-boot";
import "./globals.css";

export const metadata: Metadata = {
  title: "Kindling — Butane to Ignition designer",
  description: "Design Flatcar Container Linux and Fedora CoreOS provisioning configs: Butane in, Ignition out, live in your browser.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
