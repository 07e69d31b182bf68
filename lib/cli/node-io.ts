// The commands' view of the process: standard streams, terminal, environment.
import { readFileSync } from "node:fs";
import type { Io } from "./butane-command";

export function nodeIo(): Io {
  return {
    stdin: () => readFileSync(0),
    stdout: (b) => void process.stdout.write(b),
    stderr: (s) => void process.stderr.write(s),
    isTty: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
