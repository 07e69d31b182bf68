// The messages between the page and the share-link worker, checked on arrival both ways.
import { z } from "../../lib/zod";

export const ShareLinkRequest = z.object({ link: z.string() });

export const ShareLinkReply = z.union([
  z.object({ ok: z.literal(true), doc: z.object({ text: z.string(), files: z.record(z.string(), z.instanceof(Uint8Array)) }) }),
  z.object({ ok: z.literal(false), problem: z.enum(["not-a-link", "damaged", "future", "too-large"]), message: z.string() }),
]);
