import type { Flow, NumberSettings, PhoneNumber, QueueGroup, Workspace } from '../engine';
import { applyFlowChange, coalesceKey } from './flowChanges';
import type { FlowChange } from './flowChanges';
import { emptyHistory, record, redo, seal, undo } from './history';
import type { History } from './history';

/** How the editor reaches its number: the store's `updateNumber`, or a test double. */
export interface NumberPort {
  get(): PhoneNumber | undefined;
  update(fn: (n: PhoneNumber) => PhoneNumber): void;
  /** The workspace, for the queue groups the inspector edits in place (`updateWorkspace`). */
  workspace?: {
    get(): Workspace | undefined;
    update(fn: (ws: Workspace) => Workspace): void;
  };
}

/**
 * One undo step's worth of a number. Settings are kept only by steps that changed them
 * (restoring a revision), and the workspace's queue groups only by steps that edited one from
 * the inspector, so undoing a flow edit never reverts what was edited elsewhere.
 */
export interface Snapshot {
  flow: Flow;
  settings?: NumberSettings;
  queues?: QueueGroup[];
}

export interface FlowEditor {
  /** Applies a change through the port; false when it changed nothing. */
  dispatch(change: FlowChange, options?: { field?: string; record?: boolean }): boolean;
  /**
   * Applies a change to the workspace's queue groups (the inspector edits them in place) and
   * records it as an undo step of this flow; `field` merges typing as `dispatch` does. Changes
   * to other parts of the workspace are applied but not recorded.
   */
  editWorkspace(fn: (ws: Workspace) => Workspace, options?: { field?: string }): boolean;
  /** Records an edit made by someone else (the store restoring a revision) as an undo step. */
  recordExternal(before: Snapshot): void;
  undo(): boolean;
  redo(): boolean;
  /** Starts a new undo step on the next edit (a field lost focus). */
  seal(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * The designer's editing core, free of React: every edit is a `FlowChange` applied by the
 * one reducer, sent through `updateNumber` (so the store autosaves it) and recorded for undo.
 */
export function createFlowEditor(port: NumberPort): FlowEditor {
  let history: History<Snapshot> = emptyHistory();
  const listeners = new Set<() => void>();
  const set = (h: History<Snapshot>) => {
    if (h === history) return;
    history = h;
    for (const l of [...listeners]) l();
  };

  function restore(to: Snapshot) {
    port.update((n) => ({ ...n, flow: to.flow, ...(to.settings ? { settings: to.settings } : {}) }));
    const queues = to.queues;
    if (queues) port.workspace?.update((ws) => ({ ...ws, queues }));
  }
  /** The number now, with whatever else `like` keeps (so that redo can put it back). */
  function current(like: Snapshot): Snapshot | null {
    const n = port.get();
    if (!n) return null;
    const queues = like.queues ? port.workspace?.get()?.queues : undefined;
    return { flow: n.flow, ...(like.settings ? { settings: n.settings } : {}), ...(queues ? { queues } : {}) };
  }

  return {
    dispatch(change, options = {}) {
      let before: Flow | null = null;
      port.update((n) => {
        const next = applyFlowChange(n.flow, change);
        if (next === n.flow) return n;
        before = n.flow;
        return { ...n, flow: next };
      });
      if (before === null) return false;
      if (options.record !== false) set(record(history, { flow: before }, coalesceKey(change, options.field)));
      return true;
    },
    editWorkspace(fn, options = {}) {
      const ws = port.workspace;
      const n = port.get();
      if (!ws || !n) return false;
      let before: QueueGroup[] | null = null;
      ws.update((w) => {
        const next = fn(w);
        if (next !== w && next.queues !== w.queues) before = w.queues;
        return next;
      });
      if (before === null) return false;
      set(record(history, { flow: n.flow, queues: before }, options.field === undefined ? undefined : `workspace:${options.field}`));
      return true;
    },
    recordExternal(before) {
      set(record(history, before));
    },
    undo() {
      const step = history.past[history.past.length - 1];
      const now = step && current(step.value);
      const r = now && undo(history, now);
      if (!r) return false;
      restore(r.value);
      set(r.history);
      return true;
    },
    redo() {
      const next = history.future[history.future.length - 1];
      const now = next && current(next);
      const r = now && redo(history, now);
      if (!r) return false;
      restore(r.value);
      set(r.history);
      return true;
    },
    seal: () => set(seal(history)),
    canUndo: () => history.past.length > 0,
    canRedo: () => history.future.length > 0,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
