import { useCallback, useEffect, useState } from 'react';
import type { PhoneNumber } from '../engine';
import type { Revision } from '../store';
import { useStore } from '../store/react';
import type { FlowEditor } from './flowEditor';

/**
 * The number's published revisions, with publish and an undoable restore. Restoring goes
 * through the store (flow and settings come back together); the designer records the draft
 * it replaced as an undo step.
 */
export function useRevisions(number: PhoneNumber, editor: FlowEditor) {
  const store = useStore();
  const numberId = number.id;
  const [list, setList] = useState<Revision[] | null>(null);
  const reload = useCallback(async () => setList(await store.listRevisions(numberId)), [store, numberId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const publish = useCallback(async (name: string): Promise<{ ok: true } | { ok: false; reason: string }> => {
    const r = await store.publishRevision(numberId, name);
    if (r.ok) await reload();
    return r.ok ? { ok: true } : { ok: false, reason: r.reason };
  }, [store, numberId, reload]);

  const restore = useCallback(async (revision: Revision) => {
    const before = store.getSnapshot().project?.numbers.find((n) => n.id === numberId);
    if (!before) return;
    if (await store.restoreRevision(revision.id)) editor.recordExternal({ flow: before.flow, settings: before.settings });
  }, [store, numberId, editor]);

  return { list, publish, restore };
}
