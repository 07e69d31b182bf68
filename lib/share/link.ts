// Share links: the whole document (Butane text and attached files) in the URL fragment, so that
// nothing is ever sent to a server. Format v1 (documented in README.md):
//
//   <base URL>#v1.<payload>
//   payload = base64url( deflate-raw( UTF-8 JSON {"t": text, "f": {path: base64 bytes}} ) ‖ CRC-32 )
//
// The CRC-32 (big-endian, of the uncompressed JSON) tells a cut-off or edited link from a good
// one; the version number tells a link from a newer Kindling apart from a damaged one.
import { deflateSync, Inflate } from "fflate";
import { z } from "../zod";
import { fromBase64, toBase64, toBase64Url, utf8Decode, utf8Encode } from "../go/bytes";
import { crc32 } from "../go/crc32";

export const LINK_FORMAT = 1;

export interface SharedDocument {
  text: string;
  files: Record<string, Uint8Array>;
}

export type LinkProblem = "not-a-link" | "damaged" | "future" | "too-large";

/** A link never unpacks to more JSON than this (the 1 GB "zip bomb" stops here, unallocated). */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

/** What the unpacked JSON must look like: the Butane text, and attached files as base64. */
export const SharePayload = z.object({
  t: z.string(),
  f: z.record(z.string().min(1), z.string()).optional(),
});

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
  const body = m[2].trim();
  if (/[^A-Za-z0-9_\-+/=]/.test(body)) return damaged("it contains characters a share link never has");
  const payload = fromBase64(body);
  if (!payload || payload.length < 5) return damaged("the data is cut short");
  const packed = payload.subarray(0, payload.length - 4);
  const expected = new DataView(payload.buffer, payload.byteOffset).getUint32(payload.length - 4);
  const json = inflateLimited(packed, MAX_UNPACKED_BYTES);
  if (json === "too-large") {
    return {
      ok: false,
      problem: "too-large",
      message: `This share link unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB, the most a share link may hold, so it was not opened. Nothing was loaded.`,
    };
  }
  if (!json) return damaged("the data does not unpack");
  if (crc32(json) !== expected) return damaged("the checksum does not match");
  let parsed: z.infer<typeof SharePayload>;
  try {
    const checked = SharePayload.safeParse(JSON.parse(utf8Decode(json)));
    if (!checked.success) return damaged("the document inside is not a Kindling document");
    parsed = checked.data;
  } catch {
    return damaged("the document inside is unreadable");
  }
  const files: Record<string, Uint8Array> = {};
  for (const [path, b64] of Object.entries(parsed.f ?? {})) {
    const bytes = fromBase64(b64);
    if (!bytes) return damaged(`attached file ${path} is unreadable`);
    files[path] = bytes;
  }
  return { ok: true, doc: { text: parsed.t, files } };
}

/**
 * Inflates raw deflate data in small input steps, giving up as soon as the output passes
 * `limit` bytes: a link made to unpack to gigabytes costs at most `limit` plus one step's output.
 * undefined when the data is not valid deflate (or ends early).
 */
export function inflateLimited(packed: Uint8Array, limit: number): Uint8Array | "too-large" | undefined {
  const STEP = 16 * 1024; // deflate expands at most ~1032x: under 17 MB out per step
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < packed.length; at += STEP) {
      inflate.push(packed.subarray(at, at + STEP), at + STEP >= packed.length);
      if (size > limit) return "too-large";
    }
    if (packed.length === 0) inflate.push(packed, true);
  } catch {
    return undefined;
  }
  if (!ended) return undefined;
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Lengths above which links start to break: chat tools and some browsers' address bars. */
export const LINK_LENGTH_LIMITS = [
  { length: 2_000, where: "some chat tools, e-mail clients and older browsers cut links longer than about 2,000 characters" },
  { length: 8_000, where: "many web servers, proxies and messaging apps refuse links longer than about 8,000 characters" },
  { length: 64_000, where: "links longer than about 64,000 characters fail in several browsers' address bars" },
];

/** The one limit that matters for a link this long (the largest it passes), or undefined. */
export function linkLengthWarning(length: number): (typeof LINK_LENGTH_LIMITS)[number] | undefined {
  return LINK_LENGTH_LIMITS.filter((l) => length > l.length).pop();
}
