// What every translator, validator and hook gets: the spec being run and the options.
import type { FilesDir } from "../go/files";
import type { StructType } from "../go/gotype";
import type { Schema } from "./schema/define";
import type { DataUrlMemo } from "./resources/dataurl";

export interface TranslateOptions {
  pretty?: boolean;
  /** openshift: emit the bare Ignition config (-r). */
  raw?: boolean;
  filesDir?: FilesDir;
  /** --no-resource-auto-compression (not exposed by the CLI yet). */
  noResourceAutoCompression?: boolean;
  /** Kept by a caller that transpiles the same document repeatedly (see TranspileOptions.memo). */
  memo?: TranspileMemo;
}

/** Results of pure, costly steps kept from one run to the next; they never change the output. */
export interface TranspileMemo {
  dataUrls: DataUrlMemo;
}

/** Base schema packages in order. */
export const BASE_ORDER = ["v0_1", "v0_2", "v0_3", "v0_4", "v0_5", "v0_6", "v0_7", "v0_8_exp"] as const;
export type BaseVersion = (typeof BASE_ORDER)[number];

export interface SpecContext {
  variant: string;
  version: string;
  /** Base schema package, e.g. "v0_5". */
  base: BaseVersion;
  /** Ignition version generated, e.g. "3.4.0" (types.MaxVersion). */
  ignitionVersion: string;
  /** The Butane schema of this spec (root = the variant's Config). */
  schema: Schema;
  /** Ignition's root Config type for ignitionVersion. */
  ignType: StructType;
  options: TranslateOptions;
}

/** Is the spec's base schema at least `v` (e.g. baseAtLeast(ctx, "v0_5"))? */
export const baseAtLeast = (ctx: { base: BaseVersion }, v: BaseVersion): boolean =>
  BASE_ORDER.indexOf(ctx.base) >= BASE_ORDER.indexOf(v);
