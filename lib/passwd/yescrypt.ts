// yescrypt (Openwall's password hashing scheme, the `$y$` crypt format of libxcrypt and
// mkpasswd), written from the reference description in openwall/yescrypt's yescrypt-ref.c and
// yescrypt-common.c. Only the flavour every `$y$` hash uses in practice is supported: the RW
// mode with pwxform (6 rounds, 4-way gather, 2-way simple, 12 KiB S-boxes), without ROM.
//
// Data inside SMix are 32-bit words in the reference's "SIMD shuffled" order (word i of a
// 64-byte block sits at position i*5 mod 16): pwxform and Integerify read them in that order,
// so it is part of the algorithm's definition, not an optimisation.
import { encode64, decode64, encodeUint, decodeUint } from "./crypt64";
import { hmacSha256, pbkdf2Sha256, sha256 } from "./sha256";

export const YESCRYPT_RW = 0x002;
/** RW | ROUNDS_6 | GATHER_4 | SIMPLE_2 | SBOX_12K: the only flavour supported (and the default). */
export const YESCRYPT_DEFAULT_FLAGS = 0x002 | 0x004 | 0x010 | 0x020 | 0x080;
const PREHASH = 0x10000000;

export interface YescryptParams {
  flags: number;
  /** Block count, a power of two. */
  N: number;
  /** Block size in units of 128 bytes. */
  r: number;
  p: number;
  t: number;
}

/** mkpasswd's and libxcrypt's default: cost 5, N = 4096, r = 32 (16 MiB), the "j9T" prefix. */
export const YESCRYPT_DEFAULTS: YescryptParams = { flags: YESCRYPT_DEFAULT_FLAGS, N: 4096, r: 32, p: 1, t: 0 };

/** Called now and then while hashing with the fraction done (0..1). */
export type Progress = (fraction: number) => void;

const SHUFFLE = [0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11];
const SWORDS = 3072; // 12 KiB of S-boxes: S2, S1, S0 of 512 64-bit entries each
const SMASK = 0xff0;

