import { useCallback, useEffect, useState } from 'react';
import type { Workspace } from '../../engine';
import type { WorkspaceChange } from './GeneralSection';

/** Removes something from the workspace with Undo: `what` names it in the notice ("Anna Pham"). */
export type WorkspaceRemoval = (what: string, fn: (ws: Workspace) => Workspace) => void;

interface Pending {
  text: string;
  before: Workspace;
  /** The workspace the removal made, once seen: any other change after it ends the offer. */
  after: Workspace | null;
}

/**
 * Removals on the workspace page (an employee, a queue group or member, a CRM record, an
 * exception) take effect at once and offer Undo, as deleting a number does. Undo puts back the
 * workspace from before; it is offered only until the next change, so it never undoes that.
 */
export function useRemovalUndo(workspace: Workspace, onChange: WorkspaceChange) {
  const [pending, setPending] = useState<Pending | null>(null);
  const remove: WorkspaceRemoval = useCallback((what, fn) => {
    const seen: { before?: Workspace } = {};
    onChange((ws) => {
      seen.before = ws;
      return fn(ws);
    });
    if (seen.before) setPending({ text: `Removed ${what}.`, before: seen.before, after: null });
  }, [onChange]);
  useEffect(() => {
    if (!pending) return;
    if (pending.after === null) setPending({ ...pending, after: workspace });
    else if (workspace !== pending.after) setPending(null);
  }, [workspace, pending]);
  const undo = pending ? () => {
    const { before } = pending;
    setPending(null);
    onChange(() => before);
  } : null;
  const dismiss = useCallback(() => setPending(null), []);
  return { remove, notice: pending?.text ?? null, undo, dismiss };
}
