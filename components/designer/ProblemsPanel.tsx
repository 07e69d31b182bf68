"use client";
// The problems list: the fatal error, then every report entry with its level, path and
// position. Clicking one opens the Code view at that line.
import { pathString } from "../../lib/go/path";
import type { Entry } from "../../lib/go/report";
import { fatalPositions, SYNTAX_ERROR_PREFIX, yamlSyntaxError } from "../editor/positions";
import { useMemo } from "react";
import { hasChecked } from "../state/checked";
import { inFresh, useFreshEntry } from "../state/fresh-entry";
import { useDesigner } from "../state/store";
import { isKindling, KindlingActions } from "../helpers/LintActions";


export default function ProblemsPanel() {
  const fresh = useFreshEntry((s) => s.path);
  const fullReport = useDesigner((s) => s.result.report);
  // the findings of an entry just added in the form wait until its first field is left
  const report = useMemo(() => (fresh === null ? fullReport : fullReport.filter((e) => !inFresh(fresh, e.path.join(".")))), [fresh, fullReport]);
  const error = useDesigner((s) => s.result.error);
  const revealAt = useDesigner((s) => s.revealAt);
  const checked = useDesigner(hasChecked);
  const at = error ? fatalPositions(error)[0] : undefined;
  const syntax = yamlSyntaxError(error);
  // "… config is invalid" / "config generated was invalid" repeat what the entries say
  const showFatal = error && !(report.some((e) => e.level === "error") && /invalid$/.test(error));
  const count = report.length + (showFatal ? 1 : 0);

  return (
    <section className="problems" aria-label="Problems">
      <h2 className="pane-title">
        Problems {checked && <span className="count">{count}</span>}
      </h2>
      {!checked ? (
        <p className="checking" role="status">
          Checking the document…
        </p>
      ) : count === 0 ? (
        <p className="empty">No problems.</p>
      ) : (
        <ul>
          {showFatal && (
            <li>
              <button type="button" className="problem level-error" disabled={!at} onClick={() => at && revealAt(at.line, at.column ?? 1)}>
                <span className="level">error</span>
                <span className="message">{syntax ? `${SYNTAX_ERROR_PREFIX}: ${syntax.message}` : error}</span>
                {at && <span className="where">{at.line}:{at.column ?? 1}</span>}
              </button>
            </li>
          )}
          {report.map((e, i) => (
            <li key={i}>
              <ProblemRow entry={e} onClick={() => e.line && revealAt(e.line, e.column ?? 1)} />
              <KindlingActions entry={e} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemRow({ entry, onClick }: { entry: Entry; onClick(): void }) {
  return (
    <button type="button" className={`problem level-${entry.level}`} onClick={onClick} disabled={!entry.line}>
      <span className="level">{entry.level}</span>
      {isKindling(entry) && <span className="source-kindling" title="A Kindling check, not one of Butane's">Kindling</span>}
      <span className="message">{entry.message}</span>
      {entry.path.length > 0 && <code className="path">{pathString(entry.path)}</code>}
      {entry.line ? (
        <span className="where">
          {entry.line}:{entry.column ?? 1}
        </span>
      ) : null}
    </button>
  );
}
