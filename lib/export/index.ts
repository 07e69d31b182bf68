export * from "./encodings";
export { makeStubConfig, sha512Hex, ignitionVersionOf } from "./stub";
export { TARGETS, codeParts, encode, fitOf } from "./targets";
export type { Encoding, Fit, Target, TargetContext } from "./targets";