/** The Salsa20 core with `rounds` rounds on the 16 shuffled words at B[o..o+16). */
function salsa20(B: Int32Array, o: number, rounds: number): void {
  let x0 = B[o], x5 = B[o + 1], x10 = B[o + 2], x15 = B[o + 3];
  let x4 = B[o + 4], x9 = B[o + 5], x14 = B[o + 6], x3 = B[o + 7];
  let x8 = B[o + 8], x13 = B[o + 9], x2 = B[o + 10], x7 = B[o + 11];
  let x12 = B[o + 12], x1 = B[o + 13], x6 = B[o + 14], x11 = B[o + 15];
  for (let i = 0; i < rounds; i += 2) {
    let u: number;
    u = (x0 + x12) | 0; x4 ^= (u << 7) | (u >>> 25);
    u = (x4 + x0) | 0; x8 ^= (u << 9) | (u >>> 23);
    u = (x8 + x4) | 0; x12 ^= (u << 13) | (u >>> 19);
    u = (x12 + x8) | 0; x0 ^= (u << 18) | (u >>> 14);
    u = (x5 + x1) | 0; x9 ^= (u << 7) | (u >>> 25);
    u = (x9 + x5) | 0; x13 ^= (u << 9) | (u >>> 23);
    u = (x13 + x9) | 0; x1 ^= (u << 13) | (u >>> 19);
    u = (x1 + x13) | 0; x5 ^= (u << 18) | (u >>> 14);
    u = (x10 + x6) | 0; x14 ^= (u << 7) | (u >>> 25);
    u = (x14 + x10) | 0; x2 ^= (u << 9) | (u >>> 23);
    u = (x2 + x14) | 0; x6 ^= (u << 13) | (u >>> 19);
    u = (x6 + x2) | 0; x10 ^= (u << 18) | (u >>> 14);
    u = (x15 + x11) | 0; x3 ^= (u << 7) | (u >>> 25);
    u = (x3 + x15) | 0; x7 ^= (u << 9) | (u >>> 23);
    u = (x7 + x3) | 0; x11 ^= (u << 13) | (u >>> 19);
    u = (x11 + x7) | 0; x15 ^= (u << 18) | (u >>> 14);
    u = (x0 + x3) | 0; x1 ^= (u << 7) | (u >>> 25);
    u = (x1 + x0) | 0; x2 ^= (u << 9) | (u >>> 23);
    u = (x2 + x1) | 0; x3 ^= (u << 13) | (u >>> 19);
    u = (x3 + x2) | 0; x0 ^= (u << 18) | (u >>> 14);
    u = (x5 + x4) | 0; x6 ^= (u << 7) | (u >>> 25);
    u = (x6 + x5) | 0; x7 ^= (u << 9) | (u >>> 23);
    u = (x7 + x6) | 0; x4 ^= (u << 13) | (u >>> 19);
    u = (x4 + x7) | 0; x5 ^= (u << 18) | (u >>> 14);
    u = (x10 + x9) | 0; x11 ^= (u << 7) | (u >>> 25);
    u = (x11 + x10) | 0; x8 ^= (u << 9) | (u >>> 23);
    u = (x8 + x11) | 0; x9 ^= (u << 13) | (u >>> 19);
    u = (x9 + x8) | 0; x10 ^= (u << 18) | (u >>> 14);
    u = (x15 + x14) | 0; x12 ^= (u << 7) | (u >>> 25);
    u = (x12 + x15) | 0; x13 ^= (u << 9) | (u >>> 23);
    u = (x13 + x12) | 0; x14 ^= (u << 13) | (u >>> 19);
    u = (x14 + x13) | 0; x15 ^= (u << 18) | (u >>> 14);
  }
  B[o] = (B[o] + x0) | 0; B[o + 1] = (B[o + 1] + x5) | 0;
  B[o + 2] = (B[o + 2] + x10) | 0; B[o + 3] = (B[o + 3] + x15) | 0;
  B[o + 4] = (B[o + 4] + x4) | 0; B[o + 5] = (B[o + 5] + x9) | 0;
  B[o + 6] = (B[o + 6] + x14) | 0; B[o + 7] = (B[o + 7] + x3) | 0;
  B[o + 8] = (B[o + 8] + x8) | 0; B[o + 9] = (B[o + 9] + x13) | 0;
  B[o + 10] = (B[o + 10] + x2) | 0; B[o + 11] = (B[o + 11] + x7) | 0;
  B[o + 12] = (B[o + 12] + x12) | 0; B[o + 13] = (B[o + 13] + x1) | 0;
  B[o + 14] = (B[o + 14] + x6) | 0; B[o + 15] = (B[o + 15] + x11) | 0;
}

/** scrypt's BlockMix with Salsa20/8 on X (2r blocks); Y is scratch of the same size. */
function blockmixSalsa8(X: Int32Array, Y: Int32Array, r: number): void {
  const T = Y.subarray(2 * r * 16, 2 * r * 16 + 16);
  T.set(X.subarray((2 * r - 1) * 16, 2 * r * 16));
  for (let i = 0; i < 2 * r; i++) {
    for (let k = 0; k < 16; k++) T[k] ^= X[i * 16 + k];
    salsa20(T, 0, 8);
    Y.set(T, i * 16);
  }
  for (let i = 0; i < r; i++) {
    X.set(Y.subarray(i * 32, i * 32 + 16), i * 16);
    X.set(Y.subarray(i * 32 + 16, i * 32 + 32), (i + r) * 16);
  }
}

/** pwxform's S-boxes and write position. */
interface Sbox {
  S: Int32Array;
  s0: number;
  s1: number;
  s2: number;
  w: number;
}

/**
 * yescrypt's BlockMix_pwxform on X (2r blocks of 64 bytes): pwxform over each 64-byte
 * sub-block chained, then Salsa20/2 on the last one.
 */
