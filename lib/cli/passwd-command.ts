// `kindling passwd [--method yescrypt|sha512crypt]`: a password hash for Butane's
// `password_hash`, as `mkpasswd --method=yescrypt` prints it. The password is one line of
// stdin; on a terminal it is asked twice without echo.
import { hashPassword, HASH_METHODS, type HashMethod } from "../passwd";
import { parseCommand, type FlagSpec } from "./args";
import type { Io } from "./butane-command";

const specs: FlagSpec[] = [
  { long: "help", short: "h", help: "show usage and exit" },
  { long: "method", short: "m", value: true, help: "yescrypt (default) or sha512crypt" },
];

const USAGE = `Usage: kindling passwd [--method yescrypt|sha512crypt]
Reads a password (one line of stdin; asked twice without echo on a terminal) and prints its
hash for a user's password_hash.
Options:
  -m, --method string   yescrypt (default) or sha512crypt
`;

/** Asking for a password on a terminal; absent when stdin is not one. */
export interface Terminal {
  askHidden(prompt: string): Promise<string | undefined>;
}

export async function runPasswd(argv: string[], io: Io, terminal: Terminal | undefined = nodeTerminal()): Promise<number> {
  const parsed = parseCommand(argv, specs, io, USAGE, { max: 0 });
  if (typeof parsed === "number") return parsed;
  const method = (parsed.flags.get("method") ?? "yescrypt") as string;
  if (!(HASH_METHODS as readonly string[]).includes(method)) {
    io.stderr(`unknown method "${method}": use yescrypt or sha512crypt\n`);
    return 2;
  }
  let password: string | undefined;
  if (terminal) {
    password = await terminal.askHidden("Password: ");
    if (password === undefined) return 1;
    const again = await terminal.askHidden("Password again: ");
    if (again === undefined) return 1;
    if (again !== password) {
      io.stderr("The two passwords differ; nothing was hashed.\n");
      return 1;
    }
  } else {
    password = io.stdin().toString("utf8").split(/\r?\n/, 1)[0];
  }
  if (!password) {
    io.stderr("Empty password: nothing was hashed.\n");
    return 1;
  }
  if (password.includes("\0")) {
    io.stderr("A password cannot contain a NUL character.\n");
    return 1;
  }
  io.stdout(hashPassword(password, method as HashMethod) + "\n");
  return 0;
}

/** Reads a line from the terminal in raw mode, echoing nothing. */
function nodeTerminal(): Terminal | undefined {
  const stdin = process.stdin;
  if (!stdin.isTTY) return undefined;
  return {
    askHidden: (prompt) =>
      new Promise((resolve) => {
        process.stderr.write(prompt);
        stdin.setRawMode(true);
        stdin.resume();
        stdin.setEncoding("utf8");
        let line = "";
        const done = (value: string | undefined) => {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write("\n");
          resolve(value);
        };
        const onData = (chunk: string) => {
          for (const ch of chunk) {
            if (ch === "\r" || ch === "\n") return done(line);
            if (ch === "\u0003" || ch === "\u0004") return done(undefined); // Ctrl-C, Ctrl-D
            if (ch === "\u007f" || ch === "\b") line = [...line].slice(0, -1).join("");
            else if (ch >= " ") line += ch;
          }
        };
        stdin.on("data", onData);
      }),
  };
}
