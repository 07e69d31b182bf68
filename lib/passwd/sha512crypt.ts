// SHA-512 crypt (`$6$`), Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512" (2007),
// as glibc and libxcrypt compute it.
import { ITOA64 } from "./crypt64";
import { Sha512 } from "./sha512";

export const SHA512_DEFAULT_ROUNDS = 5000;
const MIN_ROUNDS = 1000;
const MAX_ROUNDS = 999_999_999;

/** Output order of the 64 digest bytes, three at a time (the last one alone). */
const ORDER = [
  0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47, 5, 26, 6, 27, 48, 28, 49, 7, 50, 8, 29,
  9, 30, 51, 31, 52, 10, 53, 11, 32, 12, 33, 54, 34, 55, 13, 56, 14, 35, 15, 36, 57, 37, 58, 16, 59,
  17, 38, 18, 39, 60, 40, 61, 19, 62, 20, 41,
];

function repeatTo(block: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += block.length) out.set(block.subarray(0, Math.min(block.length, length - i)), i);
  return out;
}

export interface Sha512Setting {
  /** Rounds, and whether the setting spelled them out (then the hash repeats `rounds=N$`). */
  rounds: number;
  explicitRounds: boolean;
  /** Salt bytes (at most 16). */
  salt: Uint8Array;
}

export function parseSha512Setting(setting: string): Sha512Setting {
  if (!setting.startsWith("$6$")) throw new Error("not a SHA-512 crypt setting: it does not start with $6$");
  let rest = setting.slice(3);
  let rounds = SHA512_DEFAULT_ROUNDS;
  let explicitRounds = false;
  const m = /^rounds=(\d+)\$/.exec(rest);
  if (m) {
    rounds = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Number(m[1])));
    explicitRounds = true;
    rest = rest.slice(m[0].length);
  }
  const end = rest.indexOf("$");
  const saltText = (end < 0 ? rest : rest.slice(0, end)).slice(0, 16);
  return { rounds, explicitRounds, salt: new TextEncoder().encode(saltText) };
}

/** crypt(3) with a `$6$` setting (or a whole `$6$` hash). Salt characters are taken as given. */
export function sha512Crypt(password: Uint8Array, setting: string): string {
  const { rounds, explicitRounds, salt } = parseSha512Setting(setting);
  const pw = password;
  const B = new Sha512().update(pw).update(salt).update(pw).digest();
  const a = new Sha512().update(pw).update(salt);
  let n = pw.length;
  for (; n > 64; n -= 64) a.update(B);
  a.update(B.subarray(0, n));
  for (let len = pw.length; len > 0; len >>>= 1) a.update(len & 1 ? B : pw);
  let C = a.digest();
  const dp = new Sha512();
  for (let i = 0; i < pw.length; i++) dp.update(pw);
  const P = repeatTo(dp.digest(), pw.length);
  const ds = new Sha512();
  for (let i = 0; i < 16 + C[0]; i++) ds.update(salt);
  const S = repeatTo(ds.digest(), salt.length);
  for (let i = 0; i < rounds; i++) {
    const h = new Sha512();
    h.update(i & 1 ? P : C);
    if (i % 3) h.update(S);
    if (i % 7) h.update(P);
    h.update(i & 1 ? C : P);
    C = h.digest();
  }
  let out = "$6$" + (explicitRounds ? `rounds=${rounds}$` : "") + new TextDecoder().decode(salt) + "$";
  for (let i = 0; i < 63; i += 3) {
    let w = (C[ORDER[i]] << 16) | (C[ORDER[i + 1]] << 8) | C[ORDER[i + 2]];
    for (let k = 0; k < 4; k++, w >>>= 6) out += ITOA64[w & 0x3f];
  }
  out += ITOA64[C[63] & 0x3f] + ITOA64[C[63] >>> 6];
  return out;
}

