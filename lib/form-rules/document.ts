// Checks over the whole document that the engine does not make but a person needs: they join
// the engine's report (the Problems list, the code view's markers, the form's fields) in the
// engine's shape, with a Butane path and the line and column of the value.
import { isScalar } from "yaml";
import { deleteIn, listLength, nodeAt, parseButane, readBool, readString, type DocPath } from "../doc";
import { UNIT_SKELETON } from "../unit-text";
import { lineAndColumn } from "../doc/text";
import type { Entry } from "../go/report";

const NAMED_LISTS: { path: readonly string[]; noun: string }[] = [
  { path: ["passwd", "users"], noun: "user" },
  { path: ["passwd", "groups"], noun: "group" },
];

/**
 * A user or group with an empty (or missing) name: Butane and Ignition accept it and write
 * `"name": ""`, and the machine fails at first boot when it tries to create it.
 */
export function emptyNames(text: string): Entry[] {
  // cheap way out for the many documents without users or groups
  if (!/^\s*(?:-\s+)?(?:users|groups)\s*:/m.test(text)) return [];
  const p = parseButane(text);
  if (!p.ok) return [];
  const out: Entry[] = [];
  for (const { path, noun } of NAMED_LISTS) {
    const n = listLength(p.doc, path);
    for (let i = 0; i < n; i++) {
      const name = readString(p.doc, [...path, i, "name"]);
      if (name !== undefined && name.trim() !== "") continue;
      const valueNode = nodeAt(p.doc, [...path, i, "name"]);
      const itemNode = nodeAt(p.doc, [...path, i]);
      const at = (isScalar(valueNode) ? valueNode : itemNode) as { range?: [number, number, number] } | undefined;
      const pos = at?.range ? lineAndColumn(text, at.range[0]) : undefined;
      out.push({
        level: "error",
        path: name === undefined && !isScalar(valueNode) ? [...path, i] : [...path, i, "name"],
        message: `${noun} name is empty: Ignition cannot create a ${noun} without a name`,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
      });
    }
  }
  return out;
}

/**
 * The text with unit `unitPath`'s starter contents taken out when they are still the untouched
 * skeleton a new unit gets (and the `enabled: true` that came with it): adding a drop-in says
 * the unit is one the OS ships (docker.service…), which a skeleton would replace whole.
 */
export function withoutUntouchedSkeleton(text: string, unitPath: DocPath): string {
  const p = parseButane(text);
  if (!p.ok || readString(p.doc, [...unitPath, "contents"]) !== UNIT_SKELETON) return text;
  const cleared = deleteIn(text, [...unitPath, "contents"]);
  if (!cleared.ok) return text;
  const q = parseButane(cleared.text);
  if (!q.ok || readBool(q.doc, [...unitPath, "enabled"]) !== true) return cleared.text;
  const off = deleteIn(cleared.text, [...unitPath, "enabled"]);
  return off.ok ? off.text : cleared.text;
}
