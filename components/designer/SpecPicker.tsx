"use client";
// Variant and version of the document. Choosing one rewrites only the `variant:` and
// `version:` values in the text; the rest of the document is left as written.
import { useEffect, useState } from "react";
import { setHeaderFields, readHeaderFields } from "../../lib/schema-help/header";
import { FALLBACK_SPECS, loadSpecChoices, type SpecChoice } from "../editor/specs";
import { designerStore, useDesigner } from "../state/store";

const VARIANT_NAMES: Record<string, string> = {
  flatcar: "Flatcar",
  fcos: "Fedora CoreOS",
  openshift: "OpenShift",
  r4e: "RHEL for Edge",
  fiot: "Fedora IoT",
};

export default function SpecPicker() {
  const [specs, setSpecs] = useState<SpecChoice[]>(FALLBACK_SPECS);
  useEffect(() => {
    let live = true;
    loadSpecChoices().then((s) => live && setSpecs(s));
    return () => {
      live = false;
    };
  }, []);
  const variant = useDesigner((s) => readHeaderFields(s.text).variant ?? "");
  const version = useDesigner((s) => readHeaderFields(s.text).version ?? "");
  const current = `${variant}@${version}`;
  const known = specs.some((s) => `${s.variant}@${s.version}` === current);
  const variants = [...new Set(specs.map((s) => s.variant))];

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
        {variants.map((v) => (
          <optgroup key={v} label={VARIANT_NAMES[v] ?? v}>
            {specs
              .filter((s) => s.variant === v)
              .map((s) => (
                <option key={s.version} value={`${s.variant}@${s.version}`}>
                  {v} {s.version}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