function blockmixPwxform(X: Int32Array, r: number, ctx: Sbox, T: Int32Array): void {
  const S = ctx.S;
  const r1 = 2 * r;
  let { s0, s1, s2, w } = ctx;
  T.set(X.subarray((r1 - 1) * 16, r1 * 16));
  for (let b = 0; b < r1; b++) {
    const base = b * 16;
    if (r1 > 1) for (let k = 0; k < 16; k++) T[k] ^= X[base + k];
    for (let round = 0; round < 6; round++) {
      const write = round !== 0 && round !== 5;
      for (let j = 0; j < 16; j += 4) {
        const p0 = s0 + ((T[j] & SMASK) >>> 2);
        const p1 = s1 + ((T[j + 1] & SMASK) >>> 2);
        for (let k = 0; k < 4; k += 2) {
          const xl = T[j + k];
          const xh = T[j + k + 1];
          // 64-bit x = hi(B) * lo(B) from 16-bit halves, exact in doubles
          const a0 = xh & 0xffff, a1 = xh >>> 16, b0 = xl & 0xffff, b1 = xl >>> 16;
          const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
          const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
          const lo = (((mid & 0xffff) * 0x10000) + (p00 & 0xffff)) + (S[p0 + k] >>> 0);
          const hi = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + (S[p0 + k + 1] >>> 0) + (lo >= 0x100000000 ? 1 : 0);
          const rl = (lo | 0) ^ S[p1 + k];
          const rh = (hi | 0) ^ S[p1 + k + 1];
          T[j + k] = rl;
          T[j + k + 1] = rh;
          if (write) {
            S[s2 + w * 2] = rl;
            S[s2 + w * 2 + 1] = rh;
            w++;
          }
        }
      }
    }
    const t = s0;
    s0 = s2;
    s2 = s1;
    s1 = t;
    w &= 511;
    X.set(T, base);
  }
  ctx.s0 = s0;
  ctx.s1 = s1;
  ctx.s2 = s2;
  ctx.w = w;
  salsa20(X, (r1 - 1) * 16, 2);
}

function p2floor(x: number): number {
  let p = 1;
  while (p * 2 <= x) p *= 2;
  return p;
}

interface Work {
  XY: Int32Array;
  T: Int32Array;
  tick: (n: number) => void;
}

function loadX(X: Int32Array, B: Int32Array, bo: number, words: number): void {
  for (let k = 0; k < words; k += 16) for (let i = 0; i < 16; i++) X[k + i] = B[bo + k + SHUFFLE[i]];
}
function storeX(X: Int32Array, B: Int32Array, bo: number, words: number): void {
  for (let k = 0; k < words; k += 16) for (let i = 0; i < 16; i++) B[bo + k + SHUFFLE[i]] = X[k + i];
}

function mix(X: Int32Array, r: number, ctx: Sbox | null, work: Work): void {
  if (ctx) blockmixPwxform(X, r, ctx, work.T);
  else blockmixSalsa8(X, work.XY.subarray(32 * r), r);
}

/** SMix1: fills V[vo ..] with N blocks of 128r bytes (RW: each also mixed with an earlier one). */
function smix1(B: Int32Array, bo: number, r: number, N: number, rw: boolean, V: Int32Array, vo: number, ctx: Sbox | null, work: Work): void {
  const s = 32 * r;
  const X = work.XY.subarray(0, s);
  const last = (2 * r - 1) * 16;
  loadX(X, B, bo, s);
  for (let i = 0; i < N; i++) {
    V.set(X, vo + i * s);
    if (rw && i > 1) {
      const n = p2floor(i);
      const j = ((X[last] & (n - 1)) >>> 0) + (i - n); // Wrap(Integerify(X), i)
      const vj = vo + j * s;
      for (let k = 0; k < s; k++) X[k] ^= V[vj + k];
    }
    mix(X, r, ctx, work);
    if (ctx) work.tick(1);
  }
  storeX(X, B, bo, s);
}

/** SMix2: Nloop rounds reading (and in RW mode rewriting) V[vo ..] at data-dependent places. */
function smix2(B: Int32Array, bo: number, r: number, N: number, Nloop: number, rw: boolean, V: Int32Array, vo: number, ctx: Sbox | null, work: Work): void {
  const s = 32 * r;
  const X = work.XY.subarray(0, s);
  const last = (2 * r - 1) * 16;
  loadX(X, B, bo, s);
  for (let i = 0; i < Nloop; i++) {
    const vj = vo + (X[last] & (N - 1)) * s;
    if (rw) {
      for (let k = 0; k < s; k++) V[vj + k] = X[k] ^= V[vj + k];
    } else {
      for (let k = 0; k < s; k++) X[k] ^= V[vj + k];
    }
    mix(X, r, ctx, work);
    if (ctx) work.tick(1);
  }
  storeX(X, B, bo, s);
}

