"use client";
// Every way out of the designer: downloads, copies (with sizes), share link, and where the
// config goes on common platforms.
import { zipSync } from "fflate";
import { useState } from "react";
import { utf8Encode } from "../../lib/share";
import { designerStore, useDesigner } from "../state/store";
import { copyText, download, formatBytes } from "./download";
import SharePanel from "./SharePanel";
import TargetsPanel from "./TargetsPanel";
import { useExportData, type IgnitionFormat } from "./use-export-data";
import styles from "./export.module.css";

export default function ExportPanel({ onClose }: { onClose(): void }) {
  const [format, setFormat] = useState<IgnitionFormat>("compact");
  const [urlForm, setUrlForm] = useState<"shortest" | "base64">("shortest");
  const [status, setStatus] = useState<string>("");
  const data = useExportData(format);
  const fileCount = useDesigner((s) => Object.keys(s.files).length);
  const ext = data.json ? "ign" : "yaml";

  const copy = async (what: string, text: string | undefined) => {
    if (text === undefined) return;
    const ok = await copyText(text);
    setStatus(ok ? `Copied ${what} (${formatBytes(utf8Encode(text).length)}).` : `The browser did not allow copying; select the text below instead.`);
    if (!ok) setManual(text);
  };
  const [manual, setManual] = useState<string | null>(null);

  const noOutput = data.ignition === undefined;
  const why = noOutput ? "The document does not translate yet: see Problems." : undefined;

  return (
    <div className={styles.panel} role="dialog" aria-label="Export" aria-modal="false">
      <div className={styles.head}>
        <h2>Export</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close export">
          ✕
        </button>
      </div>
      {data.stale && !noOutput && (
        <p className={styles.warn} role="note">
          The document has changed or has errors: these exports are of its last valid version.
        </p>
      )}
      <fieldset className={styles.group}>
        <legend>Ignition format</legend>
        <label>
          <input type="radio" name="ign-format" checked={format === "compact"} onChange={() => setFormat("compact")} /> Compact
        </label>
        <label>
          <input type="radio" name="ign-format" checked={format === "pretty"} onChange={() => setFormat("pretty")} /> Pretty
        </label>
      </fieldset>

      <div className={styles.group}>
        <h3>Download</h3>
        <div className={styles.row}>
          <button type="button" className="button" onClick={() => download("config.bu", designerStore.getState().text, "text/yaml")}>
            Download Butane
          </button>
          <button
            type="button"
            className="button"
            disabled={noOutput}
            title={why}
            onClick={() => data.ignition !== undefined && download(`config.${ext}`, data.ignition, data.json ? "application/json" : "text/yaml")}
          >
            Download Ignition
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const { text, files } = designerStore.getState();
              const entries: Record<string, Uint8Array> = { "config.bu": utf8Encode(text) };
              for (const [path, bytes] of Object.entries(files)) entries[`files/${path}`] = bytes;
              download("config.zip", zipSync(entries, { level: 6 }), "application/zip");
            }}
          >
            Download zip
          </button>
        </div>
        <p className={styles.hint}>
          The zip holds config.bu and its {fileCount} attached file{fileCount === 1 ? "" : "s"} under files/: run{" "}
          <code>butane --files-dir files config.bu</code> on it.
        </p>
      </div>

      <div className={styles.group}>
        <h3>Copy</h3>
        <ul className={styles.copies}>
          <li>
            <button type="button" className="button" disabled={noOutput} title={why} onClick={() => copy("the Ignition config", data.ignition)}>
              Copy Ignition
            </button>
            <span className={styles.size} data-testid="size-ignition">{noOutput ? "—" : formatBytes(data.sizes.ignition)}</span>
          </li>
          <li>
            <button
              type="button"
              className="button"
              disabled={noOutput}
              title={why}
              onClick={() => copy("the data URL", urlForm === "shortest" ? data.dataUrl : data.dataUrlBase64)}
            >
              Copy data URL
            </button>
            <span className={styles.size} data-testid="size-data-url">
              {noOutput ? "—" : formatBytes(urlForm === "shortest" ? data.sizes.dataUrl : data.sizes.dataUrlBase64)}
            </span>
            <span className={styles.choice} role="radiogroup" aria-label="Data URL form">
              <label>
                <input type="radio" name="url-form" checked={urlForm === "shortest"} onChange={() => setUrlForm("shortest")} /> shortest
                {data.dataUrl ? (data.dataUrl.startsWith("data:;base64,") ? " (base64)" : " (URL-escaped)") : ""}
              </label>
              <label>
                <input type="radio" name="url-form" checked={urlForm === "base64"} onChange={() => setUrlForm("base64")} /> <code>data:;base64,</code>
              </label>
            </span>
          </li>
          <li>
            <button type="button" className="button" disabled={noOutput} title={why} onClick={() => copy("the base64 config", data.base64)}>
              Copy base64
            </button>
            <span className={styles.size} data-testid="size-base64">{noOutput ? "—" : formatBytes(data.sizes.base64)}</span>
          </li>
        </ul>
      </div>

      <SharePanel onStatus={setStatus} />

      {!noOutput && data.ignition !== undefined && <TargetsPanel config={data.ignition} json={data.json} />}

      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
      {manual !== null && (
        <textarea className={styles.manual} readOnly value={manual} aria-label="Text to copy" onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
