"use client";
// The output region: the Ignition JSON (or OpenShift MachineConfig), marked stale when it
// belongs to an earlier version of the document because the current one does not translate.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { hasChecked } from "../state/checked";
import { useDesigner } from "../state/store";

const OutputView = dynamic(() => import("../editor/OutputView"), { ssr: false });

export default function IgnitionPane({ dark }: { dark: boolean }) {
  const hasOutput = useDesigner((s) => s.result.output !== undefined);
  const failed = useDesigner((s) => s.result.error !== undefined);
  const pending = useDesigner((s) => s.pending);
  const checked = useDesigner(hasChecked);
  const stale = hasOutput && failed;
  // only a wait that lasts is worth a mark (a small config updates faster than a blink)
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return setSlow(false);
    const t = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(t);
  }, [pending]);
  return (
    <section className="ignition" aria-label="Ignition" data-stale={stale ? "true" : "false"}>
      <h2 className="pane-title">
        Ignition
        {stale && (
          <span className="badge stale" title="The document has errors; this is the output of its last valid version.">
            stale: last valid output
          </span>
        )}
        {slow && <span className="badge pending">updating…</span>}
      </h2>
      {!checked && (
        <p className="checking" role="status">
          Translating the document…
        </p>
      )}
      {!hasOutput && failed ? (
        <p className="empty">No output yet: the document does not translate. See Problems below.</p>
      ) : null}
      <div className="output-frame" hidden={!hasOutput}>
        <OutputView dark={dark} />
      </div>
    </section>
  );
}
