// The import contract: every Ignition config the conformance corpus produced, imported to
// Butane and transpiled again, gives back an equal config (contents compared by their bytes),
// and textual contents come back as readable inline text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "fflate";
import { transpile } from "../../../lib/index";
import { importIgnition, memoryFilesDir } from "../../../lib/import/ignition";
import { decodeDataUrl, readableText } from "../../../lib/import/dataurl";

const CASES = "tests/conformance/cases";

function gunzipOrUndefined(b: Uint8Array): Uint8Array | undefined {
  try {
    return gunzipSync(b);
  } catch {
    return undefined; // declared gzip but is not: compared as written
  }
}

/** Contents compared by the bytes they hold: data URLs decoded (and gunzipped), hex. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (!v || typeof v !== "object") return v;
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = normalize(x);
  if (typeof o.source === "string" && o.source.startsWith("data:") && o.verification === undefined) {
    let bytes = decodeDataUrl(o.source);
    if (bytes && o.compression === "gzip") bytes = gunzipOrUndefined(bytes);
    if (bytes && (o.compression === undefined || o.compression === "gzip" || o.compression === "")) {
      o.source = "bytes:" + Buffer.from(bytes).toString("hex");
      delete o.compression;
    }
  }
  return o;
}

function textsOf(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => textsOf(x, out));
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.source === "string" && o.source.startsWith("data:") && o.verification === undefined && o.http_headers === undefined && o.httpHeaders === undefined) {
      let bytes = decodeDataUrl(o.source);
      if (bytes && o.compression === "gzip") bytes = gunzipOrUndefined(bytes);
      const t = bytes && readableText(bytes);
      if (t && t.includes("\n") && t.trim().length > 3) out.push(t.split("\n")[0].replace(/\r$/, ""));
    }
    // merge/replace configs that are not JSON stay data URLs (Butane would parse them)
    for (const [k, x] of Object.entries(o)) if (k !== "config") textsOf(x, out);
  }
  return out;
}

const cases = readdirSync(CASES)
  .sort()
  .filter((n) => existsSync(join(CASES, n, "expected.json")));

test("corpus Ignition outputs round-trip through Butane", () => {
  let checked = 0;
  const failures: string[] = [];
  for (const name of cases) {
    const json = readFileSync(join(CASES, name, "expected.json"), "utf8");
    let input: { ignition?: { version?: string } };
    try {
      input = JSON.parse(json);
    } catch {
      continue; // an OpenShift MachineConfig (YAML), not an Ignition config
    }
    if (typeof input?.ignition?.version !== "string") continue;
    const r = importIgnition(json);
    const t = transpile(r.butane, { filesDir: memoryFilesDir(r.files) });
    if (t.output === undefined) {
      failures.push(`${name}: ${t.error} ${t.report.map((e) => e.message).join("; ")}`);
      continue;
    }
    try {
      assert.deepEqual(normalize(JSON.parse(t.output)), normalize(input));
    } catch {
      failures.push(`${name}: differs\n${r.butane}\n${t.output}`);
      continue;
    }
    for (const line of textsOf(input)) {
      if (!r.butane.includes(line)) failures.push(`${name}: text not readable in the Butane: ${line}`);
    }
    checked++;
  }
  assert.deepEqual(failures.slice(0, 5), []);
  assert.ok(checked > 200, `only ${checked} cases`);
});

test("Flatcar is chosen where it produces the version; binary contents become local files", () => {
  const gz = "data:;base64,H4sIAAAAAAAC/8pIzcnJBwQAAP//hhCmNgUAAAA=";
  const ign = {
    ignition: { version: "3.4.0" },
    storage: {
      files: [
        { path: "/etc/motd", mode: 420, contents: { source: "data:,hello%0Aworld%0A" } },
        { path: "/opt/blob", contents: { source: "data:;base64,AAEC/w==" } },
        { path: "/etc/gz", contents: { source: gz, compression: "gzip" } },
      ],
    },
  };
  const r = importIgnition(JSON.stringify(ign));
  assert.equal(r.variant, "flatcar");
  assert.equal(r.version, "1.1.0");
  assert.match(r.butane, /mode: 0644/);
  assert.match(r.butane, /inline: \|\n\s+hello\n\s+world\n/);
  assert.match(r.butane, /local: contents/);
  assert.deepEqual([...r.files.contents], [0, 1, 2, 255]);
  assert.doesNotMatch(r.butane, /compression/);
  assert.match(r.butane, /inline: hello/);
  assert.doesNotMatch(r.butane, /version: 3\.4\.0/);
});

test("Ignition 3.2.0 falls back to Fedora CoreOS; bad input is refused with a reason", () => {
  assert.equal(importIgnition('{"ignition":{"version":"3.2.0"}}').variant, "fcos");
  assert.throws(() => importIgnition("{"), /not JSON/);
  assert.throws(() => importIgnition("{}"), /ignition\.version/);
  assert.throws(() => importIgnition('{"ignition":{"version":"2.2.0"}}'), /not supported/);
});
