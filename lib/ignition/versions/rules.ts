// What distinguishes one Ignition version from another: its types (a TypeTable) and the
// behaviour of its Go methods (Validate, Key, IgnoreDuplicates, MergedKeys), keyed by the
// short Go type name. A version is written as the previous one plus its changes.
import type { Path } from "../../go/path";
import type { Report } from "../../go/report";
import type { URLSchemes } from "../validate/checks";
import type { TypeTable } from "../types/table";

// Decoded Ignition values (see ENGINE.md): every field present, nil pointers undefined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = any;

export type Validator = (v: Obj, c: Path, r: Report, version: IgnitionVersion) => void;

export interface IgnitionVersion {
  /** "3.4.0", "3.7.0-experimental": also the types.MaxVersion it accepts. */
  version: string;
  types: TypeTable;
  /** Value-receiver Validate methods, including promoted ones (Link gets Node's). */
  validators: Readonly<Record<string, Validator>>;
  /** Key() methods, for duplicate checks of slices of structs. */
  keys: Readonly<Record<string, (v: Obj) => string>>;
  /** IgnoreDuplicates(): json keys of slice fields not checked for duplicates. */
  ignoreDups: Readonly<Record<string, readonly string[]>>;
  /** MergedKeys(): slice fields (json keys) that share one duplicate set, named by the value. */
  mergedKeys: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** URL schemes beyond http(s), tftp, s3 and data that validateURL accepts. */
  urlSchemes: URLSchemes;
}

/** The next version: the previous one with its changes. Validators/keys merge; undefined removes. */
export function nextVersion(
  prev: IgnitionVersion,
  changes: {
    version: string;
    types: TypeTable;
    validators?: Record<string, Validator | undefined>;
    keys?: Record<string, ((v: Obj) => string) | undefined>;
    ignoreDups?: Record<string, readonly string[]>;
    mergedKeys?: Record<string, Record<string, string>>;
    urlSchemes?: URLSchemes;
  },
): IgnitionVersion {
  const merge = <T>(a: Readonly<Record<string, T>>, b: Record<string, T | undefined> = {}) => {
    const out: Record<string, T> = { ...a };
    for (const [k, v] of Object.entries(b)) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  };
  return {
    version: changes.version,
    types: changes.types,
    validators: merge(prev.validators, changes.validators),
    keys: merge(prev.keys, changes.keys),
    ignoreDups: merge(prev.ignoreDups, changes.ignoreDups),
    mergedKeys: merge(prev.mergedKeys, changes.mergedKeys),
    urlSchemes: changes.urlSchemes ?? prev.urlSchemes,
  };
}
