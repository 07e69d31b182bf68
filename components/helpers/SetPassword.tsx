"use client";
// "Set password…" next to a password_hash field: asks for the password twice, hashes it in a
// Web Worker (yescrypt by default, or SHA-512 crypt) and writes only the hash into the document.
// The password is kept in this component's state until the dialog closes and is never stored,
// sent, or put in a share link.
import { useId, useState } from "react";
import { setIn, type DocPath } from "../../lib/doc";
import type { HashMethod } from "../../lib/passwd";
import { useForm } from "../form/context";
import { hashInWorker } from "./hash-in-worker";
import "./helpers.css";

export default function SetPassword({ path }: { path: DocPath }) {
  const { apply, editable } = useForm();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState("");
  const [second, setSecond] = useState("");
  const [method, setMethod] = useState<HashMethod>("yescrypt");
  const [progress, setProgress] = useState<number | undefined>();
  const [error, setError] = useState("");

  const close = () => {
    setOpen(false);
    setFirst("");
    setSecond("");
    setProgress(undefined);
    setError("");
  };
  const mismatch = second !== "" && first !== second;
  const busy = progress !== undefined;
  const submit = async () => {
    if (!first || first !== second || busy) return;
    setError("");
    setProgress(0);
    try {
      const hash = await hashInWorker(first, method, setProgress);
      apply((t) => setIn(t, path, hash));
      close();
    } catch (e) {
      setProgress(undefined);
      setError(`Could not hash the password: ${(e as Error).message}`);
    }
  };

  if (!open) {
    return (
      <button type="button" className="button small" disabled={!editable} onClick={() => setOpen(true)}>
        Set password…
      </button>
    );
  }
  return (
    <form
      className="helper-dialog"
      role="dialog"
      aria-label="Set password"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === "Escape" && !busy && close()}
    >
      <p className="helper-note">Only the hash goes into the config. The password is not saved, sent anywhere or put in a share link.</p>
      <label htmlFor={`${id}-a`}>Password</label>
      <input id={`${id}-a`} type="password" autoComplete="new-password" autoFocus value={first} disabled={busy} onChange={(e) => setFirst(e.target.value)} />
      <label htmlFor={`${id}-b`}>Password again</label>
      <input id={`${id}-b`} type="password" autoComplete="new-password" value={second} disabled={busy} aria-invalid={mismatch || undefined} onChange={(e) => setSecond(e.target.value)} />
      {mismatch && <p className="helper-error" role="alert">The two passwords differ.</p>}
      <fieldset className="helper-choice" disabled={busy}>
        <legend>Method</legend>
        <label>
          <input type="radio" name={`${id}-m`} checked={method === "yescrypt"} onChange={() => setMethod("yescrypt")} /> yescrypt <small>(recommended; what <code>mkpasswd</code> makes)</small>
        </label>
        <label>
          <input type="radio" name={`${id}-m`} checked={method === "sha512crypt"} onChange={() => setMethod("sha512crypt")} /> SHA-512 crypt <small>(for older systems)</small>
        </label>
      </fieldset>
      {busy && (
        <p className="helper-progress" role="status">
          Hashing… <progress max={1} value={progress} aria-label="Hashing progress" />
        </p>
      )}
      {error && <p className="helper-error" role="alert">{error}</p>}
      <div className="button-group">
        <button type="submit" className="button small" disabled={!first || first !== second || busy}>
          Hash and set
        </button>
        <button type="button" className="button small" disabled={busy} onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
