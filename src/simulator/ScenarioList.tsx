import type { PhoneNumber, Project, SavedScenario } from '../engine';
import { nodeLabel, outcomeHeadline } from './describe';
import type { ScenarioVerdict } from './scenarioRun';

export interface ScenarioListProps {
  project: Project;
  number: PhoneNumber;
  scenarios: readonly SavedScenario[];
  verdicts: ReadonlyMap<string, ScenarioVerdict>;
  onRun: (scenario: SavedScenario) => void;
  onDelete: (scenario: SavedScenario) => void;
  disabled?: boolean;
}

const pathText = (number: PhoneNumber, path: readonly string[] | undefined) =>
  path ? path.map((id) => nodeLabel(number, id)).join(' → ') : '(any)';

/** Saved scenarios with their last verdict; a failure shows expected against actual. */
export function ScenarioList({ project, number, scenarios, verdicts, onRun, onDelete, disabled }: ScenarioListProps) {
  if (scenarios.length === 0) return <p className="sim-muted">No scenarios saved for this number yet. Run a call and “Save as scenario”.</p>;
  return (
    <ul className="sim-scenarios" aria-label="Scenarios">
      {scenarios.map((s) => {
        const v = verdicts.get(s.id);
        return (
          <li key={s.id}>
            <div className="sim-row">
              <strong>{s.name}</strong>
              {v && <span className={v.pass ? 'sim-pass' : 'sim-fail'}>{v.pass ? 'Pass' : 'Fail'}</span>}
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
          </li>
        );
      })}
    </ul>
  );
}
