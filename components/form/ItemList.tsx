"use client";
// A list of items in the document (users, files, units…): each item a fieldset with its own
// Move up / Move down / Remove buttons, and an Add button below the list.
//
// An item re-renders only when its node in the document changed (a new node, or one that lib/doc
// re-parsed in place) or its engine findings did: typing in one file of a config with thousands
// leaves the others alone.
import { memo, useEffect, useRef, useState, type ReactNode } from "react";
import { addItem, listLength, moveItem, nodeAt, removeItem, revisionOf, type DocPath, type NewValue } from "../../lib/doc";
import type { Entry } from "../../lib/go/report";
import { clearFresh, markFresh } from "../state/fresh-entry";
import { pathKey, useForm } from "./context";
import { Findings } from "./fields";

export interface ItemListProps {
  path: DocPath;
  /** "user" → "Add user", legends "User 1". */
  noun: string;
  /** The item a click on Add appends. */
  newItem: () => NewValue;
  /** A short description of item i for its legend (its name or path). */
  describe?: (itemPath: DocPath) => string | undefined;
  children: (itemPath: DocPath, index: number) => ReactNode;
  /** Shown when the list is empty. */
  empty?: ReactNode;
  level?: "item" | "subitem";
  /** The Add button's text, when "Add <noun>" would be ambiguous. */
  addLabel?: string;
  /** A change to the document made in the same edit as Add (e.g. clearing a parent's placeholder). */
  beforeAdd?: (text: string) => string;
}

const PAGE = 50;

function findingsKey(list: Entry[]): string {
  return list.map((e) => `${e.level}\u0000${e.path.join(".")}\u0000${e.message}`).join("\u0001");
}

interface ItemProps {
  path: DocPath;
  index: number;
  last: boolean;
  noun: string;
  level: "item" | "subitem";
  what: string | undefined;
  /** What the item shows depends on: its node, the node's revision, its findings. */
  node: unknown;
  revision: number;
  findings: string;
  render: (itemPath: DocPath, index: number) => ReactNode;
}

const Item = memo(
  function Item({ path, index: i, last, noun, level, what, render }: ItemProps) {
    const { apply } = useForm();
    const itemPath = [...path, i];
    const Noun = noun[0].toUpperCase() + noun.slice(1);
    const key = pathKey(itemPath);
    return (
      <fieldset
        className={level}
        data-index={i}
        onBlur={(e) => {
          // leaving the first field of a just-added entry lets its findings show
          const first = e.currentTarget.querySelector("input:not([type=checkbox]):not([type=radio]), textarea, select");
          if (e.target === first) clearFresh(key);
        }}
      >
        <legend>
          {Noun} {i + 1}
          {what ? <span className="legend-detail">: {what}</span> : null}
        </legend>
        <div className="item-tools">
          <button type="button" className="button small" disabled={i === 0} onClick={() => (clearFresh(), apply((t) => moveItem(t, path, i, i - 1)))} title={`Move this ${noun} up`}>
            Move up
          </button>
          <button type="button" className="button small" disabled={last} onClick={() => (clearFresh(), apply((t) => moveItem(t, path, i, i + 1)))} title={`Move this ${noun} down`}>
            Move down
          </button>
          <button type="button" className="button small danger" onClick={() => (clearFresh(), apply((t) => removeItem(t, path, i)))} title={`Remove this ${noun}`}>
            Remove
          </button>
        </div>
        <Findings path={itemPath} />
        {render(itemPath, i)}
      </fieldset>
    );
  },
  // `render` is a new closure on every render of the section, with the same meaning; `path` a new array.
  (a, b) =>
    a.path.join("\u0000") === b.path.join("\u0000") &&
    a.index === b.index &&
    a.last === b.last &&
    a.noun === b.noun &&
    a.level === b.level &&
    a.what === b.what &&
    a.node === b.node &&
    a.revision === b.revision &&
    a.findings === b.findings,
);

export default function ItemList({ path, noun, newItem, describe, children, empty, level = "item", addLabel, beforeAdd }: ItemListProps) {
  const { doc, apply, findings } = useForm();
  const n = listLength(doc, path);
  // A config with thousands of files stays responsive: items come a page at a time, and the
  // items added here are shown at the end without showing all those in between.
  const [shown, setShown] = useState(PAGE);
  const [added, setAdded] = useState(0);
  const visible = Math.min(n, shown);
  const tailFrom = Math.max(visible, n - added);
  // After Add, the new item's first field gets the focus.
  const box = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null || focusIndex >= n) return;
    const item = box.current?.querySelector(`:scope > fieldset[data-index="${focusIndex}"]`);
    const field = item?.querySelector<HTMLElement>("input:not([type=checkbox]):not([type=radio]), textarea, select");
    field?.focus();
    item?.scrollIntoView({ block: "nearest" });
    setFocusIndex(null);
  }, [focusIndex, n]);
  return (
    <div className={`item-list ${level}s`} ref={box}>
      {n === 0 && empty && <p className="empty">{empty}</p>}
      {[...Array.from({ length: visible }, (_, i) => i), ...Array.from({ length: n - tailFrom }, (_, k) => tailFrom + k)].map((i) => {
        const itemPath = [...path, i];
        const node = nodeAt(doc, itemPath);
        return (
          <Item
            key={i}
            path={path}
            index={i}
            last={i === n - 1}
            noun={noun}
            level={level}
            what={describe?.(itemPath)}
            node={node}
            revision={revisionOf(node)}
            findings={findingsKey(findings(itemPath, true))}
            render={children}
          />
        );
      })}
      {visible < tailFrom && (
        <button type="button" className="button" onClick={() => setShown((s) => s + PAGE * 4)}>
          Show more ({tailFrom - visible} more {noun === "directory" ? "directories" : `${noun}s`})
        </button>
      )}
      <button
        type="button"
        className="button add"
        onClick={() => {
          if (apply((t) => addItem(beforeAdd ? beforeAdd(t) : t, path, newItem()))) {
            markFresh(pathKey([...path, n]));
            if (n < shown) setShown((s) => Math.max(s, n + 1));
            else setAdded((a) => a + 1);
            setFocusIndex(n);
          }
        }}
      >
        {addLabel ?? `Add ${noun}`}
      </button>
    </div>
  );
}
