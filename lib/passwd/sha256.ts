// SHA-256, HMAC-SHA256 and PBKDF2-HMAC-SHA256 (FIPS 180-4, RFC 2104, RFC 8018), synchronous and
// pure: yescrypt needs them in a Web Worker and in Node, where crypto.subtle is async-only.

import { BlockHash, rootConstants } from "./block-hash";

const K = rootConstants(64, 3, 32);
const IV = rootConstants(8, 2, 32);

/** Incremental SHA-256. */
export class Sha256 extends BlockHash {
  constructor() {
    super(64, 8, IV, 64);
  }

  protected compress(w: Int32Array, h: Int32Array): void {
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15];
      const b = w[t - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + k) | 0;
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Sha256().update(data).digest();
}

/** HMAC-SHA256 with the key's pads hashed once; `mac` can run many times (PBKDF2's blocks). */
class HmacSha256 {
  private inner = new Uint8Array(64);
  private outer = new Uint8Array(64);
  constructor(key: Uint8Array) {
    const k = key.length > 64 ? sha256(key) : key;
    for (let i = 0; i < 64; i++) {
      const b = i < k.length ? k[i] : 0;
      this.inner[i] = b ^ 0x36;
      this.outer[i] = b ^ 0x5c;
    }
  }
  mac(...parts: Uint8Array[]): Uint8Array {
    const h = new Sha256().update(this.inner);
    for (const p of parts) h.update(p);
    return new Sha256().update(this.outer).update(h.digest()).digest();
  }
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return new HmacSha256(key).mac(message);
}

/** PBKDF2-HMAC-SHA256 producing `length` bytes. */
export function pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Uint8Array {
  const prf = new HmacSha256(password);
  const out = new Uint8Array(length);
  const counter = new Uint8Array(4);
  for (let block = 1, pos = 0; pos < length; block++, pos += 32) {
    counter[0] = block >>> 24;
    counter[1] = block >>> 16;
    counter[2] = block >>> 8;
    counter[3] = block;
    let u = prf.mac(salt, counter);
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      u = prf.mac(u);
      for (let j = 0; j < 32; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(32, length - pos)), pos);
  }
  return out;
}
