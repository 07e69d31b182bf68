"use client";
// "Where it goes": for a chosen platform, where the config is pasted or passed, in which
// encoding, its size against the platform's limit, and what to do when it does not fit.
import { useMemo, useState } from "react";
import { TARGETS, codeParts, encode, fitOf, makeStubConfig, type Fit, type Target } from "../../lib/export";
import { useDesigner } from "../state/store";
import { copyText, formatBytes } from "./download";
import styles from "./export.module.css";

function SizeBar({ fit, label }: { fit: Fit; label: string }) {
  if (!fit.limit) return <p className={styles.hint}>{formatBytes(fit.size)}; this target states no size limit.</p>;
  const pct = Math.min(100, Math.round((fit.used ?? 0) * 100));
  return (
    <div className={styles.bar} data-level={fit.level}>
      <meter aria-label={label} min={0} max={fit.limit} value={Math.min(fit.size, fit.limit)} high={fit.limit * 0.9} optimum={0} />
      <span>
        {formatBytes(fit.size)} of {formatBytes(fit.limit)} ({pct}%)
      </span>
    </div>
  );
}

export default function TargetsPanel({ config, json }: { config: string; json: boolean }) {
  const [id, setId] = useState("aws");
  const [stubUrl, setStubUrl] = useState("https://example.com/config.ign");
  const [stub, setStub] = useState<string | null>(null);
  const [copied, setCopied] = useState("");
  const variant = useDesigner((s) => /^variant:\s*["']?([\w-]+)/m.exec(s.text)?.[1] ?? "flatcar");
  const target = TARGETS.find((t) => t.id === id) as Target;
  const fit = useMemo(() => fitOf(target, config), [target, config]);
  const smallerFit = useMemo(() => (target.smaller ? fitOf(target, config, target.smaller) : undefined), [target, config]);
  const ctx = { config, variant, fileName: "config.ign" };
  const snippet = target.snippet(ctx);

  const copy = async (what: string, text: string) => setCopied((await copyText(text)) ? `Copied ${what}.` : "Copying was not allowed.");

  return (
    <div className={styles.group}>
      <h3>Where it goes</h3>
      {!json && <p className={styles.hint}>This output is a MachineConfig for OpenShift: apply it with oc; the platforms below take Ignition configs.</p>}
      <label className={styles.select}>
        <span>Target</span>
        <select value={id} onChange={(e) => (setId(e.target.value), setStub(null))}>
          {TARGETS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <p>
        {codeParts(target.where).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : part.text))}
      </p>
      <p className={styles.hint}>
        Encoding: <strong>{target.encoding === "json" ? "the JSON as is" : target.encoding}</strong>
        {target.limitNote ? `; ${target.limitNote}.` : "."}
      </p>
      <SizeBar fit={fit} label={`Size against the ${target.name} limit`} />
      {fit.level === "near" && (
        <p className={styles.warn} role="note">
          The config is close to the {target.name} limit.
        </p>
      )}
      <pre className={styles.snippet} aria-label="Snippet">
        {snippet}
      </pre>
      <button type="button" className="button small" onClick={() => copy("the snippet", snippet)}>
        Copy snippet
      </button>
      {fit.level === "over" && (
        <div className={styles.warn} role="alert">
          <p>
            The config is too large for {target.name} ({formatBytes(fit.size)} over a limit of {formatBytes(fit.limit!)}).
          </p>
          {smallerFit && smallerFit.level !== "over" ? (
            <>
              <p>
                {target.name} also accepts <strong>{target.smaller}</strong>, which makes it {formatBytes(smallerFit.size)}:
              </p>
              <pre className={styles.snippet}>
                {`guestinfo.ignition.config.data = '${encode(config, target.smaller!)}'\nguestinfo.ignition.config.data.encoding = "${target.smaller}"`}
              </pre>
              <button
                type="button"
                className="button small"
                onClick={() => copy(`the ${target.smaller} config`, encode(config, target.smaller!))}
              >
                Copy {target.smaller}
              </button>
            </>
          ) : (
            <>
              {smallerFit && (
                <p>
                  Even {target.smaller}, which {target.name} also accepts, makes it {formatBytes(smallerFit.size)}: still too large.
                </p>
              )}
              <p>
                Host the full config (Download Ignition) at a URL the machine can reach, and give {target.name} this small config instead: it
                fetches the full one at first boot and checks its SHA-512.
              </p>
              <label className={styles.linkField}>
                <span>URL of the full config</span>
                <input value={stubUrl} onChange={(e) => (setStubUrl(e.target.value), setStub(null))} />
              </label>
              <button type="button" className="button small" onClick={async () => setStub(await makeStubConfig(config, stubUrl))}>
                Make stub config
              </button>
              {stub && (
                <>
                  <pre className={styles.snippet} aria-label="Stub config">
                    {stub}
                  </pre>
                  <button type="button" className="button small" onClick={() => copy("the stub config", stub)}>
                    Copy stub config
                  </button>
                </>
              )}
            </>
          )}
        </div>
      )}
      <p className={styles.hint} role="status">
        {copied}
      </p>
    </div>
  );
}
