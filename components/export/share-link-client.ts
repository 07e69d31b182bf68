// Decodes a share link in a worker of its own (one per link, ended afterwards). A worker that
// does not answer in time, crashes, or answers nonsense makes the link refused, never the page.
import type { DecodedLink } from "../../lib/share";
import { ShareLinkReply } from "./share-link-messages";

const TIMEOUT_MS = 30_000;

export function decodeShareLinkOffThread(link: string): Promise<DecodedLink> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./share-link.worker.ts", import.meta.url), { name: "kindling-share-link" });
    const finish = (result: DecodedLink) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const fail = (why: string): DecodedLink => ({ ok: false, problem: "damaged", message: `This share link could not be opened (${why}). Nothing was loaded.` });
    const timer = setTimeout(() => finish(fail("unpacking it took too long")), TIMEOUT_MS);
    worker.onmessage = (event) => {
      const reply = ShareLinkReply.safeParse(event.data);
      finish(reply.success ? reply.data : fail("the unpacker gave an unreadable answer"));
    };
    worker.onerror = () => finish(fail("the unpacker stopped, most likely out of memory"));
    worker.postMessage({ link });
  });
}
