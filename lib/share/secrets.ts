// Finds what should not travel in a share link (password hashes, private keys, tokens and
// credentials) and makes a copy of the document without them.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from "yaml";
import { utf8Decode } from "../go/bytes";
import type { SharedDocument } from "./link";

export interface Secret {
  /** Where: a YAML path like "passwd.users.0.password_hash", or "file:<name>" for an attachment. */
  where: string;
  kind: "password hash" | "private key" | "token or password" | "credentials";
}

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const TOKEN = /\b(?:[A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY)[A-Z0-9_]*)\s*[:=]\s*["']?[^\s"'$]{6,}/i;
const AWS_KEY = /\bAKIA[0-9A-Z]{16}\b/;
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+:[^/@\s]+@/i;

function textSecret(text: string): Secret["kind"] | undefined {
  if (PRIVATE_KEY.test(text)) return "private key";
  if (TOKEN.test(text) || AWS_KEY.test(text)) return "token or password";
  return undefined;
}

type Finding = Secret & { path: (string | number)[] };

function scan(doc: Document): Finding[] {
  const found: Finding[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const key = String(pair.key.value);
      const value = pair.value.value;
      const path = pathOf(ancestors, key);
      if (key === "password_hash" && value !== null && value !== "") found.push({ where: path.join("."), path, kind: "password hash" });
      else if (typeof value === "string") {
        const kind = key === "source" && URL_CREDENTIALS.test(value) ? "credentials" : key === "inline" || key === "contents" || key === "value" ? textSecret(value) : undefined;
        if (kind) found.push({ where: path.join("."), path, kind });
      }
    },
  });
  return found;
}

function pathOf(ancestors: readonly unknown[], key: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i];
    const next = ancestors[i + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as never));
    else if (isMap(node)) continue;
  }
  path.push(key);
  return path;
}

export function findSecrets(doc: SharedDocument): Secret[] {
  const parsed = parseDocument(doc.text);
  const found: Secret[] = scan(parsed).map(({ where, kind }) => ({ where, kind }));
  for (const [name, bytes] of Object.entries(doc.files)) {
    const kind = textSecret(utf8Decode(bytes.subarray(0, 1 << 20)));
    if (kind) found.push({ where: `file:${name}`, kind });
  }
  return found;
}

/** The document with every secret left out: password hashes removed, secret texts emptied, secret attachments dropped. */
export function withoutSecrets(doc: SharedDocument): SharedDocument {
  const parsed = parseDocument(doc.text);
  if (parsed.errors.length) return { text: doc.text, files: {} };
  for (const f of scan(parsed).reverse()) {
    if (f.kind === "password hash") parsed.deleteIn(f.path);
    else {
      parsed.setIn(f.path, "");
      const node = parsed.getIn(f.path, true);
      if (isScalar(node)) node.comment = " left out of the shared link";
    }
  }
  const files: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(doc.files)) {
    if (!textSecret(utf8Decode(bytes.subarray(0, 1 << 20)))) files[name] = bytes;
  }
  return { text: parsed.toString(), files };
}
