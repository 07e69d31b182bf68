export { decodeShareLink, encodeShareLink, inflateLimited, LINK_FORMAT, LINK_LENGTH_LIMITS, linkLengthWarning, MAX_UNPACKED_BYTES, SharePayload } from "./link";
export type { DecodedLink, LinkProblem, SharedDocument } from "./link";
export { findSecrets, withoutSecrets } from "./secrets";
export type { Secret } from "./secrets";
export { fromBase64, toBase64, toBase64Url, utf8Decode, utf8Encode } from "../go/bytes";
