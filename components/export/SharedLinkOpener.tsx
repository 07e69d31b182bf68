"use client";
// Opens a share link (#v1.…) found in the page address. A damaged or newer-format link is
// explained and changes nothing; a good one replaces the document only when there is no
// work of the user's to lose, or when the user says so.
import { useEffect, useState } from "react";
import type { SharedDocument } from "../../lib/share";
import { hasOwnWork, replaceDocument } from "../state/replace-document";
import { designerStore } from "../state/store";
import styles from "./export.module.css";
import { decodeShareLinkOffThread } from "./share-link-client";

type Offer = { kind: "confirm"; doc: SharedDocument } | { kind: "error"; message: string } | { kind: "busy" } | null;

function clearHash() {
  history.replaceState(null, "", window.location.pathname + window.location.search);
}

function apply(doc: SharedDocument) {
  replaceDocument(doc.text, doc.files);
}

export default function SharedLinkOpener() {
  const [offer, setOffer] = useState<Offer>(null);

  useEffect(() => {
    const check = async () => {
      const hash = window.location.hash.slice(1);
      // A fragment that is not a share link at all (an anchor, another tool's state) is not ours.
      if (!/^v\d+\./.test(hash)) return;
      clearHash();
      setOffer({ kind: "busy" });
      const decoded = await decodeShareLinkOffThread(hash);
      setOffer(null);
      if (!decoded.ok) {
        setOffer({ kind: "error", message: `${decoded.message} Your own work was not changed.` });
        return;
      }
      const { text, files } = designerStore.getState();
      const same = text === decoded.doc.text && Object.keys(files).length === Object.keys(decoded.doc.files).length;
      if (same) return;
      if (hasOwnWork()) setOffer({ kind: "confirm", doc: decoded.doc });
      else apply(decoded.doc);
    };
    // After the autosaved work has been restored (parents' effects run after this one).
    const timer = setTimeout(() => void check(), 0);
    window.addEventListener("hashchange", check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("hashchange", check);
    };
  }, []);

  if (!offer) return null;
  if (offer.kind === "busy") {
    return (
      <div className={styles.banner} role="status" aria-label="Share link">
        <p>Opening the share link…</p>
      </div>
    );
  }
  if (offer.kind === "error") {
    return (
      <div className={styles.banner} data-kind="error" role="alert" aria-label="Share link">
        <p>{offer.message}</p>
        <button type="button" className="button" onClick={() => setOffer(null)}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className={styles.banner} role="alertdialog" aria-label="Open shared config">
      <p>
        This link holds a shared config{Object.keys(offer.doc.files).length ? ` with ${Object.keys(offer.doc.files).length} attached file(s)` : ""}.
        Opening it replaces the document you are working on; Undo brings your text back.
      </p>
      <div className={styles.row}>
        <button
          type="button"
          className="button"
          onClick={() => {
            apply(offer.doc);
            setOffer(null);
          }}
        >
          Open shared config
        </button>
        <button type="button" className="button" onClick={() => setOffer(null)}>
          Keep my work
        </button>
      </div>
    </div>
  );
}
