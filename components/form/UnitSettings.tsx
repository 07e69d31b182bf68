"use client";
// A unit's common settings as fields over its unit file (the `contents` text): each field reads
// and rewrites only its own key's lines (lib/unit-text), so every other line and comment of the
// unit stays as written. The whole text stays editable in the Contents field below.
import { useId } from "react";
import { describeSyntax, parseButane, readString, setIn, type DocPath, type EditResult } from "../../lib/doc";
import { getLines, getValue, getWords, setLines, setValue, setWords, splitWords, UNIT_SKELETON } from "../../lib/unit-text";
import { useForm, type Edit } from "./context";
import { FieldShell, useDraft } from "./fields";

type Kind = "value" | "words" | "lines" | "choice";

interface Setting {
  section: string;
  key: string;
  kind: Kind;
  help: string;
  placeholder?: string;
  options?: string[];
}

const TYPES = ["simple", "exec", "forking", "oneshot", "notify", "notify-reload", "dbus", "idle"];
const RESTARTS = ["no", "always", "on-success", "on-failure", "on-abnormal", "on-abort", "on-watchdog"];

const UNIT: Setting[] = [
  { section: "Unit", key: "Description", kind: "value", help: "A short sentence shown by systemctl status.", placeholder: "NGINX web server" },
  { section: "Unit", key: "After", kind: "words", help: "Start after these units (space-separated).", placeholder: "network-online.target docker.service" },
  { section: "Unit", key: "Requires", kind: "words", help: "Units that must be running; this one stops if they fail.", placeholder: "docker.service" },
  { section: "Unit", key: "Wants", kind: "words", help: "Units to start along with this one (no failure if they do not).", placeholder: "network-online.target" },
];

const SERVICE: Setting[] = [
  { section: "Service", key: "Type", kind: "choice", options: TYPES, help: "simple: ExecStart is the service; oneshot: it runs to the end, then the unit is done." },
  { section: "Service", key: "ExecStartPre", kind: "lines", help: "Commands run before ExecStart, one per line (a leading - ignores failures).", placeholder: "-/usr/bin/docker rm --force web" },
  { section: "Service", key: "ExecStart", kind: "lines", help: "The command, with its full path (one per line only for Type=oneshot).", placeholder: "/usr/bin/docker run --name web docker.io/nginx:1" },
  { section: "Service", key: "ExecStop", kind: "lines", help: "Commands that stop it, one per line (default: systemd sends SIGTERM).", placeholder: "/usr/bin/docker stop web" },
  { section: "Service", key: "Restart", kind: "choice", options: RESTARTS, help: "When systemd starts it again after it exits." },
  { section: "Service", key: "User", kind: "value", help: "Run as this user instead of root.", placeholder: "core" },
  { section: "Service", key: "Environment", kind: "lines", help: "Variables, one line each: NAME=value (quote values with spaces).", placeholder: 'GREETING="Hello world"' },
];

const INSTALL: Setting[] = [
  { section: "Install", key: "WantedBy", kind: "words", help: "Enabling the unit starts it with these targets; multi-user.target is the usual one.", placeholder: "multi-user.target" },
];

/** A composite edit of one unit's contents: read the text as it is now, rewrite it with `change`. */
function editContents(contents: DocPath, change: (unit: string) => string): Edit {
  return (text: string): EditResult => {
    const p = parseButane(text);
    if (!p.ok) return { ok: false, error: describeSyntax(p.syntax) };
    const current = readString(p.doc, contents) ?? "";
    const next = change(current);
    return next === current ? { ok: true, text } : setIn(text, contents, next);
  };
}

function read(unit: string, s: Setting): string {
  if (s.kind === "words") return getWords(unit, s.section, s.key).join(" ");
  if (s.kind === "lines") return getLines(unit, s.section, s.key).join("\n");
  return getValue(unit, s.section, s.key) ?? "";
}

function write(unit: string, s: Setting, v: string): string {
  if (s.kind === "words") return setWords(unit, s.section, s.key, splitWords(v));
  if (s.kind === "lines") return setLines(unit, s.section, s.key, v.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""));
  // a single value cleared removes its line; the skeleton's empty `Description=` stays until then
  return setValue(unit, s.section, s.key, v.trim() === "" ? (getValue(unit, s.section, s.key) === "" ? "" : undefined) : v.trim());
}

function SettingField({ setting: s, unit, contents }: { setting: Setting; unit: string; contents: DocPath }) {
  const { apply } = useForm();
  const id = useId();
  const docValue = read(unit, s);
  const normalize = (v: string) => read(write(unit, s, v), s);
  const { shown, setDraft, clear } = useDraft(docValue, (d) => normalize(d) === docValue, () => true);
  const change = (v: string) => {
    setDraft(v);
    apply(editContents(contents, (u) => write(u, s, v)));
  };
  const common = { id, "aria-describedby": `${id}-help`, onBlur: clear };
  let control;
  if (s.kind === "choice") {
    const known = s.options!.includes(docValue) || docValue === "";
    control = (
      <select {...common} value={docValue} onChange={(e) => change(e.target.value)}>
        <option value="">(not set{s.key === "Type" ? ": simple" : s.key === "Restart" ? ": no" : ""})</option>
        {!known && <option value={docValue}>{docValue}</option>}
        {s.options!.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (s.kind === "lines") {
    control = (
      <textarea
        {...common}
        className="mono"
        spellCheck={false}
        rows={Math.max(1, Math.min(6, shown.split("\n").length))}
        value={shown}
        placeholder={s.placeholder}
        onChange={(e) => change(e.target.value)}
      />
    );
  } else {
    control = <input {...common} type="text" className={s.kind === "words" ? "mono" : undefined} value={shown} placeholder={s.placeholder} onChange={(e) => change(e.target.value)} />;
  }
  return (
    <FieldShell id={id} label={s.key} help={s.help} helpId={`${id}-help`} flags={null}>
      {control}
    </FieldShell>
  );
}

/**
 * The settings of unit `p` (its [Service] ones only for a .service unit or one not named yet).
 * A unit without contents (only enabled, masked or given drop-ins) offers to start a unit file.
 */
export default function UnitSettings({ p }: { p: DocPath }) {
  const { doc, apply } = useForm();
  const contents = [...p, "contents"];
  const unit = readString(doc, contents);
  if (unit === undefined) {
    return (
      <p className="unit-settings-empty">
        No unit file: Butane only enables, masks or adds drop-ins to a unit the OS already has.{" "}
        <button type="button" className="button small" onClick={() => apply((t) => setIn(t, contents, UNIT_SKELETON))}>
          Write a unit file
        </button>
      </p>
    );
  }
  const name = readString(doc, [...p, "name"]) ?? "";
  const service = name === "" || name.endsWith(".service") || !/\.[a-z]+$/.test(name);
  const groups: [string, Setting[]][] = [
    ["[Unit]", UNIT],
    ...(service ? ([["[Service]", SERVICE]] as [string, Setting[]][]) : []),
    ["[Install]", INSTALL],
  ];
  return (
    <fieldset className="unit-settings">
      <legend>Unit file settings</legend>
      <p className="help">Each field edits its own line in the unit file below; every other line and comment stays as written.</p>
      {groups.map(([title, list]) => (
        <div key={title} className="unit-group" role="group" aria-label={title}>
          <h4>{title}</h4>
          <div className="unit-grid">
            {list.map((s) => (
              <SettingField key={s.section + s.key} setting={s} unit={unit} contents={contents} />
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
