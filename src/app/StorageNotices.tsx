import { useCallback, useRef } from 'react';
import type { ReactNode } from 'react';
import { bundleFileName, downloadBundle } from '../store/download';
import { useConflict, useProjectSelector, useStorageStatus, useStore } from '../store/react';
import { ConflictNotice } from '../ui/ConflictNotice';
import { QuarantineNotice } from '../ui/QuarantineNotice';
import { StorageBanner } from '../ui/StorageBanner';
import { useLiveText } from '../ui/announcer';

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
      {notices.map((n) => <Notice key={n.id} onDismiss={() => store.dismissNotice(n.id)}>{n.text}</Notice>)}
    </>
  );
}

/** One notice about another tab's save, said through the page's Announcer (a region inserted with its text is not read by every screen reader). */
function Notice({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  const text = useRef<HTMLDivElement>(null);
  const ownLiveRegion = useLiveText(text);
  return (
    <div className="banner info" role={ownLiveRegion ? 'status' : undefined}>
      <div ref={text}>{children}</div>
      <button type="button" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
