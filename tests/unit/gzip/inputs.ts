// Deterministic test inputs for the gzip tests. The same (kind, size, seed) always gives the same
// bytes, so reference outputs produced once with Go can be checked by hash.

export type InputKind = "random" | "text" | "runs" | "alphabet4" | "lines" | "mixed" | "skewed" | "hashchain";

function rng(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const WORDS = (
  "the of and to in is for that with on as by this are be from or it an at systemd unit service " +
  "storage files directories links passwd users groups ssh_authorized_keys contents source inline " +
  "mode overwrite ignition butane flatcar fedora coreos variant version kernel arguments disk " +
  "partition filesystem mount wipe label format xfs ext4 btrfs enabled dropins name path target"
).split(" ");

export function makeInput(kind: InputKind, size: number, seed = 1): Uint8Array {
  const next = rng(seed);
  const out = new Uint8Array(size);
  switch (kind) {
    case "random":
      for (let i = 0; i < size; i++) out[i] = next() & 0xff;
      break;
    case "skewed":
      // Mostly one byte: hash chains get longer than the 4096 steps Go is willing to walk.
      for (let i = 0; i < size; i++) out[i] = next() % 8 === 0 ? 0x62 : 0x61;
      break;
    case "hashchain": {
      // "abcd" at the start and end with `seed` other "abcd" strings between: the final match is
      // reachable only if the hash chain walk takes seed + 1 steps.
      let s = "abcdEFGHIJ";
      for (let i = 0; i < seed; i++) s += "abcd" + String.fromCharCode(0x30 + (i % 64), 0x30 + ((i >> 6) % 64));
      s += "abcdEFGHIJ";
      for (let i = 0; i < size && i < s.length; i++) out[i] = s.charCodeAt(i);
      break;
    }
    case "alphabet4":
      for (let i = 0; i < size; i++) out[i] = 0x61 + (next() & 3);
      break;
    case "runs": {
      let i = 0;
      while (i < size) {
        const byte = next() & 0xff;
        const len = 1 + (next() % 700);
        for (let k = 0; k < len && i < size; k++) out[i++] = byte;
      }
      break;
    }
    case "text":
    case "lines": {
      let i = 0;
      let line = 0;
      while (i < size) {
        let piece: string;
        if (kind === "text") {
          const r = next();
          piece = WORDS[r % WORDS.length] + (r % 11 === 0 ? ".\n" : " ");
        } else {
          const r = next();
          piece = `${line++}: key_${r % 97} = "${WORDS[r % WORDS.length]}-${(r >>> 8) % 100000}"\n`;
        }
        for (let k = 0; k < piece.length && i < size; k++) out[i++] = piece.charCodeAt(k);
      }
      break;
    }
    case "mixed": {
      // Alternating stretches of the other kinds, so blocks switch between stored and Huffman coding.
      const kinds: InputKind[] = ["random", "text", "runs", "alphabet4", "lines"];
      let i = 0;
      while (i < size) {
        const r = next();
        const len = Math.min(size - i, 1 + (r % 90000));
        out.set(makeInput(kinds[(r >>> 20) % kinds.length], len, r), i);
        i += len;
      }
      break;
    }
  }
  return out;
}
