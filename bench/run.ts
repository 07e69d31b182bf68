// Entry point of `npm run bench`: the engine, gzip, then the designer in Chromium (skipped
// with a note when there is no web build or no Chromium).
import "./engine";
import "./gzip";
import "./designer";
