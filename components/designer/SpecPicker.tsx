"use client";
// Variant and version of the document. Choosing one rewrites only the `variant:` and
// `version:` values in the text; the rest of the document is left as written.
import { setHeaderFields, readHeaderFields } from "../../lib/schema-help/header";
import { SPEC_LIST, VARIANT_NAMES } from "../editor/specs";
import { designerStore, useDesigner } from "../state/store";

const VARIANTS = [...new Set(SPEC_LIST.map((s) => s.variant))];

export default function SpecPicker() {
  const variant = useDesigner((s) => readHeaderFields(s.text).variant ?? "");
  const version = useDesigner((s) => readHeaderFields(s.text).version ?? "");
  const current = `${variant}@${version}`;
  const known = SPEC_LIST.some((s) => `${s.variant}@${s.version}` === current);

  return (
    <label className="spec-picker">
      <span className="label-text">Spec</span>
      <select
        aria-label="Spec"
        value={current}
        onChange={(e) => {
          const [v, ver] = e.target.value.split("@");
          const { text, setText } = designerStore.getState();
          setText(setHeaderFields(text, v, ver), "form");
        }}
      >
        {!known && <option value={current}>{variant || version ? `${variant || "?"} ${version || "?"}` : "choose a spec"}</option>}
        {VARIANTS.map((v) => {
          const specs = SPEC_LIST.filter((s) => s.variant === v);
          return (
            <optgroup key={v} label={VARIANT_NAMES[v] ?? v}>
              {specs.map((s) => (
                <option key={s.version} value={`${s.variant}@${s.version}`}>
                  {s.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
