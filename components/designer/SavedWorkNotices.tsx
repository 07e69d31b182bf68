"use client";
// Notices about the work: unreadable saved data (kept, downloadable), a save the browser refused
// (download instead), another tab on the same work (never a silent overwrite), a refused file.
import { useState } from "react";
import { download, downloadZip, formatBytes } from "../export/download";
import { useSavedWorkStatus } from "../state/saved-work-status";
import styles from "./notices.module.css";

export default function SavedWorkNotices() {
  const { unreadable, saveFailed, otherTabOpen, overtaken, fileProblem, actions } = useSavedWorkStatus();
  const [otherTabSeen, setOtherTabSeen] = useState(false);
  const showOtherTab = otherTabOpen && !overtaken && !otherTabSeen;
  if (!unreadable && !saveFailed && !overtaken && !showOtherTab && !fileProblem) return null;
  return (
    <div className={styles.stack}>
      {fileProblem && (
        <div className={styles.notice} data-kind="error" role="alert" aria-label="File refused">
          <p>{fileProblem}</p>
          <div className={styles.row}>
            <button type="button" className="button" onClick={() => useSavedWorkStatus.setState({ fileProblem: undefined })}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {unreadable && (
        <div className={styles.notice} data-kind="error" role="alert" aria-label="Saved work unreadable">
          <p>
            Your saved work could not be read ({unreadable.reason}); it may come from another version of Kindling, or be damaged. It is
            kept in this browser as it was, and this page will not save over it until you say so. You are looking at the default
            document.
          </p>
          <div className={styles.row}>
            <button type="button" className="button" onClick={() => download("kindling-saved-work.json", unreadable.raw, "application/json")}>
              Download the saved data
            </button>
            <button type="button" className="button" onClick={actions.replaceUnreadable}>
              Discard it and save from now on
            </button>
          </div>
        </div>
      )}
      {saveFailed && (
        <div className={styles.notice} data-kind="error" role="alert" aria-label="Work not saved">
          <p>
            Your work ({formatBytes(saveFailed.size)}) could not be saved in this browser: it is more than the browser lets this page
            keep. It will be lost when this page is closed or reloaded: download it to keep it.
          </p>
          <div className={styles.row}>
            <button type="button" className="button" onClick={downloadZip}>
              Download zip
            </button>
          </div>
        </div>
      )}
      {overtaken && (
        <div className={styles.notice} data-kind="warning" role="alert" aria-label="Another tab saved">
          <p>
            Another tab saved changes to the same work. This tab has stopped saving, so neither overwrites the other. Your text here is
            as you left it.
          </p>
          <div className={styles.row}>
            <button type="button" className="button" onClick={() => location.reload()}>
              Reload with the other tab&apos;s work
            </button>
            <button type="button" className="button" onClick={actions.takeOver}>
              Keep this tab&apos;s work
            </button>
          </div>
        </div>
      )}
      {showOtherTab && (
        <div className={styles.notice} role="status" aria-label="Open in another tab">
          <p>
            Kindling is also open in another tab, on the same saved work. If you edit in both, the tab that saved last keeps saving and
            the other one stops and asks you.
          </p>
          <div className={styles.row}>
            <button type="button" className="button" onClick={() => setOtherTabSeen(true)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
