"use client";
// Every way out of the designer, always in view under the header: downloads, copies with
// their sizes, the share link, and "Where it goes" for common platforms.
import { useEffect, useState } from "react";
import { utf8Encode } from "../../lib/share";
import { downloadButane } from "../designer/save-butane";
import { designerStore } from "../state/store";
import { copyText, download, downloadZip, formatBytes } from "./download";

const shortBytes = (n: number) => `${n.toLocaleString("en")} B`;
import SharePanel from "./SharePanel";
import TargetsPanel from "./TargetsPanel";
import { useExportData, type IgnitionFormat } from "./use-export-data";
import styles from "./export.module.css";

export default function ExportBar() {
  const [format, setFormat] = useState<IgnitionFormat>("compact");
  const [urlForm, setUrlForm] = useState<"shortest" | "base64">("shortest");
  const [status, setStatus] = useState("");
  const [manual, setManual] = useState<string | null>(null);
  const [targetsOpen, setTargetsOpen] = useState(false);
  // on a phone the actions fold into a menu behind one button (CSS shows the button there only)
  const [menuOpen, setMenuOpen] = useState(false);
  const data = useExportData(format);
  const noOutput = data.ignition === undefined;
  const why = noOutput ? "The document does not translate yet: see Problems." : undefined;
  const dataUrlSize = urlForm === "shortest" ? data.sizes.dataUrl : data.sizes.dataUrlBase64;

  useEffect(() => {
    if (!targetsOpen && manual === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setTargetsOpen(false);
      setManual(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [targetsOpen, manual]);

  const copy = async (what: string, text: string | undefined) => {
    if (text === undefined) return;
    const ok = await copyText(text);
    setStatus(ok ? `Copied ${what} (${formatBytes(utf8Encode(text).length)}).` : "The browser did not allow copying: select the text instead.");
    setManual(ok ? null : text);
  };

  return (
    <section className={styles.bar} aria-label="Export" data-menu={menuOpen ? "open" : "closed"}>
      <button type="button" className={`button small ${styles.menuToggle}`} aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)}>
        Export <span aria-hidden="true">{menuOpen ? "▴" : "▾"}</span>
      </button>
      <div className={styles.cluster} role="group" aria-label="Download">
        <button type="button" className="button small" onClick={downloadButane} title="config.bu (Ctrl+S)">
          Download Butane
        </button>
        <button
          type="button"
          className="button small"
          disabled={noOutput}
          title={why}
          onClick={() => data.ignition !== undefined && download(`config.${data.json ? "ign" : "yaml"}`, data.ignition, data.json ? "application/json" : "text/yaml")}
        >
          Download Ignition
        </button>
        <button type="button" className="button small" onClick={downloadZip} title="config.bu and its attached files under files/, ready for butane --files-dir files config.bu">
          Download zip
        </button>
      </div>
      <select className={styles.mini} aria-label="Ignition format" value={format} onChange={(e) => setFormat(e.target.value as IgnitionFormat)}>
        <option value="compact">compact JSON</option>
        <option value="pretty">pretty JSON</option>
      </select>
      <div className={styles.cluster} role="group" aria-label="Copy">
        <button type="button" className="button small" disabled={noOutput} title={why} onClick={() => copy("the Ignition config", data.ignition)}>
          Copy Ignition
        </button>
        <span className={styles.size} data-testid="size-ignition">{noOutput ? "" : shortBytes(data.sizes.ignition)}</span>
        <button type="button" className="button small" disabled={noOutput} title={why} onClick={() => copy("the data URL", data.dataUrl(urlForm))}>
          Copy data URL
        </button>
        <span className={styles.size} data-testid="size-data-url">{noOutput ? "" : shortBytes(dataUrlSize)}</span>
        <select
          className={styles.mini}
          aria-label="Data URL form"
          title={noOutput ? undefined : `The shortest form is ${data.shortestIsBase64 ? "data:;base64,…" : "URL-escaped data:,…"}`} value={urlForm} onChange={(e) => setUrlForm(e.target.value as "shortest" | "base64")}>
          <option value="shortest">shortest</option>
          <option value="base64">base64</option>
        </select>
        <button type="button" className="button small" disabled={noOutput} title={why} onClick={() => copy("the base64 config", data.base64())}>
          Copy base64
        </button>
        <span className={styles.size} data-testid="size-base64">{noOutput ? "" : shortBytes(data.sizes.base64)}</span>
      </div>
      <SharePanel onStatus={setStatus} />
      <button type="button" className="button small" aria-expanded={targetsOpen} onClick={() => setTargetsOpen((o) => !o)} disabled={noOutput} title={why}>
        Where it goes
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {data.stale && !noOutput ? "Exports are of the last valid version of the document. " : ""}
        {status}
      </p>
      {targetsOpen && data.ignition !== undefined && (
        <div className={styles.popover} role="dialog" aria-label="Where it goes">
          <button type="button" className={`button small ${styles.close}`} onClick={() => setTargetsOpen(false)} aria-label="Close">
            ✕
          </button>
          <TargetsPanel config={data.ignition} json={data.json} />
        </div>
      )}
      {manual !== null && (
        <div className={styles.popover} role="dialog" aria-label="Text to copy">
          <button type="button" className={`button small ${styles.close}`} onClick={() => setManual(null)} aria-label="Close">
            ✕
          </button>
          <textarea className={styles.manual} readOnly value={manual} aria-label="Text to copy" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </section>
  );
}
