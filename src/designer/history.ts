/**
 * Undo/redo as plain data: a stack of earlier values and a stack of undone ones. The values
 * are whole flows, which costs little because the reducer shares every unchanged node.
 */
export interface History<T> {
  readonly past: readonly { value: T; key: string | undefined }[];
  readonly future: readonly T[];
}

/** How many steps back the designer remembers. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/**
 * Records that the value was `before` until an edit. An edit with the same `key` as the one
 * just before it (typing on in one field) merges into that step, so one undo takes back the
 * whole word rather than one letter.
 */
export function record<T>(h: History<T>, before: T, key?: string): History<T> {
  const last = h.past[h.past.length - 1];
  if (key !== undefined && last?.key === key) return { past: h.past, future: [] };
  const past = [...h.past, { value: before, key }];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Steps back from `current`; null when there is nothing to undo. */
export function undo<T>(h: History<T>, current: T): { history: History<T>; value: T } | null {
  const last = h.past[h.past.length - 1];
  if (!last) return null;
  return { history: { past: h.past.slice(0, -1), future: [...h.future, current] }, value: last.value };
}

/** Steps forward again from `current`; null when there is nothing to redo. */
export function redo<T>(h: History<T>, current: T): { history: History<T>; value: T } | null {
  const next = h.future[h.future.length - 1];
  if (next === undefined) return null;
  // key undefined: a step that was undone and redone never merges with the next edit.
  return { history: { past: [...h.past, { value: current, key: undefined }], future: h.future.slice(0, -1) }, value: next };
}

/** Ends any merging, so the next edit starts its own undo step (focus left the field). */
export function seal<T>(h: History<T>): History<T> {
  const last = h.past[h.past.length - 1];
  if (!last || last.key === undefined) return h;
  return { past: [...h.past.slice(0, -1), { value: last.value, key: undefined }], future: h.future };
}
