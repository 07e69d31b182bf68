"use client";
// A list of items in the document (users, files, units…): each item a fieldset with its own
// Move up / Move down / Remove buttons, and an Add button below the list.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { addItem, listLength, moveItem, removeItem, type DocPath, type NewValue } from "../../lib/doc";
import { useForm } from "./context";
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
}

const PAGE = 50;

export default function ItemList({ path, noun, newItem, describe, children, empty, level = "item", addLabel }: ItemListProps) {
  const { doc, apply } = useForm();
  const n = listLength(doc, path);
  // A config with thousands of files stays responsive: items come a page at a time.
  const [shown, setShown] = useState(PAGE);
  const visible = Math.min(n, shown);
  // After Add, the new item's first field gets the focus.
  const box = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null || focusIndex >= n) return;
    const item = box.current?.querySelectorAll(":scope > fieldset")[focusIndex];
    const field = item?.querySelector<HTMLElement>("input:not([type=checkbox]):not([type=radio]), textarea, select");
    field?.focus();
    item?.scrollIntoView({ block: "nearest" });
    setFocusIndex(null);
  }, [focusIndex, n]);
  const Noun = noun[0].toUpperCase() + noun.slice(1);
  return (
    <div className={`item-list ${level}s`} ref={box}>
      {n === 0 && empty && <p className="empty">{empty}</p>}
      {Array.from({ length: visible }, (_, i) => {
        const itemPath = [...path, i];
        const what = describe?.(itemPath);
        return (
          <fieldset key={i} className={level}>
            <legend>
              {Noun} {i + 1}
              {what ? <span className="legend-detail">: {what}</span> : null}
            </legend>
            <div className="item-tools">
              <button type="button" className="button small" disabled={i === 0} onClick={() => apply((t) => moveItem(t, path, i, i - 1))} title={`Move this ${noun} up`}>
                Move up
              </button>
              <button type="button" className="button small" disabled={i === n - 1} onClick={() => apply((t) => moveItem(t, path, i, i + 1))} title={`Move this ${noun} down`}>
                Move down
              </button>
              <button type="button" className="button small danger" onClick={() => apply((t) => removeItem(t, path, i))} title={`Remove this ${noun}`}>
                Remove
              </button>
            </div>
            <Findings path={itemPath} />
            {children(itemPath, i)}
          </fieldset>
        );
      })}
      {visible < n && (
        <button type="button" className="button" onClick={() => setShown((s) => s + PAGE * 4)}>
          Show more ({n - visible} more {noun === "directory" ? "directories" : `${noun}s`})
        </button>
      )}
      <button
        type="button"
        className="button add"
        onClick={() => {
          if (apply((t) => addItem(t, path, newItem()))) {
            setShown((s) => Math.max(s, n + 1));
            setFocusIndex(n);
          }
        }}
      >
        {addLabel ?? `Add ${noun}`}
      </button>
    </div>
  );
}
