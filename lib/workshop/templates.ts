// The bundled templates, checked against their schema once, with their files as bytes.
import { fromBase64 } from "../go/bytes";
import { RAW_TEMPLATES } from "./templates.generated";
import { templatesSchema, type TemplateData } from "./schema";

export interface Template extends Omit<TemplateData, "files"> {
  files: Record<string, Uint8Array>;
}

/** Parses bundled template data; throws with the zod message when it does not fit the schema. */
export function parseTemplates(raw: unknown): Template[] {
  const parsed = templatesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`template data is invalid: ${parsed.error.message}`);
  return parsed.data.map((t) => {
    const files: Record<string, Uint8Array> = {};
    for (const [path, b64] of Object.entries(t.files)) {
      const bytes = fromBase64(b64);
      if (!bytes) throw new Error(`template ${t.id}: file ${path} is not valid base64`);
      files[path] = bytes;
    }
    return { ...t, files };
  });
}

let cache: Template[] | undefined;

/** Every template, in gallery order. */
export function allTemplates(): Template[] {
  return (cache ??= parseTemplates(RAW_TEMPLATES));
}

export function findTemplate(id: string): Template | undefined {
  return allTemplates().find((t) => t.id === id);
}

/** The templates that can be walked as a lesson. */
export function lessonTemplates(): Template[] {
  return allTemplates().filter((t) => t.lesson);
}