function wordsToBytes(w: Int32Array, from: number, count: number): Uint8Array {
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const v = w[from + i];
    out[i * 4] = v;
    out[i * 4 + 1] = v >>> 8;
    out[i * 4 + 2] = v >>> 16;
    out[i * 4 + 3] = v >>> 24;
  }
  return out;
}

function bytesToWords(b: Uint8Array): Int32Array {
  const out = new Int32Array(b.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = b[i * 4] | (b[i * 4 + 1] << 8) | (b[i * 4 + 2] << 16) | (b[i * 4 + 3] << 24);
  return out;
}

function loopCounts(N: number, p: number, t: number): { nloopAll: number; nloopRw: number } {
  let all = Math.floor(N / p);
  if (t <= 1) {
    if (t) all *= 2;
    all = Math.floor((all + 2) / 3);
  } else {
    all *= t - 1;
  }
  let rw = Math.floor(all / p);
  all += all & 1;
  rw += rw & 1;
  return { nloopAll: all, nloopRw: rw };
}

/** yescrypt_kdf_body for the RW flavour: 32 bytes of output. */
function kdfBody(password: Uint8Array, salt: Uint8Array, flags: number, N: number, r: number, p: number, t: number, tick: (n: number) => void): Uint8Array {
  const s = 32 * r;
  let passwd = hmacSha256(new TextEncoder().encode(flags & PREHASH ? "yescrypt-prehash" : "yescrypt"), password);
  const B = bytesToWords(pbkdf2Sha256(passwd, salt, 1, 128 * r * p));
  passwd = wordsToBytes(B, 0, 8);
  const V = new Int32Array(s * N);
  const work: Work = { XY: new Int32Array(2 * s + 16), T: new Int32Array(16), tick };
  const { nloopAll, nloopRw } = loopCounts(N, p, t);
  const nchunk = Math.floor(N / p) & ~1;
  const boxes: Sbox[] = [];
  for (let i = 0; i < p; i++) {
    const np = i < p - 1 ? nchunk : N - i * nchunk;
    const bo = i * s;
    const S = new Int32Array(SWORDS);
    smix1(B, bo, 1, SWORDS / 32, false, S, 0, null, work);
    const ctx: Sbox = { S, s2: 0, s1: 1024, s0: 2048, w: 0 };
    boxes.push(ctx);
    if (i === 0) passwd = hmacSha256(wordsToBytes(B, bo + s - 16, 16), passwd);
    smix1(B, bo, r, np, true, V, i * nchunk * s, ctx, work);
    smix2(B, bo, r, p2floor(np), nloopRw, true, V, i * nchunk * s, ctx, work);
  }
  if (nloopAll > nloopRw) {
    for (let i = 0; i < p; i++) smix2(B, i * s, r, N, nloopAll - nloopRw, false, V, 0, boxes[i], work);
  }
  const dk = pbkdf2Sha256(passwd, wordsToBytes(B, 0, B.length), 1, 32);
  if (flags & PREHASH) return dk;
  // ClientKey and StoredKey as in SCRAM (RFC 5802), with SHA-256
  return sha256(hmacSha256(dk, new TextEncoder().encode("Client Key")));
}

/** Raw yescrypt: 32 bytes from password and salt bytes. */
export function yescryptRaw(password: Uint8Array, salt: Uint8Array, params: YescryptParams, onProgress?: Progress): Uint8Array {
  const { flags, N, r, p, t } = params;
  if (flags !== YESCRYPT_DEFAULT_FLAGS) throw new Error("unsupported yescrypt flavour (only the standard RW flavour, `$y$j…`, is supported)");
  if (N < 2 || (N & (N - 1)) !== 0 || N > 2 ** 24) throw new Error("yescrypt N must be a power of two from 2 to 2^24");
  if (r < 1 || p < 1 || r * p >= 2 ** 30 || Math.floor(N / p) <= 1) throw new Error("bad yescrypt r or p");
  if (128 * r * N > 2 ** 30) throw new Error("yescrypt parameters need more than 1 GiB of memory");
  const main = loopCounts(N, p, t);
  const prehash = Math.floor(N / p) >= 0x100 && Math.floor(N / p) * r >= 0x20000;
  const pre = prehash ? loopCounts(N >> 6, p, 0) : { nloopAll: 0, nloopRw: 0 };
  const total = N + main.nloopAll + (prehash ? (N >> 6) + pre.nloopAll : 0);
  let done = 0;
  let next = total / 50;
  const tick = (n: number) => {
    done += n;
    if (onProgress && done >= next) {
      next += total / 50;
      onProgress(Math.min(1, done / total));
    }
  };
  let pw = password;
  if (prehash) pw = kdfBody(password, salt, flags | PREHASH, N >> 6, r, p, 0, tick);
  const out = kdfBody(pw, salt, flags, N, r, p, t, tick);
  onProgress?.(1);
  return out;
}

/** The `$y$` prefix for these parameters (flavour, log2 N, r, and p/t when not 1/0). */
export function yescryptPrefix(params: YescryptParams = YESCRYPT_DEFAULTS): string {
  const flavor = params.flags < YESCRYPT_RW ? params.flags : YESCRYPT_RW + ((params.flags - YESCRYPT_RW) >> 2);
  let out = "$y$" + encodeUint(flavor, 0) + encodeUint(Math.log2(params.N), 1) + encodeUint(params.r, 1);
  const have = (params.p !== 1 ? 1 : 0) | (params.t ? 2 : 0);
  if (have) {
    out += encodeUint(have, 1);
    if (have & 1) out += encodeUint(params.p, 2);
    if (have & 2) out += encodeUint(params.t, 1);
  }
  return out + "$";
}

/** A `$y$` setting: the prefix and the salt bytes (16 random bytes, as mkpasswd uses). */
export function yescryptSetting(salt: Uint8Array, params: YescryptParams = YESCRYPT_DEFAULTS): string {
  return yescryptPrefix(params) + encode64(salt);
}

interface ParsedSetting {
  params: YescryptParams;
  /** The setting up to and including the salt text (what the hash repeats). */
  head: string;
  salt: Uint8Array;
}

export function parseYescryptSetting(setting: string): ParsedSetting {
  const bad = (why: string) => new Error(`not a yescrypt setting: ${why}`);
  if (!setting.startsWith("$y$")) throw bad("it does not start with $y$");
  const read = (pos: number, min: number) => {
    const v = decodeUint(setting, pos, min);
    if (!v) throw bad("bad parameter encoding");
    return v;
  };
  let [flavor, pos] = read(3, 0);
  const flags = flavor < YESCRYPT_RW ? flavor : YESCRYPT_RW + ((flavor - YESCRYPT_RW) << 2);
  let nlog2: number;
  [nlog2, pos] = read(pos, 1);
  if (nlog2 > 63) throw bad("N too large");
  let r: number;
  [r, pos] = read(pos, 1);
  const params: YescryptParams = { flags, N: 2 ** nlog2, r, p: 1, t: 0 };
  if (setting[pos] !== "$") {
    let have: number;
    [have, pos] = read(pos, 1);
    if (have & 1) [params.p, pos] = read(pos, 2);
    if (have & 2) [params.t, pos] = read(pos, 1);
    if (have & ~3) throw bad("upgrades and ROMs are not supported");
  }
  if (setting[pos++] !== "$") throw bad("missing $ after the parameters");
  const rest = setting.slice(pos);
  const end = rest.lastIndexOf("$");
  const saltText = end < 0 ? rest : rest.slice(0, end);
  const salt = decode64(saltText);
  if (!salt || salt.length > 64) throw bad("bad salt");
  return { params, head: setting.slice(0, pos) + saltText, salt };
}

/** crypt(3) with a `$y$` setting (or a whole `$y$` hash, whose salt is reused). */
export function yescryptCrypt(password: Uint8Array, setting: string, onProgress?: Progress): string {
  const { params, head, salt } = parseYescryptSetting(setting);
  return head + "$" + encode64(yescryptRaw(password, salt, params, onProgress));
}
