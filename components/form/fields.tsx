"use client";
// Form controls bound to a path in the Butane document. Each reads its value from the parsed
// Document and writes edits back through lib/doc, so only that value's text changes.
import { useId, useState, type ReactNode } from "react";
import { deleteIn, Literal, parseGoInt, readBool, readString, readStrings, setIn, setList, type DocPath } from "../../lib/doc";
import type { Flag } from "../../lib/form-rules";
import { useForm } from "./context";

type Check = (value: string) => Flag | undefined;

export function FlagLine({ flag, onApply }: { flag: Flag; onApply?: (s: string) => void }) {
  return (
    <p className={`flag flag-${flag.level}`} role={flag.level === "error" ? "alert" : "status"}>
      <span className="flag-icon" aria-hidden="true">{flag.level === "error" ? "✖" : flag.level === "warning" ? "▲" : "ℹ"}</span>
      {flag.message}
      {flag.suggestion !== undefined && onApply && (
        <button type="button" className="link" onClick={() => onApply(flag.suggestion!)}>
          Use {flag.suggestion}
        </button>
      )}
    </p>
  );
}

/** The engine's errors and warnings for exactly this path. */
export function Findings({ path, deep }: { path: DocPath; deep?: boolean }) {
  const { findings } = useForm();
  const list = findings(path, deep);
  if (list.length === 0) return null;
  return (
    <>
      {list.map((e, i) => (
        <p key={i} className={`flag flag-${e.level} flag-engine`}>
          <span className="flag-icon" aria-hidden="true">{e.level === "error" ? "✖" : e.level === "warning" ? "▲" : "ℹ"}</span>
          {e.message}
        </p>
      ))}
    </>
  );
}

/**
 * A field's one flag: its own check's or the engine's for its path, an error before a warning
 * (both saying the same thing would take two lines where one is kept). `invalid` is for
 * aria-invalid.
 */
function useFieldFlag(path: DocPath, own: Flag | undefined, onApply: (s: string) => void): { invalid: boolean; flags: ReactNode } {
  const { findings } = useForm();
  const engine = findings(path);
  const engineError = engine.find((e) => e.level === "error");
  const invalid = own?.level === "error" || engineError !== undefined;
  if (own && (own.level === "error" || !engineError)) return { invalid, flags: <FlagLine flag={own} onApply={onApply} /> };
  const first = engineError ?? engine[0];
  return { invalid, flags: first ? <FlagLine flag={{ level: first.level, message: first.message }} /> : null };
}

interface FieldProps {
  path: DocPath;
  label: string;
  help?: ReactNode;
  check?: Check;
  placeholder?: string;
}

/**
 * A label, a control, its help and its flags. With `reserve`, the flags have a line kept for
 * them even when there are none, so a value turning valid or invalid never moves what follows.
 */
export function FieldShell({ id, label, help, helpId, children, flags, reserve }: { id: string; label: string; help?: ReactNode; helpId: string; children: ReactNode; flags: ReactNode; reserve?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {help && (
        <p className="help" id={helpId}>
          {help}
        </p>
      )}
      {reserve ? <div className="flag-slot">{flags}</div> : flags}
    </div>
  );
}

/**
 * A text value kept as typed while it cannot be written (an invalid number) or while it reads
 * back the same as the document holds (so a trailing newline or comma survives typing).
 */
export function useDraft(docValue: string, same: (draft: string) => boolean, valid: (draft: string) => boolean) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && (!valid(draft) || same(draft)) ? draft : docValue;
  return { shown, setDraft, clear: () => setDraft(null) };
}

