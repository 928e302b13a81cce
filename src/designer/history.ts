/**
 * Undo/redo as plain data: a stack of steps done and a stack of steps undone. A step keeps the
 * value before and after it, so that undoing it can take back only what it changed, whatever
 * else (another tab) changed since. The values are whole flows, which costs little because the
 * reducer shares every unchanged node.
 */
export interface Step<T> {
  readonly before: T;
  readonly after: T;
}

export interface History<T> {
  readonly past: readonly (Step<T> & { key: string | undefined })[];
  readonly future: readonly Step<T>[];
}

/** How many steps back the designer remembers. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/**
 * Records an edit. An edit with the same `key` as the one just before it (typing on in one
 * field) merges into that step, so one undo takes back the whole word rather than one letter.
 */
export function record<T>(h: History<T>, step: Step<T>, key?: string): History<T> {
  const last = h.past[h.past.length - 1];
  if (key !== undefined && last?.key === key) return { past: [...h.past.slice(0, -1), { before: last.before, after: step.after, key }], future: [] };
  const past = [...h.past, { ...step, key }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** The step to take back, and the history after it; null when there is nothing to undo. */
export function undo<T>(h: History<T>): { history: History<T>; step: Step<T> } | null {
  const last = h.past[h.past.length - 1];
  if (!last) return null;
  const step = { before: last.before, after: last.after };
  return { history: { past: h.past.slice(0, -1), future: [...h.future, step] }, step };
}

/** The step to do again, and the history after it; null when there is nothing to redo. */
export function redo<T>(h: History<T>): { history: History<T>; step: Step<T> } | null {
  const step = h.future[h.future.length - 1];
  if (step === undefined) return null;
  // key undefined: a step that was undone and redone never merges with the next edit.
  return { history: { past: [...h.past, { ...step, key: undefined }], future: h.future.slice(0, -1) }, step };
}

/** Ends any merging, so the next edit starts its own undo step (focus left the field). */
export function seal<T>(h: History<T>): History<T> {
  const last = h.past[h.past.length - 1];
  if (!last || last.key === undefined) return h;
  return { past: [...h.past.slice(0, -1), { ...last, key: undefined }], future: h.future };
}
