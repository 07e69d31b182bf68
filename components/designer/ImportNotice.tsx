"use client";
// The notice shown after opening an Ignition config or a cloud-config: what became Butane,
// and what had no equivalent (never dropped silently).
import styles from "./ImportNotice.module.css";
import { useImportNotice } from "./import-notice";

export default function ImportNotice() {
  const notice = useImportNotice((s) => s.notice);
  const dismiss = useImportNotice((s) => s.set);
  if (!notice) return null;
  const from = notice.format === "ignition" ? "Ignition config" : "cloud-config";
  return (
    <section className={styles.notice} role="status" aria-label="Import notice" data-warnings={notice.warnings.length > 0}>
      <div className={styles.head}>
        <p className={styles.title}>
          Converted {notice.fileName} ({from}) to Butane for {notice.variant} {notice.version}.
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
          <p className={styles.label}>Not converted ({notice.warnings.length}):</p>
          <ul className={styles.list} aria-label="Not converted">
            {notice.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
