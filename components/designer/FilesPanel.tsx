"use client";
// Local files attached to the document: what `local:` contents, `trees` and the `*_local`
// fields embed, as Butane does with its files directory (-d). Kept with the autosave. Attaching
// and removing are undo steps, like edits of the text (one step per click or pick).
import type { ChangeEvent } from "react";
import { useDesigner } from "../state/store";
import { readFiles } from "./open-files";

function size(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export default function FilesPanel() {
  const files = useDesigner((s) => s.files);
  const change = useDesigner((s) => s.change);
  const names = Object.keys(files).sort();
  const attach = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    if (input.files?.length) change(await readFiles(input.files));
    input.value = "";
  };
  return (
    <details className="files-panel">
      <summary>
        Attached files <span className="count">{names.length}</span>
      </summary>
      <p className="hint">
        Refer to them as <code>local: NAME</code> (file contents), <code>trees</code> or <code>*_local</code> fields. Drop files
        anywhere on the page to attach them.
      </p>
      <ul>
        {names.map((n) => (
          <li key={n}>
            <code>{n}</code> <span className="size">{size(files[n].length)}</span>
            <button type="button" className="link" onClick={() => change({ [n]: null })} aria-label={`Remove ${n}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label className="button small">
        Attach files
        <input type="file" multiple className="visually-hidden" onChange={attach} />
      </label>{" "}
      <label className="button small">
        Attach folder
        <input
          type="file"
          className="visually-hidden"
          // a whole directory, for `trees`: its files keep their paths ("site/css/main.css")
          ref={(el) => el?.setAttribute("webkitdirectory", "")}
          onChange={attach}
        />
      </label>
    </details>
  );
}
