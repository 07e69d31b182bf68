// LZ77 parsing at Go's compress/flate level 9 (BestCompression): 4-byte hash chains, lazy matching,
// at most 4096 chain steps, stop at 258, blocks of at most 16384 tokens.
//
// Go slides a 64 KiB buffer over the input; that changes results in two observable ways, both
// reproduced here with absolute positions: after each slide, candidates before the buffer start are
// out of reach even when closer than 32 KiB, and a block whose first byte slid out can no longer be
// sent as a stored block. The slides happen at the moments Go's writer would refill its buffer when
// the whole input is passed to a single Write call, as Butane does.

import { BitSink } from "./bits";
import { BlockWriter, MATCH_FLAG } from "./block";

const WINDOW = 1 << 15;
const WINDOW_MASK = WINDOW - 1;
const BUFFER = 2 * WINDOW;
const HASH_BITS = 17;
const HASH_SHIFT = 32 - HASH_BITS;
const HASH_MULTIPLIER = 0x1e35a7bd;
const MIN_MATCH = 4; // shortest match Go emits
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MIN_MATCH + MAX_MATCH; // Go stops to refill when less than this is buffered
const MAX_CHAIN = 4096;
const NICE_LENGTH = 258;
const LAZY_LIMIT = 258; // do not look for a better match once the pending one is this long
const FAR_LIMIT = 4096; // a 4-byte match is only taken up to this distance
const BLOCK_TOKENS = 1 << 14;
const MATCH = MATCH_FLAG; // local copy for the hot loop (see block.ts)

const NO_PREVIOUS = 0xffff; // a gap that always lands before the oldest reachable position
const DETACHED = new BitSink(0);

/**
 * Tables kept between calls: allocating and zeroing them costs more than compressing a small file.
 * Hash heads are stamped with a per-call offset instead of being cleared, and a chain slot is
 * always written before it can be read, so stale contents are never seen.
 */
const shared = {
  head: new Int32Array(0),
  back: new Uint16Array(0),
  tokens: new Uint32Array(0),
  blocks: null as BlockWriter | null,
  offset: 0, // head values <= offset belong to earlier calls
};

/** Lets the tables go (the CLI's start-up snapshot would otherwise carry 700 KB of them). */
export function releaseDeflateTables(): void {
  shared.head = new Int32Array(0);
  shared.back = new Uint16Array(0);
  shared.tokens = new Uint32Array(0);
  shared.blocks = null;
  shared.offset = 0;
}

