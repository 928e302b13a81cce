import { useEffect, useMemo, useState } from 'react';
import type { Flow } from '../engine';
import type { FlowEditor } from './flowEditor';
import { isAbort, needsLayout, placeMissingNodes } from './layout';

/**
 * A bundle may leave positions out: places those nodes once, outside the undo history, in ELK's
 * worker. Returns true while that runs, so that "Laying out…" shows; the canvas sets its first
 * view once they are placed. A failure is said through `announce`, and not retried for that flow.
 */
export function usePlaceMissingNodes(flow: Flow, editor: FlowEditor, announce: (text: string) => void): boolean {
  const [unplaceable, setUnplaceable] = useState<Flow | null>(null);
  const placing = useMemo(() => needsLayout(flow), [flow]) && unplaceable !== flow;
  useEffect(() => {
    if (!needsLayout(flow)) return undefined;
    const job = new AbortController();
    placeMissingNodes(flow, { signal: job.signal }).then(
      (placed) => {
        if (placed !== flow) editor.dispatch({ type: 'replaceFlow', flow: placed, reason: 'import' }, { record: false });
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        setUnplaceable(flow);
        announce(`The nodes without a position could not be placed: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
    // An edit before ELK answered starts a new layout; the old worker is ended.
    return () => job.abort();
  }, [flow, editor, announce]);
  return placing;
}
