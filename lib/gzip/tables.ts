// Fixed tables of RFC 1951 (DEFLATE) used by the encoder.

/** Extra bits carried by each of the 29 length codes (symbols 257..285). */
export const LENGTH_EXTRA_BITS = Uint8Array.of(
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
);

/** Smallest (length - 3) that each length code stands for. */
export const LENGTH_BASE = Uint16Array.of(
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224,
  255,
);

/** Extra bits carried by each of the 30 distance codes. */
export const DIST_EXTRA_BITS = Uint8Array.of(
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
);

/** Smallest (distance - 1) that each distance code stands for. */
export const DIST_BASE = Uint16Array.of(
  0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096,
  6144, 8192, 12288, 16384, 24576,
);

/** Order in which the code-length alphabet's own lengths are sent in a dynamic header. */
export const CODE_LENGTH_ORDER = Uint8Array.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15);

/** Length code index (0..28) for every (length - 3) in 0..255. */
export const LENGTH_CODE_OF = new Uint8Array(256);
/** Distance code (0..29) for every (distance - 1) in 0..32767. */
export const DIST_CODE_OF = new Uint8Array(32768);

for (let code = 0; code < LENGTH_BASE.length; code++) {
  const first = LENGTH_BASE[code];
  const last = Math.min(255, first + (1 << LENGTH_EXTRA_BITS[code]) - 1);
  // Length 258 has its own code (28), so code 27 stops one short of it.
  for (let x = first; x <= last; x++) LENGTH_CODE_OF[x] = code;
}
for (let code = 0; code < DIST_BASE.length; code++) {
  const first = DIST_BASE[code];
  const last = first + (1 << DIST_EXTRA_BITS[code]) - 1;
  for (let x = first; x <= last; x++) DIST_CODE_OF[x] = code;
}

/**
 * Bit lengths of the fixed literal/length code. Symbols 286 and 287 never occur but take part in
 * the code's canonical construction, so the table has all 288.
 */
export const FIXED_LITERAL_LENGTHS = new Uint8Array(288);
for (let s = 0; s < 288; s++) FIXED_LITERAL_LENGTHS[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
/** Bit lengths of the fixed distance code (all 5 bits). */
export const FIXED_DIST_LENGTHS = new Uint8Array(30).fill(5);