/** A string field: an empty input removes the key unless the field is required. */
export function TextField({ path, label, help, check, placeholder, required, multiline, mono, rows }: FieldProps & { required?: boolean; multiline?: boolean; mono?: boolean; rows?: number }) {
  const { doc, apply } = useForm();
  const id = useId();
  const docValue = readString(doc, path) ?? "";
  const { shown, setDraft, clear } = useDraft(docValue, (d) => d === docValue, () => true);
  const write = (v: string) => {
    setDraft(v);
    apply((t) => (v === "" && !required ? deleteIn(t, path) : setIn(t, path, v)));
  };
  const { invalid, flags } = useFieldFlag(path, check?.(shown), write);
  const common = {
    id,
    value: shown,
    placeholder,
    "aria-describedby": help ? `${id}-help` : undefined,
    "aria-invalid": invalid ? true : undefined,
    className: mono ? "mono" : undefined,
    spellCheck: mono ? false : undefined,
    onBlur: clear,
  };
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} reserve={Boolean(check || required)} flags={flags}>
      {multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => write(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => write(e.target.value)} />
      )}
    </FieldShell>
  );
}

const INT_LITERAL = /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$/;

/**
 * An integer written as a literal: what the person types goes into the YAML as typed (`0644`
 * stays octal), once it is a number go-yaml reads.
 */
export function IntField({ path, label, help, check, placeholder }: FieldProps) {
  const { doc, apply } = useForm();
  const id = useId();
  const docValue = readString(doc, path) ?? "";
  const valid = (d: string) => d.trim() === "" || (INT_LITERAL.test(d.trim()) && parseGoInt(d.trim()) !== undefined);
  const { shown, setDraft, clear } = useDraft(docValue, (d) => d.trim() === docValue, valid);
  const write = (v: string) => {
    setDraft(v);
    if (!valid(v)) return;
    const s = v.trim();
    apply((t) => (s === "" ? deleteIn(t, path) : setIn(t, path, new Literal(s))));
  };
  const { invalid, flags } = useFieldFlag(path, check?.(shown) ?? (valid(shown) ? undefined : { level: "error" as const, message: `"${shown}" is not a whole number.` }), write);
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} reserve flags={flags}>
      <NumericInput id={id} value={shown} placeholder={placeholder} described={Boolean(help)} invalid={invalid} onChange={write} onBlur={clear} />
    </FieldShell>
  );
}

/** The text input of the whole-number and mode fields. */
function NumericInput(p: { id: string; value: string; placeholder?: string; described: boolean; invalid: boolean; onChange(v: string): void; onBlur(): void }) {
  return (
    <input
      id={p.id}
      type="text"
      inputMode="numeric"
      className="mono short"
      value={p.value}
      placeholder={p.placeholder}
      aria-describedby={p.described ? `${p.id}-help` : undefined}
      aria-invalid={p.invalid ? true : undefined}
      onChange={(e) => p.onChange(e.target.value)}
      onBlur={p.onBlur}
    />
  );
}

/**
 * A file mode, shown in octal whatever the YAML literal (`420` shows as 0644). What the person
 * types is written as typed, so `644` stays the decimal the YAML means, flagged with a fix.
 */
export function ModeField({ path, label, help, check, placeholder }: FieldProps) {
  const { doc, apply } = useForm();
  const id = useId();
  const source = readString(doc, path);
  const value = source === undefined ? undefined : parseGoInt(source);
  const docValue = value === undefined || value < 0 ? source ?? "" : "0" + value.toString(8);
  const valid = (d: string) => d.trim() === "" || (INT_LITERAL.test(d.trim()) && parseGoInt(d.trim()) !== undefined);
  const { shown, setDraft, clear } = useDraft(docValue, (d) => (d.trim() === "" ? source === undefined : parseGoInt(d.trim()) === value), valid);
  const write = (v: string) => {
    setDraft(v);
    if (!valid(v)) return;
    const s = v.trim();
    apply((t) => (s === "" ? deleteIn(t, path) : setIn(t, path, new Literal(s))));
  };
  // Flags judge the literal as written (the draft while typing, else the YAML's own).
  const literal = shown !== docValue ? shown : source ?? "";
  const { invalid, flags } = useFieldFlag(path, valid(literal) ? check?.(literal) : { level: "error" as const, message: `"${literal}" is not a number; write modes in octal, e.g. 0644.` }, write);
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} reserve flags={flags}>
      <NumericInput id={id} value={shown} placeholder={placeholder} described={Boolean(help)} invalid={invalid} onChange={write} onBlur={clear} />
    </FieldShell>
  );
}