export function deflateBest(data: Uint8Array, out: BitSink): void {
  const n = data.length;
  if (shared.blocks === null) {
    shared.head = new Int32Array(1 << HASH_BITS);
    shared.back = new Uint16Array(WINDOW);
    shared.tokens = new Uint32Array(BLOCK_TOKENS);
    shared.blocks = new BlockWriter();
  }
  if (shared.offset > 0x7fffffff - n - 1) {
    shared.head.fill(0);
    shared.offset = 0;
  }
  const base = shared.offset;
  shared.offset = base + n + 1;
  const blocks = shared.blocks;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  blocks.out = out;
  // head[h] - base: position + 1 of the newest string with hash h (none when <= 0).
  // back[p & WINDOW_MASK]: how far back the previous string with p's hash starts; NO_PREVIOUS when
  // there is none within a window (farther can never be used). 16 bits keep the chains cache-friendly.
  const head = shared.head;
  const back = shared.back;
  const tokens = shared.tokens;
  let tokenCount = 0;

  let bufferStart = 0; // absolute position of Go's buffer start
  let buffered = Math.min(n, BUFFER); // absolute end of what Go has buffered
  const hashLimit = n - (MIN_MATCH - 1); // strings starting here or later are never hashed
  let blockStart = 0;

  let pos = 0;
  let pendingLiteral = false; // data[pos - 1] is not yet emitted
  let matchLen = MIN_MATCH - 1; // best match found at pos - 1 once pos advances
  let matchDist = 0;
  let chainHead = 0; // position + 1 of the newest earlier string sharing pos's hash

  for (;;) {
    let lookahead = buffered - pos;
    if (lookahead < MIN_LOOKAHEAD) {
      if (buffered < n) {
        // Go refills here: it drops the oldest 32 KiB and appends more input.
        bufferStart += WINDOW;
        buffered = Math.min(n, bufferStart + BUFFER);
        lookahead = buffered - pos;
      } else if (lookahead === 0) {
        if (pendingLiteral) tokens[tokenCount++] = data[pos - 1];
        if (tokenCount > 0) blocks.writeBlock(tokens, tokenCount, blockInput(data, blockStart, pos, bufferStart));
        blocks.out = DETACHED; // do not keep the caller's output alive
        break;
      }
    }

    if (pos < hashLimit) {
      const word = (data[pos] << 24) | (data[pos + 1] << 16) | (data[pos + 2] << 8) | data[pos + 3];
      const h = Math.imul(word, HASH_MULTIPLIER) >>> HASH_SHIFT;
      const stamped = head[h] - base;
      chainHead = stamped > 0 ? stamped : 0;
      back[pos & WINDOW_MASK] = gapTo(pos, chainHead);
      head[h] = base + pos + 1;
    }

    const prevLen = matchLen;
    const prevDist = matchDist;
    matchLen = MIN_MATCH - 1;
    matchDist = 0;

    const first = chainHead - 1;
    if (
      first >= pos - WINDOW &&
      first >= bufferStart &&
      lookahead > prevLen &&
      prevLen < LAZY_LIMIT
    ) {
      const maxLen = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
      const found = longestMatch(data, view, back, pos, first, bufferStart, maxLen);
      if (found !== 0) {
        matchLen = found >>> 16;
        matchDist = found & 0xffff;
      }
    }

    if (prevLen >= MIN_MATCH && matchLen <= prevLen) {
      // The match starting at pos - 1 is at least as good as anything at pos: take it.
      tokens[tokenCount++] = MATCH | ((prevLen - 3) << 16) | (prevDist - 1);
      const next = pos + prevLen - 1;
      const stop = next < hashLimit ? next : hashLimit;
      if (pos + 1 < stop) {
        // Hash every string inside the match, rolling the 4-byte window along.
        let word = (data[pos + 1] << 16) | (data[pos + 2] << 8) | data[pos + 3];
        for (let p = pos + 1; p < stop; p++) {
          word = (word << 8) | data[p + 3];
          const h = Math.imul(word, HASH_MULTIPLIER) >>> HASH_SHIFT;
          const stamped = head[h] - base;
          back[p & WINDOW_MASK] = gapTo(p, stamped > 0 ? stamped : 0);
          head[h] = base + p + 1;
        }
      }
      pos = next;
      pendingLiteral = false;
      matchLen = MIN_MATCH - 1;
      if (tokenCount === BLOCK_TOKENS) {
        blocks.writeBlock(tokens, tokenCount, blockInput(data, blockStart, pos, bufferStart));
        tokenCount = 0;
        blockStart = pos;
      }
    } else {
      if (pendingLiteral) {
        tokens[tokenCount++] = data[pos - 1];
        if (tokenCount === BLOCK_TOKENS) {
          blocks.writeBlock(tokens, tokenCount, blockInput(data, blockStart, pos, bufferStart));
          tokenCount = 0;
          blockStart = pos;
        }
      }
      pos++;
      pendingLiteral = true;
    }
  }
}

/** Distance from p back to the string recorded as `headValue` (position + 1); NO_PREVIOUS if none or too far. */
function gapTo(p: number, headValue: number): number {
  const gap = p + 1 - headValue;
  return headValue !== 0 && gap <= WINDOW ? gap : NO_PREVIOUS;
}

/** The input a block covers, or null once its start has slid out of Go's buffer. */
function blockInput(data: Uint8Array, start: number, end: number, bufferStart: number): Uint8Array | null {
  return start >= bufferStart ? data.subarray(start, end) : null;
}

/**
 * Walks the hash chain from `first` for the longest match at pos (at most maxLen bytes), keeping the
 * first candidate of each better length. Returns length << 16 | distance, or 0 if nothing longer
 * than 3 bytes qualifies.
 */
function longestMatch(
  data: Uint8Array,
  view: DataView,
  back: Uint16Array,
  pos: number,
  first: number,
  bufferStart: number,
  maxLen: number,
): number {
  const nice = maxLen < NICE_LENGTH ? maxLen : NICE_LENGTH;
  const oldest = pos - WINDOW;
  const floor = oldest > bufferStart ? oldest : bufferStart;
  let best = MIN_MATCH - 1;
  let result = 0;
  let probe = data[pos + best];
  let cand = first;
  for (let tries = MAX_CHAIN; ; ) {
    if (data[cand + best] === probe) {
      // Compare four bytes at a time, then finish byte by byte.
      let len = 0;
      while (len + 4 <= maxLen && view.getInt32(cand + len) === view.getInt32(pos + len)) len += 4;
      while (len < maxLen && data[cand + len] === data[pos + len]) len++;
      if (len > best && (len > MIN_MATCH || pos - cand <= FAR_LIMIT)) {
        best = len;
        result = (len << 16) | (pos - cand);
        if (len >= nice) break;
        probe = data[pos + len];
      }
    }
    if (--tries === 0) break;
    // At cand === oldest the slot already holds pos's own gap, which leads below the floor as well.
    cand -= back[cand & WINDOW_MASK];
    if (cand < floor) break;
  }
  return result;
}
