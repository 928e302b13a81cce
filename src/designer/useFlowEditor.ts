import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from '../store/react';
import { createFlowEditor } from './flowEditor';
import type { FlowEditor } from './flowEditor';

/** The flow editor of one number, bound to the store, with whether undo and redo are possible. */
export function useFlowEditor(numberId: string): { editor: FlowEditor; canUndo: boolean; canRedo: boolean } {
  const store = useStore();
  const editor = useMemo(
    () => createFlowEditor({
      get: () => store.getSnapshot().project?.numbers.find((n) => n.id === numberId),
      update: (fn) => store.updateNumber(numberId, fn),
      workspace: {
        get: () => store.getSnapshot().project?.workspace,
        update: (fn) => store.updateWorkspace(fn),
      },
    }),
    [store, numberId],
  );
  const canUndo = useSyncExternalStore(editor.subscribe, editor.canUndo, editor.canUndo);
  const canRedo = useSyncExternalStore(editor.subscribe, editor.canRedo, editor.canRedo);
  return { editor, canUndo, canRedo };
}
