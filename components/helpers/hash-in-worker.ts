// Runs lib/passwd in a throw-away Web Worker: one worker per hash, ended when done, so no
// password stays in any long-lived memory.
import type { HashMethod } from "../../lib/passwd";
import type { PasswdResponse } from "./passwd.worker";

export function hashInWorker(password: string, method: HashMethod, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./passwd.worker.ts", import.meta.url), { name: "kindling-passwd" });
    worker.onmessage = (e: MessageEvent<PasswdResponse>) => {
      const m = e.data;
      if ("progress" in m) return onProgress(m.progress);
      worker.terminate();
      if ("hash" in m) resolve(m.hash);
      else reject(new Error(m.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "the hashing worker failed"));
    };
    worker.postMessage({ password, method });
  });
}
