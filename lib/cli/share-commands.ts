// `kindling share FILE` and `kindling open URL` (and, through ./butane-encodings, the
// `--data-url` / `--base64` outputs of `kindling butane`).
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { decodeShareLink, encodeShareLink, findSecrets, withoutSecrets, linkLengthWarning } from "../share";
import { parseCommand, type FlagSpec, type Parsed } from "./args";
import type { Io } from "./butane-command";
import "./butane-encodings";
import { commands } from "./main";

export const DEFAULT_BASE = "http://localhost:3000/";

function listFiles(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (s.isFile()) files[relative(dir, p).split(sep).join("/")] = new Uint8Array(readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

const shareSpecs: FlagSpec[] = [
  { long: "base", value: true, help: `the designer's address the link opens (default ${DEFAULT_BASE})` },
  { long: "files-dir", short: "d", value: true, help: "attach every file below this directory (for local: contents)" },
  { long: "without-secrets", help: "leave password hashes, private keys and tokens out of the link" },
  { long: "help", short: "h", help: "show usage and exit" },
];

/** The flags and the one operand of a command, or its exit code once usage or help is printed. */
function parseOneOperand(
  argv: string[],
  specs: FlagSpec[],
  io: Io,
  usage: string,
  about: string,
): { flags: Parsed["flags"]; operand: string } | number {
  const parsed = parseCommand(argv, specs, io, `Usage: ${usage}\n${about}\n`, { min: 1, max: 1 });
  return typeof parsed === "number" ? parsed : { flags: parsed.flags, operand: parsed.operands[0] };
}

function runShare(argv: string[], io: Io): number {
  const parsed = parseOneOperand(
    argv,
    shareSpecs,
    io,
    "kindling share [--base URL] [-d DIR] [--without-secrets] FILE",
    "Prints a link that opens FILE (and the files of DIR) in the designer.",
  );
  if (typeof parsed === "number") return parsed;
  const { flags, operand } = parsed;
  let text: string;
  try {
    text = operand === "-" ? io.stdin().toString("utf8") : readFileSync(operand, "utf8");
  } catch (e) {
    io.stderr(`failed to open ${operand}: ${(e as Error).message}\n`);
    return 1;
  }
  const dir = flags.get("files-dir");
  let doc = { text, files: typeof dir === "string" ? listFiles(dir) : {} };
  const secrets = findSecrets(doc);
  if (secrets.length && flags.has("without-secrets")) doc = withoutSecrets(doc);
  else if (secrets.length) {
    io.stderr(`warning: the link holds secrets (${secrets.map((s) => `${s.kind} at ${s.where}`).join("; ")}); use --without-secrets to leave them out\n`);
  }
  const base = flags.get("base");
  const link = encodeShareLink(doc, typeof base === "string" ? base : DEFAULT_BASE);
  const tooLong = linkLengthWarning(link.length);
  if (tooLong) io.stderr(`warning: the link is ${link.length} characters long: ${tooLong.where}\n`);
  io.stdout(link + "\n");
  return 0;
}

const openSpecs: FlagSpec[] = [
  { long: "output", short: "o", value: true, help: "write the Butane config to this file" },
  { long: "files-dir", short: "d", value: true, help: "write the attached files below this directory" },
  { long: "help", short: "h", help: "show usage and exit" },
];

function runOpen(argv: string[], io: Io): number {
  const parsed = parseOneOperand(argv, openSpecs, io, "kindling open [-o FILE] [-d DIR] URL", "Prints the Butane config a share link holds.");
  if (typeof parsed === "number") return parsed;
  const { flags, operand } = parsed;
  const decoded = decodeShareLink(operand);
  if (!decoded.ok) {
    io.stderr(decoded.message + "\n");
    return 1;
  }
  const { text, files } = decoded.doc;
  const dir = flags.get("files-dir");
  const names = Object.keys(files);
  if (names.length && typeof dir !== "string") {
    io.stderr(`note: the link also holds ${names.length} attached file(s) (${names.join(", ")}); pass -d DIR to write them\n`);
  }
  if (typeof dir === "string") {
    const root = resolve(dir);
    for (const [name, bytes] of Object.entries(files)) {
      const target = resolve(root, name);
      if (!target.startsWith(root + sep)) {
        io.stderr(`refusing to write ${name}: it points outside ${dir}\n`);
        return 1;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  const out = flags.get("output");
  if (typeof out === "string") writeFileSync(out, text);
  else io.stdout(text);
  return 0;
}

commands.share = { run: runShare, help: "print a link that opens a Butane file in the designer" };
commands.open = { run: runOpen, help: "print the Butane config held by a share link" };
