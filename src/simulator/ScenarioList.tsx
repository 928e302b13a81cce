import { useState } from 'react';
import type { PhoneNumber, Project, SavedScenario } from '../engine';
import { nodeLabel, outcomeHeadline } from './describe';
import type { ScenarioVerdict } from './scenarioRun';

export interface ScenarioListProps {
  project: Project;
  number: PhoneNumber;
  scenarios: readonly SavedScenario[];
  verdicts: ReadonlyMap<string, ScenarioVerdict>;
  /** Scenarios whose verdict ran before the flow, its settings or the workspace changed. */
  outdated?: ReadonlySet<string>;
  /** Makes a failed scenario's new result its expectation. */
  onAccept?: (scenario: SavedScenario) => void;
  onRun: (scenario: SavedScenario) => void;
  onDelete: (scenario: SavedScenario) => void;
  onRename: (scenario: SavedScenario, name: string) => void;
  disabled?: boolean;
}

/** A scenario's name, or the small form that renames it (Enter saves, Escape cancels). */
function ScenarioName({ scenario, onRename }: { scenario: SavedScenario; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <>
        <strong>{scenario.name}</strong>
        <button type="button" className="link" aria-label={`Rename ${scenario.name}`} onClick={() => setDraft(scenario.name)}>Rename</button>
      </>
    );
  }
  const name = draft.trim();
  return (
    <form className="sim-row" aria-label={`Rename ${scenario.name}`} onSubmit={(e) => { e.preventDefault(); if (name) { onRename(name); setDraft(null); } }}>
      <input aria-label="New name" value={draft} autoFocus maxLength={200} onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') setDraft(null); }} />
      <button type="submit" disabled={!name}>Save name</button>
      <button type="button" onClick={() => setDraft(null)}>Cancel</button>
    </form>
  );
}

const pathText = (number: PhoneNumber, path: readonly string[] | undefined) =>
  path ? path.map((id) => nodeLabel(number, id)).join(' → ') : '(any)';

/** Saved scenarios with their last verdict; a failure shows expected against actual. */
export function ScenarioList({ project, number, scenarios, verdicts, outdated, onAccept, onRun, onDelete, onRename, disabled }: ScenarioListProps) {
  if (scenarios.length === 0) return <p className="sim-muted">No scenarios saved for this number yet. Run a call and “Save as scenario”.</p>;
  return (
    <ul className="sim-scenarios" aria-label="Scenarios">
      {scenarios.map((s) => {
        const v = verdicts.get(s.id);
        return (
          <li key={s.id}>
            <div className="sim-row">
              <ScenarioName scenario={s} onRename={(name) => onRename(s, name)} />
              {v && <span className={v.pass ? 'sim-pass' : 'sim-fail'}>{v.pass ? 'Pass' : 'Fail'}</span>}
              {v && outdated?.has(s.id) && <span className="sim-muted">before a change</span>}
              <button type="button" disabled={disabled} aria-label={`Run ${s.name}`} onClick={() => onRun(s)}>Run</button>
              <button type="button" aria-label={`Delete ${s.name}`} onClick={() => onDelete(s)}>Delete</button>
            </div>
            {v && !v.pass && (
              <dl className="sim-diff" aria-label={`Why ${s.name} failed`}>
                <dt>Expected</dt>
                <dd>{outcomeHeadline(project, number.id, s.expect.outcome)}<br />{pathText(number, s.expect.path)}</dd>
                <dt>Actual</dt>
                <dd>{v.result ? <>{outcomeHeadline(project, number.id, v.result.outcome)}<br />{pathText(number, v.result.path)}</> : v.problems.join('; ')}</dd>
              </dl>
            )}
            {v && !v.pass && v.result && onAccept && !outdated?.has(s.id) && (
              <button type="button" aria-label={`Accept the new result as expected: ${s.name}`} onClick={() => onAccept(s)}>Accept the new result as expected</button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
