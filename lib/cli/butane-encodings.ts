// The `--data-url` and `--base64` outputs of `kindling butane`, registered on the command.
// Its own module so that the CLI's start-up snapshot, which holds only `kindling butane`,
// carries them without the share-link code.
import { toBase64Text, toDataUrlShortest } from "../export";
import { extraFlags, outputHooks } from "./butane-command";

extraFlags.push(
  { long: "data-url", help: "print the Ignition config as a data URL (the shorter of data:, and data:;base64,)" },
  { long: "base64", help: "print the Ignition config as plain base64" },
);
outputHooks.push((output, flags) => {
  if (flags.has("base64")) return toBase64Text(output);
  if (flags.has("data-url")) return toDataUrlShortest(output);
  return output;
});
