export interface StorageBannerProps {
  /** Why saving failed, as the store reports it. */
  reason: 'quota' | 'unavailable' | 'blocked' | 'unknown';
  message: string;
  onExport: () => void;
}

const HEADINGS: Record<StorageBannerProps['reason'], string> = {
  quota: 'Not saved: the browser is out of storage space.',
  unavailable: 'Not saved: this browser does not allow the app to store data.',
  blocked: 'Not saved: another tab holds the database.',
  unknown: 'Not saved: storage failed.',
};

/**
 * Says that edits are no longer being saved, why, and offers to export them now. Presentational:
 * the shell passes the store's failed status and an export handler.
 */
export function StorageBanner({ reason, message, onExport }: StorageBannerProps) {
  return (
    <div className="banner error" role="alert">
      <div>
        <strong>{HEADINGS[reason]}</strong> {message}
      </div>
      <button type="button" onClick={onExport}>Export now</button>
    </div>
  );
}
