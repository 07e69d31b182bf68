"use client";
// The frame every builder dialog shares: its fields on one side, a live preview of the unit
// files on the other, Add and Cancel. A field's message shows once the field was left or Add
// was pressed; Add with a wrong field shows every message and moves the focus to the first.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { BuiltUnit } from "../../lib/builders";
import { FieldShell, FlagLine } from "../form/fields";
import "../helpers/helpers.css";
import "./builders.css";

interface Shown {
  /** Whether the message of `field` is shown. */
  shows(field: string): boolean;
  touch(field: string): void;
}

export interface BuilderDialogProps {
  title: string;
  intro: ReactNode;
  errors: Partial<Record<string, string>>;
  units: BuiltUnit[];
  /** Shown under the unit previews (the timer's next runs). */
  extra?: ReactNode;
  onAdd(): void;
  onClose(): void;
  children: (shown: Shown) => ReactNode;
}

export default function BuilderDialog({ title, intro, errors, units, extra, onAdd, onClose, children }: BuilderDialogProps) {
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: "nearest" });
  }, []);
  const shown: Shown = {
    shows: (f) => all || touched.has(f),
    touch: (f) => setTouched((t) => (t.has(f) ? t : new Set(t).add(f))),
  };
  const bad = Object.keys(errors).filter((k) => errors[k]);
  const add = () => {
    if (bad.length) {
      setAll(true);
      requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onAdd();
  };
  return (
    <div className="helper-dialog builder-dialog" role="dialog" aria-label={title} ref={box} onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h3 className="builder-title">{title}</h3>
      <p className="helper-note">{intro}</p>
      <div className="builder-body">
        <div className="builder-fields">{children(shown)}</div>
        <div className="builder-preview" aria-label="Preview">
          {units.map((u) => (
            <figure key={u.name} className="builder-unit">
              <figcaption>
                <span className="mono">{u.name}</span>
                {u.enabled ? <span className="builder-badge">enabled</span> : null}
              </figcaption>
              <pre className="mono" aria-label={`Preview of ${u.name}`}>
                {/* one block per line: a long line wraps with a hanging indent, so it still reads as one line */}
                {u.contents.replace(/\n$/, "").split("\n").map((line, i) => (
                  <span key={i} className="builder-line">
                    {line + "\n"}
                  </span>
                ))}
              </pre>
            </figure>
          ))}
          {extra}
        </div>
      </div>
      {all && bad.length > 0 && (
        <p className="helper-error" role="alert">
          {bad.length === 1 ? "One field needs a change" : `${bad.length} fields need a change`} before the {units.length === 1 ? "unit" : "units"} can be added.
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button small" onClick={add}>
          {units.length === 1 ? "Add unit" : `Add ${units.length} units`}
        </button>
        <button type="button" className="button small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface InputProps {
  name: string;
  label: string;
  help?: ReactNode;
  value: string;
  onChange(v: string): void;
  error?: string;
  shown: Shown;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  mono?: boolean;
  options?: readonly string[];
  autoFocus?: boolean;
}

/** A builder's field values, and the props that bind one text field to them and to its message. */
export function useBuilderState<S extends Record<string, string | boolean>>(initial: S) {
  const [s, set] = useState(initial);
  const update = <K extends keyof S>(key: K, value: S[K]) => set((x) => ({ ...x, [key]: value }));
  const bind = (key: keyof S & string, errors: Partial<Record<string, string>>) => ({
    name: key,
    value: String(s[key]),
    onChange: (v: string) => update(key, v as S[typeof key]),
    error: errors[key],
  });
  return { s, update, bind };
}

/** One field of a builder: a label, the control, its help, its message when shown. */
export function BuilderInput({ name, label, help, value, onChange, error, shown, placeholder, multiline, rows, mono, options, autoFocus }: InputProps) {
  const id = useId();
  const show = Boolean(error) && shown.shows(name);
  const common = {
    id,
    value,
    placeholder,
    autoFocus,
    "aria-describedby": help ? `${id}-help` : undefined,
    "aria-invalid": show ? true : undefined,
    className: mono ? "mono" : undefined,
    spellCheck: mono ? false : undefined,
    onBlur: () => shown.touch(name),
  };
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} reserve flags={show ? <FlagLine flag={{ level: "error", message: error! }} /> : null}>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={rows ?? 3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** A checkbox of a builder. */
export function BuilderCheck({ label, help, checked, onChange }: { label: string; help?: ReactNode; checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <div className="field check">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={help ? `${id}-help` : undefined} />
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}
