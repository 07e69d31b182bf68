// SHA-512 (FIPS 180-4), synchronous and pure, for SHA-512 crypt's 5,000 small digests (the
// browser's crypto.subtle would make each an async round trip). 64-bit words are kept as
// (high, low) pairs of 32-bit integers.

import { BlockHash, rootConstants } from "./block-hash";

/** The 80 round constants: 64 bits of the cube roots of the first 80 primes. */
const K = rootConstants(80, 3, 64);

/** Incremental SHA-512: 128-byte blocks, a 16-byte length field, an 80-word (160 halves) schedule. */
export class Sha512 extends BlockHash {
  /** The initial state: 64 bits of the square roots of the first 8 primes. */
  private static readonly IV = rootConstants(8, 2, 64);

  constructor() {
    super(128, 16, Sha512.IV, 160);
  }

  protected compress(w: Int32Array, h: Int32Array): void {
    for (let t = 32; t < 160; t += 2) {
      // σ0 of w[t-15 words]: rotr 1 ^ rotr 8 ^ shr 7
      let xh = w[t - 30], xl = w[t - 29];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // σ1: rotr 19 ^ rotr 61 ^ shr 6
      xh = w[t - 4];
      xl = w[t - 3];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      let lo = (s0l >>> 0) + (s1l >>> 0) + (w[t - 13] >>> 0) + (w[t - 31] >>> 0);
      const hiSum = s0h + s1h + w[t - 14] + w[t - 32] + Math.floor(lo / 0x100000000);
      w[t] = hiSum | 0;
      w[t + 1] = lo | 0;
    }
    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], kh = h[14], kl = h[15];
    for (let t = 0; t < 160; t += 2) {
      // Σ1(e): rotr 14 ^ rotr 18 ^ rotr 41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      let lo = (kl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[t + 1] >>> 0) + (w[t + 1] >>> 0);
      const t1h = (kh + S1h + chh + K[t] + w[t] + Math.floor(lo / 0x100000000)) | 0;
      const t1l = lo | 0;
      // Σ0(a): rotr 28 ^ rotr 34 ^ rotr 39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      lo = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(lo / 0x100000000)) | 0;
      const t2l = lo | 0;
      // the registers move down one: h←g←f←e←d+T1, d←c←b←a←T1+T2
      [kh, kl, gh, gl, fh, fl] = [gh, gl, fh, fl, eh, el];
      lo = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(lo / 0x100000000)) | 0;
      el = lo | 0;
      [dh, dl, ch, cl, bh, bl] = [ch, cl, bh, bl, ah, al];
      lo = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(lo / 0x100000000)) | 0;
      al = lo | 0;
    }
    const sums = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, kh, kl];
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] >>> 0) + (sums[i + 1] >>> 0);
      h[i] = (h[i] + sums[i] + Math.floor(lo / 0x100000000)) | 0;
      h[i + 1] = lo | 0;
    }
  }
}

export function sha512(data: Uint8Array): Uint8Array {
  return new Sha512().update(data).digest();
}
