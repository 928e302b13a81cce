import { useCallback } from 'react';
import type { NumberKind } from '../../engine';
import { bundleFileName, downloadBundle } from '../../store/download';
import { useProjectSelector, useStore } from '../../store/react';
import { Loading } from '../../ui/Loading';
import { NumbersView } from './NumbersView';

/** `/numbers`: the workspace's phone numbers with their flow status; add, duplicate, delete, import, export. */
export function NumbersScreen() {
  const store = useStore();
  const project = useProjectSelector((s) => s.project);

  const onAdd = useCallback((input: { kind: NumberKind; number: string; name: string }) => {
    store.addNumber(input);
  }, [store]);
  const onDuplicate = useCallback((id: string, as: { number: string; name: string }) => store.duplicateNumber(id, as)?.name ?? null, [store]);
  const onDelete = useCallback((id: string) => {
    const deleted = store.deleteNumber(id);
    return deleted ? () => store.restoreNumber(deleted) : null;
  }, [store]);
  const onImport = useCallback((text: string) => store.importBundle(text), [store]);
  const onExport = useCallback(() => {
    void store.exportBundle().then((bundle) => downloadBundle(bundle, bundleFileName(bundle.workspace.name)));
  }, [store]);

  if (!project) return <Loading label="Loading the workspace…" />;
  return (
    <NumbersView project={project} onAdd={onAdd} onDuplicate={onDuplicate} onDelete={onDelete} onImport={onImport} onExport={onExport} />
  );
}
