// Entry point of `npm run bench`: the engine, gzip, the CLI against `node -e 0` and Go Butane,
// then the designer in Chromium (skipped with a note when there is no web build or no
// Chromium). Each figure with a target is printed beside it as [met: …] or [MISSED: …].
import "./load";
import "./engine";
import "./gzip";
import "./cli";
import "./designer";
