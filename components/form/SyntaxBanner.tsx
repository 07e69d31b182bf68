"use client";
// What the form says when the text does not parse: the engine's own message and line (the
// same as in Problems), which part of the document the form cannot show, and a button to go
// there in the Code view. While the engine has not answered for this text yet, and when only
// the form's YAML reader objects, the form's own reading is shown.
import type { SyntaxProblem } from "../../lib/doc";
import { SYNTAX_ERROR_PREFIX, topLevelKeyAt, yamlSyntaxError } from "../editor/positions";
import { useDesigner } from "../state/store";

export default function SyntaxBanner({ text, own, hasDoc }: { text: string; own: SyntaxProblem; hasDoc: boolean }) {
  const pending = useDesigner((s) => s.pending);
  const error = useDesigner((s) => s.result.error);
  const revealAt = useDesigner((s) => s.revealAt);
  const engine = pending ? undefined : yamlSyntaxError(error);
  const at = engine ?? (own.line !== undefined ? { line: own.line, column: own.column ?? 1, message: own.message } : undefined);
  if (pending && !engine) {
    return (
      <div className="form-banner error" role="alert">
        <strong>The code has a YAML syntax error;</strong> finding where…
      </div>
    );
  }
  const part = at ? topLevelKeyAt(text, at.line) : undefined;
  return (
    <div className="form-banner error" role="alert">
      <strong>
        {SYNTAX_ERROR_PREFIX}
        {at ? ` at line ${at.line}` : ""}: {at?.message ?? own.message}.
      </strong>{" "}
      The form cannot show {part ? <code>{part}</code> : "this document"}
      {part && at ? ` (from line ${at.line})` : ""} until it is fixed in the code
      {hasDoc ? "; meanwhile it shows the last version that parsed, read-only." : "."}{" "}
      {at && (
        <button type="button" className="button small" onClick={() => revealAt(at.line, at.column)}>
          Show line {at.line} in the code
        </button>
      )}
    </div>
  );
}
