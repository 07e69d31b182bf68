"use client";
// One Flatcar setting in the form: its fields, what it writes, an Apply button that is enabled
// while there is a valid change to write, and Remove when the document has the setting.
import { useId, type ReactNode } from "react";

export function SettingCard(props: { title: string; writes: ReactNode; children: ReactNode; error?: string; changed: boolean; dirty?: boolean; onApply(): void; onRemove?: () => void; applyLabel?: string }) {
  const id = useId();
  return (
    <fieldset className="setting-card" aria-labelledby={`${id}-t`}>
      <legend id={`${id}-t`}>{props.title}</legend>
      <p className="help setting-writes">{props.writes}</p>
      {props.children}
      {props.error && (
        <p className="flag flag-error" role="alert">
          <span className="flag-icon" aria-hidden="true">✖</span>
          {props.error}
        </p>
      )}
      <div className="setting-actions">
        <button type="button" className="button small primary" disabled={!props.changed || Boolean(props.error)} onClick={props.onApply}>
          {props.applyLabel ?? "Apply"}
        </button>
        {(props.dirty ?? props.changed) && !props.error && <span className="help">Not applied yet.</span>}
        {props.onRemove && (
          <button type="button" className="button small danger" onClick={props.onRemove}>
            Remove
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** A labelled text input. */
export function Input(p: { label: string; value: string; onChange(v: string): void; placeholder?: string; list?: string; help?: ReactNode; invalid?: boolean; mono?: boolean; multiline?: boolean }) {
  const id = useId();
  const common = { id, value: p.value, placeholder: p.placeholder, "aria-invalid": p.invalid || undefined, "aria-describedby": p.help ? `${id}-h` : undefined, className: p.mono ? "mono" : undefined, spellCheck: p.mono ? false : undefined };
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      {p.multiline ? <textarea {...common} rows={3} onChange={(e) => p.onChange(e.target.value)} /> : <input type="text" {...common} list={p.list} onChange={(e) => p.onChange(e.target.value)} />}
      {p.help && (
        <p className="help" id={`${id}-h`}>
          {p.help}
        </p>
      )}
    </div>
  );
}

export function Select(p: { label: string; value: string; onChange(v: string): void; options: readonly { value: string; label: string }[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      <select id={id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
