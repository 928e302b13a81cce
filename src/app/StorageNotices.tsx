import { useCallback } from 'react';
import { bundleFileName, downloadBundle } from '../store/download';
import { useConflict, useProjectSelector, useStorageStatus, useStore } from '../store/react';
import { ConflictNotice } from '../ui/ConflictNotice';
import { QuarantineNotice } from '../ui/QuarantineNotice';
import { StorageBanner } from '../ui/StorageBanner';

/** Tells the user when edits are not reaching IndexedDB, or when another tab changed what they edit. */
export function StorageNotices() {
  const store = useStore();
  const status = useStorageStatus();
  const conflict = useConflict();
  const quarantined = useProjectSelector((s) => s.quarantined);
  const conflictName = useProjectSelector((s) => (s.conflict ? s.project?.numbers.find((n) => n.id === s.conflict?.numberId)?.name ?? s.conflict.numberId : ''));
  const exportNow = useCallback(async () => {
    const project = await store.exportBundle();
    downloadBundle(project, bundleFileName(project.workspace.name));
  }, [store]);
  return (
    <>
      {status.kind === 'failed' && <StorageBanner reason={status.reason} message={status.message} onExport={() => void exportNow()} />}
      {quarantined.length > 0 && <QuarantineNotice items={quarantined} />}
      {conflict && (
        <ConflictNotice
          numberName={conflictName}
          onReloadTheirs={() => store.resolveConflict('theirs')}
          onKeepMine={() => store.resolveConflict('mine')}
        />
      )}
    </>
  );
}
