// Reading data URLs (RFC 2397) back into bytes, for turning Ignition contents into Butane text.

/** The bytes a data URL holds, or undefined when it is not a well-formed data URL. */
export function decodeDataUrl(url: string): Uint8Array | undefined {
  const m = /^data:([^,]*),(.*)$/s.exec(url);
  if (!m) return undefined;
  const params = m[1].split(";").map((p) => p.trim().toLowerCase());
  if (params[params.length - 1] === "base64") {
    try {
      const bin = atob(decodeURIComponent(m[2]).replace(/\s+/g, ""));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0));
    } catch {
      return undefined;
    }
  }
  const out: number[] = [];
  const utf8 = new TextEncoder();
  const s = m[2];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "%" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...utf8.encode(s[i]));
    }
  }
  return Uint8Array.from(out);
}

/** The bytes as text when they are UTF-8 a person could read (no NULs or control bytes). */
export function readableText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/.test(text)) return undefined;
  return text;
}
