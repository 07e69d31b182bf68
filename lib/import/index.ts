// Bringing configs in: Ignition JSON and cloud-config to Butane, and telling them apart.
import { importCloudConfig, isCloudConfig } from "./cloud-config";
import { importIgnition } from "./ignition";

export { importIgnition, ImportError, memoryFilesDir, writeYaml } from "./ignition";
export { importCloudConfig, isCloudConfig } from "./cloud-config";

export type ImportFormat = "butane" | "ignition" | "cloud-config";

/** What a file holds: a cloud-config (#cloud-config), Ignition (JSON with ignition.version), or else Butane. */
export function detectFormat(text: string): ImportFormat {
  if (isCloudConfig(text)) return "cloud-config";
  const t = text.trimStart();
  if (t.startsWith("{")) {
    try {
      const v = JSON.parse(t) as { ignition?: { version?: unknown } };
      if (typeof v?.ignition?.version === "string") return "ignition";
    } catch {
      // not JSON: YAML (a flow mapping) or broken; Butane's own errors will say which
    }
  }
  return "butane";
}

export interface Imported {
  format: Exclude<ImportFormat, "butane">;
  butane: string;
  files: Record<string, Uint8Array>;
  converted: string[];
  warnings: string[];
  /** The spec of the Butane written. */
  variant: string;
  version: string;
}

/** Converts an Ignition config or a cloud-config to Butane (throws with a reason when it cannot). */
export function importConfig(text: string, format: Exclude<ImportFormat, "butane">): Imported {
  if (format === "ignition") return { format, ...importIgnition(text) };
  return { format, variant: "flatcar", version: "1.1.0", ...importCloudConfig(text) };
}
