// Lesson logic without a page: where a step points in the document, and whether the task it
// asks for is done (read from the document itself, so it holds however the learner did it:
// form, code, paste or undo).
import type { LessonStep } from "./schema";

/** 1-based line and column of the first occurrence of `target`, or undefined. */
export function locate(text: string, target: string | undefined): { line: number; column: number } | undefined {
  if (!target) return undefined;
  const at = text.indexOf(target);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}

/** Whether the step's task is done; steps without a task count as done. */
export function stepDone(step: LessonStep, text: string): boolean {
  if (!step.task) return true;
  return new RegExp(step.task.pattern, step.task.flags ?? "").test(text.replace(/\r\n/g, "\n"));
}
