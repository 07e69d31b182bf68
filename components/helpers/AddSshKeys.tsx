"use client";
// "Add SSH keys…" under a user's ssh_authorized_keys: paste keys or drop id_*.pub files; each
// key is checked with a message of its own; good ones are added. A private key is refused and
// dropped at once: it never reaches the document, the saved work or a share link.
import { useId, useState } from "react";
import { readStrings, setList, type DocPath } from "../../lib/doc";
import { checkPublicKey, looksPrivate, splitKeys, type KeyCheck } from "../../lib/ssh-keys";
import { useForm } from "../form/context";
import "./helpers.css";

const PRIVATE_REFUSED = "That was a private key: it was refused and not kept anywhere. Paste the public key (the .pub file) instead.";

export default function AddSshKeys({ path }: { path: DocPath }) {
  const { doc, apply, editable } = useForm();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [refused, setRefused] = useState("");
  const [dragging, setDragging] = useState(false);

  const take = (incoming: string) => {
    if (looksPrivate(incoming)) {
      setRefused(PRIVATE_REFUSED);
      return;
    }
    setRefused("");
    setText((t) => (t.trim() ? t.trimEnd() + "\n" : "") + incoming.trim());
  };
  const readFiles = async (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) take(await f.text());
  };
  const checks: KeyCheck[] = splitKeys(text).map(checkPublicKey);
  const good = checks.filter((c) => c.ok);
  const close = () => {
    setOpen(false);
    setText("");
    setRefused("");
  };
  const add = () => {
    const existing = readStrings(doc, path);
    const fresh = good.map((c) => c.line).filter((l) => !existing.includes(l));
    apply((t) => setList(t, path, [...existing, ...fresh]));
    close();
  };

  if (!open) {
    return (
      <button type="button" className="button small" disabled={!editable} onClick={() => setOpen(true)}>
        Add SSH keys…
      </button>
    );
  }
  return (
    <div
      className={"helper-dialog" + (dragging ? " dragging" : "")}
      role="dialog"
      aria-label="Add SSH keys"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragging(false);
        void readFiles(e.dataTransfer.files);
      }}
      onKeyDown={(e) => e.key === "Escape" && close()}
    >
      <label htmlFor={`${id}-keys`}>Public keys (paste, or drop id_*.pub files here)</label>
      <textarea
        id={`${id}-keys`}
        className="mono"
        rows={4}
        spellCheck={false}
        autoFocus
        value={text}
        placeholder="ssh-ed25519 AAAA… you@laptop"
        onChange={(e) => {
          if (looksPrivate(e.target.value)) {
            setRefused(PRIVATE_REFUSED);
            setText("");
          } else {
            setRefused("");
            setText(e.target.value);
          }
        }}
      />
      <label className="helper-file">
        Choose .pub files <input type="file" accept=".pub,text/plain" multiple onChange={(e) => void readFiles(e.target.files).then(() => (e.target.value = ""))} />
      </label>
      {refused && <p className="helper-error" role="alert">{refused}</p>}
      {checks.length > 0 && (
        <ul className="helper-keys" aria-label="Key checks">
          {checks.map((c, i) => (
            <li key={i} className={c.ok ? (c.warning ? "warn" : "good") : "bad"}>
              <span className="mono">{c.ok ? `${c.type} ${c.comment || "(no comment)"}` : c.line.slice(0, 40) + (c.line.length > 40 ? "…" : "")}</span>
              {" — "}
              {c.ok ? (c.warning ?? "OK") : c.message}
            </li>
          ))}
        </ul>
      )}
      <div className="button-group">
        <button type="button" className="button small" disabled={good.length === 0} onClick={add}>
          {good.length === 1 ? "Add 1 key" : `Add ${good.length} keys`}
        </button>
        <button type="button" className="button small" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
