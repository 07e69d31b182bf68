import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipBest, gzipLengthLowerBound } from "../../../lib/gzip/index";
import { makeDataUrl } from "../../../lib/butane/resources/dataurl";
import { base64Length, escapedLength, toBase64 } from "../../../lib/go/bytes";

/** A small deterministic generator: inputs of every shape a bound could get wrong. */
function* inputs(count: number): Generator<Uint8Array> {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < count; k++) {
    const n = Math.floor(rnd() * (k % 10 === 0 ? 4200 : 120));
    const alphabet = 1 + Math.floor(rnd() * (rnd() < 0.3 ? 256 : 12));
    const d = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (k % 3 === 0) d[i] = Math.floor(rnd() * alphabet);
      else if (k % 3 === 1) d[i] = 32 + (i % alphabet);
      else d[i] = i > 0 && rnd() < 0.9 ? d[i - 1] : Math.floor(rnd() * alphabet);
    }
    yield d;
  }
}

test("the gzip length bound never exceeds the real gzip length", () => {
  let tight = 0;
  for (const d of inputs(20000)) {
    const bound = gzipLengthLowerBound(d);
    const real = gzipBest(d).length;
    assert.ok(bound <= real, `bound ${bound} > gzip length ${real} for ${d.length} bytes`);
    if (bound === real) tight++;
  }
  assert.ok(tight > 0, "the bound is reached by some inputs (it is not trivially low)");
  assert.equal(gzipLengthLowerBound(new Uint8Array(0)), gzipBest(new Uint8Array(0)).length);
});

test("data URLs choose as if every candidate had been gzipped", () => {
  let skipped = 0;
  for (const d of inputs(5000)) {
    const escaped = 1 + escapedLength(d);
    const b64 = ";base64,".length + base64Length(d.length);
    const gz = gzipBest(d);
    const gzLen = ";base64,".length + base64Length(gz.length);
    let want = b64 < escaped ? "data:;base64," + toBase64(d) : undefined;
    const best = Math.min(escaped, b64);
    const gzipWins = gzLen + 4 < best;
    if (gzipWins) want = "data:;base64," + toBase64(gz);
    const got = makeDataUrl(d, undefined, true);
    if (want !== undefined) assert.equal(got.uri, want);
    else assert.ok(got.uri.startsWith("data:,"));
    assert.equal(got.compression, gzipWins ? "gzip" : "");
    if (!gzipWins && ";base64,".length + base64Length(gzipLengthLowerBound(d)) + 4 >= best) skipped++;
  }
  assert.ok(skipped > 100, `the bound spares compressing many small inputs (${skipped})`);
});
