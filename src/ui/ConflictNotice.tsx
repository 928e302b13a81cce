export interface ConflictNoticeProps {
  /** The number's name, to say which flow. */
  numberName: string;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
}

/** Another tab saved this number while this tab had unsaved edits: the user picks which version wins. */
export function ConflictNotice({ numberName, onReloadTheirs, onKeepMine }: ConflictNoticeProps) {
  return (
    <div className="banner warning" role="alert">
      <div>
        <strong>This flow was changed in another tab.</strong> “{numberName}” has edits here that are not saved.
        Reload the other tab's version (your edits here are dropped) or keep yours (the other tab's are replaced).
      </div>
      <button type="button" onClick={onReloadTheirs}>Reload theirs</button>
      <button type="button" onClick={onKeepMine}>Keep mine</button>
    </div>
  );
}
