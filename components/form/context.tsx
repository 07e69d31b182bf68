"use client";
// What every form control needs: the parsed document to read from, a way to apply an edit to
// the text, whether editing is possible, and the engine's findings by Butane path.
//
// The value is one object for the life of the form, its fields read through to the latest
// document: a change of the text re-renders the form from the top, and lists skip the items
// whose part of the document did not change (see ItemList), instead of every control of the
// form re-rendering because the context changed.
import { createContext, useContext } from "react";
import type { Document } from "yaml";
import type { EditResult } from "../../lib/doc";
import type { Entry } from "../../lib/go/report";

export type Edit = (text: string) => EditResult;

export interface FormContextValue {
  /** The document the form shows (valid until the text changes: read it while rendering). */
  readonly doc: Document;
  /** False while the text has a syntax error (the form shows the last text that parsed). */
  readonly editable: boolean;
  /** Applies edits in turn to the current text and stores the result as one form edit. */
  apply(...edits: Edit[]): boolean;
  /** Like `apply`, attaching or removing files in the same undo step. */
  attach(files: Record<string, Uint8Array | null>, ...edits: Edit[]): boolean;
  /** Engine findings at this path (and, with `deep`, below it). */
  findings(path: readonly (string | number)[], deep?: boolean): Entry[];
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const v = useContext(FormContext);
  if (!v) throw new Error("form control outside <FormView>");
  return v;
}

export function pathKey(path: readonly (string | number)[]): string {
  return path.join(".");
}
