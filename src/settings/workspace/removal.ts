import { useCallback, useEffect, useState } from 'react';
import type { Workspace } from '../../engine';
import type { WorkspaceChange } from './GeneralSection';

/** Removes something from the workspace with Undo: `what` names it in the notice ("Anna Pham"). */
export type WorkspaceRemoval = (what: string, fn: (ws: Workspace) => Workspace) => void;

interface Pending {
  /** What was removed, as `what` named it. */
  what: string;
  before: Workspace;
  /** The workspace the removal made, once seen: any other change after it ends the offer. */
  after: Workspace | null;
}

/**
 * Removals on the workspace page (an employee, a queue group or member, a CRM record, an
 * exception) take effect at once and offer Undo, as deleting a number does. Undo puts back the
 * workspace from before; it is offered only until the next change, so it never undoes that.
 * Undo says what it brought back ("Restored “Anna Pham”.") in the same polite notice: without
 * it the notice just vanished, and a screen reader user (or anyone who pressed Ctrl/⌘+Z with
 * the row off screen) could not tell that anything happened.
 */
export function useRemovalUndo(workspace: Workspace, onChange: WorkspaceChange) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const remove: WorkspaceRemoval = useCallback((what, fn) => {
    const seen: { before?: Workspace } = {};
    onChange((ws) => {
      seen.before = ws;
      return fn(ws);
    });
    if (seen.before) {
      setRestored(null);
      setPending({ what, before: seen.before, after: null });
    }
  }, [onChange]);
  useEffect(() => {
    if (!pending) return;
    if (pending.after === null) setPending({ ...pending, after: workspace });
    else if (workspace !== pending.after) setPending(null);
  }, [workspace, pending]);
  const undo = pending ? () => {
    const { before, what } = pending;
    setPending(null);
    setRestored(`Restored ${what}.`);
    onChange(() => before);
  } : null;
  const dismiss = useCallback(() => {
    setPending(null);
    setRestored(null);
  }, []);
  const notice = pending ? `Removed ${pending.what}.` : restored;
  return { remove, notice, undo, dismiss };
}
