import { useCallback } from 'react';
import { bundleFileName, downloadBundle } from '../store/download';
import { useConflict, useProjectSelector, useStorageStatus, useStore } from '../store/react';
import { ConflictNotice } from '../ui/ConflictNotice';
import { QuarantineNotice } from '../ui/QuarantineNotice';
import { StorageBanner } from '../ui/StorageBanner';

/** Tells the user when edits are not reaching IndexedDB, or when another tab changed what they edit (or had edited). */
export function StorageNotices() {
  const store = useStore();
  const status = useStorageStatus();
  const conflict = useConflict();
  const quarantined = useProjectSelector((s) => s.quarantined);
  const notices = useProjectSelector((s) => s.notices);
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
          overlaps={conflict.overlaps}
          onReloadTheirs={() => store.resolveConflict('theirs')}
          onKeepMine={() => store.resolveConflict('mine')}
        />
      )}
      {/* Another tab's save replaced or refused an edit of this tab: said until dismissed, never silently. */}
      {notices.map((n) => (
        <div key={n.id} className="banner info" role="status">
          <div>{n.text}</div>
          <button type="button" onClick={() => store.dismissNotice(n.id)}>Dismiss</button>
        </div>
      ))}
    </>
  );
}
