// The shape of a template as it comes into the app (templates/<id>/meta.json, config.bu and
// files/, bundled by scripts/gen-templates.cjs). Parsed with zod like every other input from
// outside the code: a broken meta.json is reported by name, never half-used.
import { z } from "zod";

const port = z.number().int().min(1).max(65535);

export const lessonStepSchema = z.strictObject({
  title: z.string().min(1),
  text: z.string().min(1),
  /** The view the step is about: it is opened when the step shows. */
  view: z.enum(["form", "code"]),
  /** Text in the document the step points at (its first occurrence is revealed). */
  target: z.string().min(1).optional(),
  /** A step that asks the learner to do something: done when the document matches `pattern`. */
  task: z
    .strictObject({
      pattern: z.string().min(1),
      flags: z.string().regex(/^[imsu]*$/).optional(),
      done: z.string().min(1),
    })
    .optional(),
});

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a template id is lower-case letters, digits and dashes"),
  order: z.number().int().optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  explanation: z.array(z.string().min(1)).min(1),
  /** Web ports to forward when trying it in QEMU (host → guest). */
  ports: z.array(z.strictObject({ host: port, guest: port })),
  /** Needs a second disk (/dev/vdb) to try it. */
  disk: z.boolean().optional(),
  lesson: z.array(lessonStepSchema).min(2).optional(),
  config: z.string().min(1),
  /** Files for `local:`, by path relative to files/, as base64. */
  files: z.record(z.string(), z.string()),
});

export const templatesSchema = z.array(templateSchema);

export type LessonStep = z.infer<typeof lessonStepSchema>;
export type TemplateData = z.infer<typeof templateSchema>;
