// Runs `kindling ARGV` in this process with in-memory streams: what it printed and its status.
import { main } from "../../../lib/cli/main";
import type { Io } from "../../../lib/cli/butane-command";

export async function runCli(argv: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    stdin: () => Buffer.from(stdin),
    stdout: (b) => void (out += typeof b === "string" ? b : Buffer.from(b).toString("utf8")),
    stderr: (s) => void (err += s),
    isTty: false,
    env: {},
  };
  const code = await main(argv, io);
  return { code, out, err };
}
