import type { Flow, NumberSettings, PhoneNumber, QueueGroup, Workspace } from '../engine';
import { applyFlowChange, coalesceKey } from './flowChanges';
import type { FlowChange } from './flowChanges';
import { emptyHistory, record, redo, seal, undo } from './history';
import type { History } from './history';
import { rebaseFlow } from './rebase';

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
 * A number as one side of an undo step. Settings are kept only by steps that changed them
 * (restoring a revision), and the workspace's queue groups only by steps that edited one from
 * the inspector, so undoing a flow edit never reverts what was edited elsewhere. The flow is
 * undone node by node (rebase.ts), so another tab's edits made since are kept.
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

  /** Moves the number from `from` to `to` where they differ, keeping what changed meanwhile elsewhere (another tab). */
  function apply(from: Snapshot, to: Snapshot) {
    port.update((n) => ({ ...n, flow: rebaseFlow(n.flow, from.flow, to.flow), ...(to.settings ? { settings: to.settings } : {}) }));
    const queues = to.queues;
    if (queues) port.workspace?.update((ws) => ({ ...ws, queues }));
  }
  /** The number now, with whatever else `like` keeps. */
  function current(like: Snapshot): Snapshot | null {
    const n = port.get();
    if (!n) return null;
    const queues = like.queues ? port.workspace?.get()?.queues : undefined;
    return { flow: n.flow, ...(like.settings ? { settings: n.settings } : {}), ...(queues ? { queues } : {}) };
  }

  return {
    dispatch(change, options = {}) {
      let before: Flow | null = null;
      let after: Flow | null = null;
      port.update((n) => {
        const next = applyFlowChange(n.flow, change);
        if (next === n.flow) return n;
        before = n.flow;
        after = next;
        return { ...n, flow: next };
      });
      if (before === null || after === null) return false;
      if (options.record !== false) set(record(history, { before: { flow: before }, after: { flow: after } }, coalesceKey(change, options.field)));
      return true;
    },
    editWorkspace(fn, options = {}) {
      const ws = port.workspace;
      const n = port.get();
      if (!ws || !n) return false;
      let before: QueueGroup[] | null = null;
      let after: QueueGroup[] | null = null;
      ws.update((w) => {
        const next = fn(w);
        if (next !== w && next.queues !== w.queues) {
          before = w.queues;
          after = next.queues;
        }
        return next;
      });
      if (before === null || after === null) return false;
      const step = { before: { flow: n.flow, queues: before }, after: { flow: n.flow, queues: after } };
      set(record(history, step, options.field === undefined ? undefined : `workspace:${options.field}`));
      return true;
    },
    recordExternal(before) {
      const after = current(before);
      if (after) set(record(history, { before, after }));
    },
    undo() {
      const r = undo(history);
      if (!r || !current(r.step.before)) return false;
      apply(r.step.after, r.step.before);
      set(r.history);
      return true;
    },
    redo() {
      const r = redo(history);
      if (!r || !current(r.step.after)) return false;
      apply(r.step.before, r.step.after);
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
