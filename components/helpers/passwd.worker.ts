// Hashes one password off the main thread (yescrypt takes about a second) and reports progress.
// The password lives only in this message exchange: nothing is stored.
import { hashPassword, type HashMethod } from "../../lib/passwd";

export type PasswdRequest = { password: string; method: HashMethod };
export type PasswdResponse = { progress: number } | { hash: string } | { error: string };

self.onmessage = (e: MessageEvent<PasswdRequest>) => {
  const { password, method } = e.data;
  const post = (m: PasswdResponse) => (self as unknown as Worker).postMessage(m);
  try {
    post({ hash: hashPassword(password, method === "sha512crypt" ? "sha512crypt" : "yescrypt", (f) => post({ progress: f })) });
  } catch (err) {
    post({ error: (err as Error).message });
  }
};
