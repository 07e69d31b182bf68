// zod for every boundary, set up once: without its `new Function` speed-up, which the page's
// Content-Security-Policy forbids (a strict policy even reports zod's guarded probe for it).
// Import `z` from here, not from "zod", so the setting is in place in every page and worker.
import { z } from "zod";

z.config({ jitless: true });

export { z };
