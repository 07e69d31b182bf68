"use client";
// The notice shown after opening an Ignition config or a cloud-config: what became Butane,
// and what had no equivalent (never dropped silently). Before that, for a config pasted as the
// whole document, the offer to convert it.
import { useEffect } from "react";
import { designerStore, useDesigner } from "../state/store";
import styles from "./ImportNotice.module.css";
import { useImportNotice } from "./import-notice";
import { asDocument } from "./open-files";

export default function ImportNotice() {
  return (
    <>
      <PasteOffer />
      <Notice />
    </>
  );
}

function PasteOffer() {
  const offer = useImportNotice((s) => s.offer);
  const setOffer = useImportNotice((s) => s.setOffer);
  const stands = useDesigner((s) => offer !== null && s.text === offer.text);
  useEffect(() => {
    if (offer && !stands) setOffer(null); // the document changed since the paste
  }, [offer, stands, setOffer]);
  if (!offer || !stands) return null;
  const what = offer.format === "ignition" ? "an Ignition config (JSON)" : "a cloud-config";
  const convert = () => {
    setOffer(null);
    const doc = asDocument("the pasted text", offer.text);
    designerStore.getState().change(doc.files, { text: doc.text, origin: "load" });
  };
  return (
    <section className={styles.notice} aria-label="Convert pasted config" aria-live="polite" data-offer>
      <p className={styles.title}>The pasted text is {what}, not Butane.</p>
      <p className={styles.text}>
        Kindling can convert it to a Butane document that gives the same result (one Undo brings the pasted text back).
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={convert}>
          Convert to Butane
        </button>
        <button type="button" className={styles.secondary} onClick={() => setOffer(null)}>
          Keep as text
        </button>
      </div>
    </section>
  );
}

function Notice() {
  const notice = useImportNotice((s) => s.notice);
  const dismiss = useImportNotice((s) => s.set);
  if (!notice) return null;
  const from = notice.format === "ignition" ? "Ignition config" : "cloud-config";
  return (
    <section className={styles.notice} role="status" aria-label="Import notice" data-warnings={notice.warnings.length > 0}>
      <div className={styles.head}>
        <p className={styles.title}>
          {notice.variant
            ? `Converted ${notice.fileName} (${from}) to Butane for ${notice.variant} ${notice.version}.`
            : `Could not convert ${notice.fileName} (${from}) to Butane; it is kept as it is.`}
        </p>
        <button type="button" className={styles.close} onClick={() => dismiss(null)} aria-label="Dismiss import notice">
          ✕
        </button>
      </div>
      {notice.converted.length > 0 && (
        <ul className={styles.list} aria-label="Converted">
          {notice.converted.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      {notice.warnings.length > 0 && (
        <>
          <p className={styles.label}>{notice.variant ? `Not converted (${notice.warnings.length}):` : "Why:"}</p>
          <ul className={styles.list} aria-label={notice.variant ? "Not converted" : "Why"}>
            {notice.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
