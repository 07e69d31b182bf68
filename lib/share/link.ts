// Share links: the whole document (Butane text and attached files) in the URL fragment, so that
// nothing is ever sent to a server. Format v1 (documented in README.md):
//
//   <base URL>#v1.<payload>
//   payload = base64url( deflate-raw( UTF-8 JSON {"t": text, "f": {path: base64 bytes}} ) ‖ CRC-32 )
//
// The CRC-32 (big-endian, of the uncompressed JSON) tells a cut-off or edited link from a good
// one; the version number tells a link from a newer Kindling apart from a damaged one.
import { deflateSync, inflateSync } from "fflate";
import { fromBase64, toBase64, toBase64Url, utf8Decode, utf8Encode } from "../go/bytes";
import { crc32 } from "../go/crc32";

export const LINK_FORMAT = 1;

export interface SharedDocument {
  text: string;
  files: Record<string, Uint8Array>;
}

export type LinkProblem = "not-a-link" | "damaged" | "future";

export type DecodedLink = { ok: true; doc: SharedDocument } | { ok: false; problem: LinkProblem; message: string };

export function encodeShareLink(doc: SharedDocument, base: string): string {
  const files: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(doc.files)) files[path] = toBase64(bytes);
  const json = utf8Encode(JSON.stringify(Object.keys(files).length ? { t: doc.text, f: files } : { t: doc.text }));
  const packed = deflateSync(json, { level: 9 });
  const sum = crc32(json);
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  new DataView(payload.buffer).setUint32(packed.length, sum);
  return `${base.replace(/#.*$/, "")}#v${LINK_FORMAT}.${toBase64Url(payload)}`;
}

const damaged = (detail: string): DecodedLink => ({
  ok: false,
  problem: "damaged",
  message: `This share link is damaged or incomplete (${detail}); it may have been cut off or changed when it was copied. Nothing was loaded.`,
});

/** Reads a share link (a whole URL, or just its fragment). Never throws. */
export function decodeShareLink(link: string): DecodedLink {
  const hash = link.includes("#") ? link.slice(link.indexOf("#") + 1) : link;
  const m = /^v(\d+)\.(.*)$/s.exec(hash.trim());
  if (!m) return { ok: false, problem: "not-a-link", message: "This is not a Kindling share link." };
  const version = Number(m[1]);
  if (version > LINK_FORMAT) {
    return {
      ok: false,
      problem: "future",
      message: `This share link was made by a newer Kindling (link format ${version}; this version reads format ${LINK_FORMAT}). Nothing was loaded.`,
    };
  }
  if (version < 1) return damaged("unknown format number");
  const payload = fromBase64(m[2]);
  if (!payload || payload.length < 5) return damaged("the data is cut short");
  const packed = payload.subarray(0, payload.length - 4);
  const expected = new DataView(payload.buffer, payload.byteOffset).getUint32(payload.length - 4);
  let json: Uint8Array;
  try {
    json = inflateSync(packed);
  } catch {
    return damaged("the data does not unpack");
  }
  if (crc32(json) !== expected) return damaged("the checksum does not match");
  try {
    const parsed = JSON.parse(utf8Decode(json)) as { t?: unknown; f?: Record<string, unknown> };
    if (typeof parsed.t !== "string") return damaged("no document inside");
    const files: Record<string, Uint8Array> = {};
    for (const [path, b64] of Object.entries(parsed.f ?? {})) {
      const bytes = typeof b64 === "string" ? fromBase64(b64) : undefined;
      if (!bytes) return damaged(`attached file ${path} is unreadable`);
      files[path] = bytes;
    }
    return { ok: true, doc: { text: parsed.t, files } };
  } catch {
    return damaged("the document inside is unreadable");
  }
}

/** Lengths above which links start to break: chat tools and some browsers' address bars. */
export const LINK_LENGTH_LIMITS = [
  { length: 2_000, where: "some chat tools, e-mail clients and older browsers cut links longer than about 2,000 characters" },
  { length: 8_000, where: "many web servers, proxies and messaging apps refuse links longer than about 8,000 characters" },
  { length: 64_000, where: "links longer than about 64,000 characters fail in several browsers' address bars" },
];
