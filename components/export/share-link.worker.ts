// Unpacks a share link off the page's thread: a hostile link (a "zip bomb") costs this worker
// at most the unpacking limit, and the page keeps answering meanwhile.
import { decodeShareLink } from "../../lib/share";
import { ShareLinkRequest } from "./share-link-messages";

self.onmessage = (event: MessageEvent) => {
  const request = ShareLinkRequest.safeParse(event.data);
  if (!request.success) return;
  (self as unknown as Worker).postMessage(decodeShareLink(request.data.link));
};
