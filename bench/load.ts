// First line of `npm run bench`: how busy the machine is, since every timing depends on it.
import { cpus, loadavg } from "node:os";

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