/** What each state of an optional boolean means for this field. */
export interface BoolMeaning {
  /** The key absent: Butane's default, e.g. "false: keep what is there" or "leave it as the OS ships it". */
  unset: string;
  yes: string;
  no: string;
}

/**
 * An optional boolean (a `*bool` in Butane): not set, true or false. Not set removes the key,
 * so Butane's default applies; true and false are written as such. A value that is not a
 * boolean (`enabled: maybe`) is shown as written until another choice replaces it.
 */
export function BoolField({ path, label, help, meaning }: Omit<FieldProps, "check" | "placeholder"> & { meaning: BoolMeaning }) {
  const { doc, apply } = useForm();
  const id = useId();
  const source = readString(doc, path);
  const value = readBool(doc, path);
  const current = value === true ? "true" : value === false ? "false" : source === undefined ? "" : "other";
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} flags={<Findings path={path} />}>
      <select
        id={id}
        className="bool"
        value={current}
        data-state={current === "" ? "unset" : current}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => {
          const v = e.target.value;
          if (v === "other") return;
          apply((t) => (v === "" ? deleteIn(t, path) : setIn(t, path, v === "true")));
        }}
      >
        <option value="">Not set ({meaning.unset})</option>
        <option value="true">true: {meaning.yes}</option>
        <option value="false">false: {meaning.no}</option>
        {current === "other" && (
          <option value="other" disabled>
            {source} (not true or false)
          </option>
        )}
      </select>
    </FieldShell>
  );
}

/**
 * A list of strings edited as text: one per line, or separated by commas and spaces.
 * Only the items that change are rewritten.
 */
export function ListField({ path, label, help, check, placeholder, separator }: FieldProps & { separator: "lines" | "commas" }) {
  const { doc, apply } = useForm();
  const id = useId();
  const items = readStrings(doc, path);
  const split = (s: string) => (separator === "lines" ? s.split(/\r?\n/) : s.split(/[,\s]+/)).map((x) => x.trim()).filter((x) => x !== "");
  const docValue = items.join(separator === "lines" ? "\n" : ", ");
  const { shown, setDraft, clear } = useDraft(docValue, (d) => JSON.stringify(split(d)) === JSON.stringify(items), () => true);
  const write = (v: string) => {
    setDraft(v);
    const values = split(v);
    apply((t) => setList(t, path, values));
  };
  const flags = split(shown)
    .map((line) => check?.(line))
    .filter((f): f is Flag => f !== undefined);
  const common = {
    id,
    value: shown,
    placeholder,
    "aria-describedby": help ? `${id}-help` : undefined,
    onBlur: clear,
  };
  return (
    <FieldShell
      id={id}
      label={label}
      help={help}
      helpId={`${id}-help`}
      reserve={Boolean(check)}
      flags={
        <>
          {flags.slice(0, 3).map((f, i) => (
            <FlagLine key={i} flag={f} />
          ))}
          <Findings path={path} deep />
        </>
      }
    >
      {separator === "lines" ? (
        <textarea {...common} className="mono" rows={Math.min(8, Math.max(2, items.length + 1))} spellCheck={false} onChange={(e) => write(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => write(e.target.value)} />
      )}
    </FieldShell>
  );
}

/** A choice among values of a string field ("" = not set). */
export function SelectField({ path, label, help, options }: Omit<FieldProps, "check" | "placeholder"> & { options: { value: string; label: string }[] }) {
  const { doc, apply } = useForm();
  const id = useId();
  const value = readString(doc, path) ?? "";
  const known = options.some((o) => o.value === value);
  return (
    <FieldShell id={id} label={label} help={help} helpId={`${id}-help`} flags={<Findings path={path} />}>
      <select id={id} value={value} aria-describedby={help ? `${id}-help` : undefined} onChange={(e) => {
        const v = e.target.value;
        apply((t) => (v === "" ? deleteIn(t, path) : setIn(t, path, v)));
      }}>
        <option value="">(not set)</option>
        {!known && value !== "" && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
