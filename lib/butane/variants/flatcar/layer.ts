// The Flatcar layer (config/flatcar/v1_*/translate.go): the base translation with the LUKS
// features Flatcar does not ship filtered out (Clevis up to 1.1.0, CEX from 1.2.0-experimental).
import * as E from "../../errors";
import type { FilterMap } from "../../filters";
import type { VariantLayer } from "../../pipeline";

const noClevis: FilterMap = { "storage.luks.clevis": E.ErrClevisSupport };
const noCex: FilterMap = { "storage.luks.cex": E.ErrCexNotSupported };

export const flatcarLayer: VariantLayer = {
  filters: (version) => (version === "1.0.0" || version === "1.1.0" ? noClevis : noCex),
};
