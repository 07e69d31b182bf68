// Schemas for the messages between the page and the engine worker (both directions), and how
// long a run may take. A message that does not fit is answered with an error, never trusted.
import { z } from "../../lib/zod";

export const EngineRequestSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  files: z.record(z.string(), z.instanceof(Uint8Array)).optional(),
});

const sizes = z.object({ bytes: z.number(), escapedDataUrl: z.number() });

export const EngineResponseSchema = z.object({
  id: z.number().int(),
  output: z.string().optional(),
  exports: z.object({ compact: z.string().optional(), pretty: sizes, compactSizes: sizes }).optional(),
  report: z.array(
    z.object({
      level: z.enum(["error", "warning", "info"]),
      message: z.string(),
      path: z.array(z.union([z.string(), z.number()])),
      line: z.number().optional(),
      column: z.number().optional(),
      // Kindling's own checks (lib/lint) carry their check id and say whose finding it is
      id: z.string().optional(),
      source: z.literal("kindling").optional(),
      // what a Kindling finding's fix needs (lib/lint/fixes)
      data: z.record(z.string(), z.string()).optional(),
    }),
  ),
  error: z.string().optional(),
  ms: z.number(),
});

/** How long one run may take before the worker is stopped: 10 s, plus 5 s per MB of text. */
export function engineTimeoutMs(textLength: number): number {
  return 10_000 + Math.ceil((textLength / 1_000_000) * 5_000);
}
