export interface ConflictNoticeProps {
  /** The number's name, to say which flow. */
  numberName: string;
  /** What both tabs changed, as said to the user (“Main menu”, the number’s name): only these take the side chosen. None named: “the same parts”. */
  overlaps?: readonly string[];
  onReloadTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Another tab saved this number while this tab had unsaved edits to the same parts of it: the
 * user picks which version those parts take. Edits to other parts, here and there, are kept
 * either way, so the notice names what the choice is about.
 */
export function ConflictNotice({ numberName, overlaps = [], onReloadTheirs, onKeepMine }: ConflictNoticeProps) {
  const what = overlaps.length > 0 ? overlaps.join(', ') : 'the same parts';
  return (
    <div className="banner warning" role="alert">
      <div>
        <strong>This flow was changed in another tab.</strong> “{numberName}” has edits here that are not saved.
        Both tabs changed {what}: reload the other tab's version of {overlaps.length === 1 ? 'it' : 'them'} or keep yours
        (the other tab's is replaced there). Every other edit, here and there, is kept.
      </div>
      <button type="button" onClick={onReloadTheirs}>Reload theirs</button>
      <button type="button" onClick={onKeepMine}>Keep mine</button>
    </div>
  );
}
