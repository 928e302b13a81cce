import { memo, useDeferredValue, useMemo } from 'react';
import type { Flow } from '../engine';
import type { Revision } from '../store';
import { describeDiff, diffFlows } from './flowDiff';

export interface RevisionsPanelProps {
  revisions: readonly Revision[] | null;
  /** The draft being edited, to say what changed since each revision. */
  draft: Flow;
  onRestore: (revision: Revision) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** When a revision was published, on this computer's clock: "2026-11-26 19:36", as the simulator writes times. */
const when = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Published revisions, newest first: name, date, what the draft changed since, and Restore. */
export const RevisionsPanel = memo(function RevisionsPanel({ revisions, draft, onRestore }: RevisionsPanelProps) {
  // Comparing with every revision is O(nodes) each; let it trail the edit rather than delay it.
  const later = useDeferredValue(draft);
  const summaries = useMemo(() => new Map((revisions ?? []).map((r) => [r.id, describeDiff(diffFlows(r.flow, later))])), [revisions, later]);
  return (
    <section className="cf-revisions" aria-labelledby="cf-revisions-title">
      <h2 id="cf-revisions-title">Revisions</h2>
      {revisions === null ? <p>Loading revisions…</p> : revisions.length === 0 ? (
        <p>No revision published yet. Publish to keep a named copy of this flow and its settings.</p>
      ) : (
        <ul>
          {revisions.map((r) => {
            return (
              <li key={r.id}>
                <strong>{r.name}</strong> <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
                <p>Draft since then: {summaries.get(r.id)}</p>
                <button type="button" onClick={() => onRestore(r)} aria-label={`Restore ${r.name}`}>Restore</button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
