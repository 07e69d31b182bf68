"use client";
// Light and dark: follows the system (prefers-color-scheme) until the user picks one with the
// toggle; the choice is remembered. The <html data-theme> attribute drives the CSS.
import { useEffect, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";
import { THEME_KEY as KEY } from "./theme-boot";

function systemDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

export function useTheme(): { choice: ThemeChoice; dark: boolean; cycle(): void } {
  const [choice, setChoice] = useState<ThemeChoice>(() => {
    const c = typeof localStorage !== "undefined" ? localStorage.getItem(KEY) : null;
    return c === "light" || c === "dark" ? c : "system";
  });
  const [sysDark, setSysDark] = useState(systemDark);
  useEffect(() => {
    const mq = matchMedia("(prefers-color-scheme: dark)");
    const on = () => setSysDark(mq.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);
  const dark = choice === "dark" || (choice === "system" && sysDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    try {
      if (choice === "system") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      /* storage unavailable: the choice lasts for this visit */
    }
  }, [dark, choice]);
  // light → dark → system (skipping a step that would change nothing visible)
  const cycle = () =>
    setChoice((c) => {
      const order: ThemeChoice[] = ["system", "light", "dark"];
      let next = order[(order.indexOf(c) + 1) % 3];
      const visible = (x: ThemeChoice) => x === "dark" || (x === "system" && sysDark);
      if (visible(next) === visible(c)) next = order[(order.indexOf(next) + 1) % 3];
      return next;
    });
  return { choice, dark, cycle };
}
