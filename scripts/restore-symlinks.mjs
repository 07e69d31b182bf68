// Some copies of the conformance corpus were made without symlink support, which turns each
// symlink under a case's files/ into a small regular file holding the link's target. The
// reference recorded those as links (storage.links in expected.json); this puts them back as
// symlinks: a regular file is restored when its name and content match a recorded link.
import { lstatSync, readFileSync, readdirSync, existsSync, rmSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";

const casesDir = process.argv[2] ?? "tests/conformance/cases";

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    const s = lstatSync(p);
    return s.isDirectory() ? walk(p) : s.isFile() ? [p] : [];
  });
}

let restored = 0;
for (const name of readdirSync(casesDir)) {
  const dir = join(casesDir, name);
  const expected = join(dir, "expected.json");
  if (!existsSync(join(dir, "files")) || !existsSync(expected)) continue;
  let links = [];
  try {
    links = JSON.parse(readFileSync(expected, "utf8")).storage?.links ?? [];
  } catch {
    continue; // not JSON (an OpenShift MachineConfig)
  }
  const wanted = new Map(links.filter((l) => !l.hard).map((l) => [`${basename(l.path)}\0${l.target}`, l.target]));
  if (!wanted.size) continue;
  for (const file of walk(join(dir, "files"))) {
    const content = readFileSync(file, "utf8");
    const target = wanted.get(`${basename(file)}\0${content}`);
    if (target === undefined) continue;
    rmSync(file);
    symlinkSync(target, file);
    restored++;
  }
}
console.log(`restored ${restored} symlink(s) in ${casesDir}`);
