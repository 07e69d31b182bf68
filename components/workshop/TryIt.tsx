"use client";
// Try it: the commands that boot the current document in QEMU with Flatcar's script, with
// SSH and the web ports forwarded (the template's own, or those the document publishes).
import { useState } from "react";
import { findTemplate } from "../../lib/workshop/templates";
import { guessPorts, tryItCommands } from "../../lib/workshop/try-it";
import { useDesigner } from "../state/store";
import { useWorkshop } from "./workshop-store";

export default function TryIt() {
  const text = useDesigner((s) => s.text);
  const source = useWorkshop((s) => s.source);
  const [copied, setCopied] = useState(false);
  const template = source ? findTemplate(source) : undefined;
  const ports = template && template.ports.length ? template.ports : guessPorts(text);
  const disk = template?.disk ?? /\/dev\/vdb\b/.test(text);
  const commands = tryItCommands({ ports, disk }).join("\n");
  return (
    <details className="try-it">
      <summary>Try it in QEMU</summary>
      <p className="workshop-note">
        Download the Ignition output as <code>config.ign</code> (Download Ignition above), then in the same folder:
      </p>
      <pre aria-label="Try it commands">{commands}</pre>
      <button
        type="button"
        className="button small"
        onClick={async () => {
          await navigator.clipboard?.writeText(commands).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        {copied ? "Copied" : "Copy commands"}
      </button>
    </details>
  );
}
