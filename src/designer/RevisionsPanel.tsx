import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Flow, NumberSettings } from '../engine';
import type { Revision } from '../store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeChanges, diffFlows, diffSettings } from './flowDiff';

export interface RevisionsPanelProps {
  revisions: readonly Revision[] | null;
  /** The draft being edited, to say what changed since each revision. */
  draft: Flow;
  /** The number's settings now: a restore brings the revision's back too. */
  settings: NumberSettings;
  onRestore: (revision: Revision) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** When a revision was published, on this computer's clock: "2026-11-26 19:36", as the simulator writes times. */
const when = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * Published revisions, newest first: name, date, what the draft changed since (flow and
 * settings), and Restore, which asks first when it would replace settings: they are not on
 * this screen, and a restored prefix or recording choice is easy to miss.
 */
export const RevisionsPanel = memo(function RevisionsPanel({ revisions, draft, settings, onRestore }: RevisionsPanelProps) {
  // Comparing with every revision is O(nodes) each; let it trail the edit rather than delay it.
  const later = useDeferredValue(draft);
  const changes = useMemo(() => new Map((revisions ?? []).map((r) => {
    const settingsChanged = diffSettings(r.settings, settings);
    return [r.id, { text: describeChanges(diffFlows(r.flow, later), settingsChanged), settings: settingsChanged }];
  })), [revisions, later, settings]);
  const [asking, setAsking] = useState<{ revision: Revision; settings: string[] } | null>(null);
  const restore = (r: Revision) => {
    const replaced = changes.get(r.id)?.settings ?? [];
    if (replaced.length) setAsking({ revision: r, settings: replaced });
    else onRestore(r);
  };
  return (
    <section className="cf-revisions" aria-labelledby="cf-revisions-title">
      <h2 id="cf-revisions-title">Revisions</h2>
      {revisions === null ? <p>Loading revisions…</p> : revisions.length === 0 ? (
        <p>No revision published yet. Publish to keep a named copy of this flow and its settings.</p>
      ) : (
        <ul>
          {revisions.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong> <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
              <p>Draft since then: {changes.get(r.id)?.text}</p>
              <button type="button" onClick={() => restore(r)} aria-label={`Restore ${r.name}`}>Restore</button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <ConfirmDialog
          title={`Restore “${asking.revision.name}”?`}
          message={`It brings back the flow and the settings of “${asking.revision.name}”, replacing these settings as they are now: ${asking.settings.join(', ')}. Undo takes the restore back.`}
          confirmLabel="Restore"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            onRestore(asking.revision);
            setAsking(null);
          }}
        />
      )}
    </section>
  );
});
