"use client";
// The share link: the whole document in the URL fragment. Warns about secrets (and offers to
// leave them out) and about links too long for browsers and chat tools.
import { useState } from "react";
import { encodeShareLink, findSecrets, linkLengthWarning, withoutSecrets, type Secret } from "../../lib/share";
import { designerStore } from "../state/store";
import { copyText } from "./download";
import styles from "./export.module.css";

function pageBase(): string {
  return window.location.origin + window.location.pathname;
}

export default function SharePanel({ onStatus }: { onStatus(s: string): void }) {
  const [secrets, setSecrets] = useState<Secret[] | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const finish = async (leaveOut: boolean) => {
    const { text, files } = designerStore.getState();
    const doc = leaveOut ? withoutSecrets({ text, files }) : { text, files };
    const made = encodeShareLink(doc, pageBase());
    setLink(made);
    setSecrets(null);
    const ok = await copyText(made);
    onStatus(
      ok
        ? `Copied the share link (${made.length.toLocaleString("en")} characters${leaveOut ? ", secrets left out" : ""}).`
        : "The browser did not allow copying; select the link below instead.",
    );
  };

  const start = () => {
    const { text, files } = designerStore.getState();
    const found = findSecrets({ text, files });
    if (found.length) {
      setSecrets(found);
      setLink(null);
    } else void finish(false);
  };

  // one warning, for the strictest limit the link passes (not one per limit)
  const warning = link ? linkLengthWarning(link.length) : undefined;
  const close = () => {
    setSecrets(null);
    setLink(null);
  };
  return (
    <>
      <button type="button" className="button small" onClick={start} title="A link holding the whole document and its attached files; nothing is sent to a server.">
        Copy share link
      </button>
      {(secrets || link) && (
        <div className={styles.popover} role="dialog" aria-label="Share link">
          <button type="button" className={`button small ${styles.close}`} onClick={close} aria-label="Close">
            ✕
          </button>
          {secrets && (
            <div className={styles.warn} role="alert">
              <p>This config holds secrets that anyone with the link could read:</p>
              <ul>
                {secrets.map((s) => (
                  <li key={s.where}>
                    {s.kind} — <code>{s.where.startsWith("file:") ? `attached file ${s.where.slice(5)}` : s.where}</code>
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <button type="button" className="button small" onClick={() => void finish(true)}>
                  Copy without secrets
                </button>
                <button type="button" className="button small" onClick={() => void finish(false)}>
                  Copy with secrets
                </button>
                <button type="button" className="button small" onClick={close}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {link && (
            <>
              <label className={styles.linkField}>
                <span>Share link ({link.length.toLocaleString("en")} characters)</span>
                <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
              </label>
              <p className={styles.hint}>The link holds the whole document and its attached files; nothing is sent to a server.</p>
              {warning && (
                <p className={styles.warn} role="note">
                  This link is {link.length.toLocaleString("en")} characters long: {warning.where}. Download the zip to share a config this large.
                </p>
              )}
            </>
          )}
        </div>
      )}
    </>
  );
}
