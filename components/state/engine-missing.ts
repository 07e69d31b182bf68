// Stand-in for engine modules that do not exist yet in a work-in-progress tree (see
// next.config.js): every transpile reports that the engine is unavailable.
export function readHeader(): { fatal: string } {
  return { fatal: "the engine is not available in this build" };
}
export function decodeDocument(): { ok: false; fatal: string } {
  return { ok: false, fatal: "the engine is not available in this build" };
}
export function getSpec(): undefined {
  return undefined;
}
export function allSpecs(): never[] {
  return [];
}
