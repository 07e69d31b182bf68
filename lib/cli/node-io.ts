// The commands' view of the process: standard streams, terminal, environment.
//
// Output goes straight to the file descriptor with a synchronous write: Node's
// process.stdout/process.stderr streams are built on first use (for a pipe that means a
// socket and its modules), which costs a small command more than its own work. When the
// descriptor is non-blocking and full (EAGAIN), what is left goes through the stream, which
// waits for the reader; from then on that stream keeps the order of everything written.
// The terminal question (which builds process.stderr) is only asked when there is a report.
import { readFileSync, writeSync } from "node:fs";
import type { Io } from "./butane-command";

type Stream = Pick<NodeJS.WriteStream, "write">;

/** A writer for `fd`; `write` is fs.writeSync (a test passes its own). */
export function descriptorWriter(fd: number, stream: () => Stream, write = writeSync): (chunk: string | Uint8Array) => void {
  let fallback: Stream | undefined;
  return (chunk) => {
    if (chunk.length === 0) return;
    if (fallback) return void fallback.write(chunk);
    let bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(write(fd, bytes));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EPIPE") return; // the reader is gone (`… | head`): nothing more to say
        if (code !== "EAGAIN") throw e;
        fallback = stream();
        fallback.write(bytes);
        return;
      }
    }
  };
}

export function nodeIo(): Io {
  return {
    stdin: () => readFileSync(0),
    stdout: descriptorWriter(1, () => process.stdout),
    stderr: descriptorWriter(2, () => process.stderr),
    get isTty() {
      return Boolean(process.stderr.isTTY);
    },
    env: process.env,
  };
}
