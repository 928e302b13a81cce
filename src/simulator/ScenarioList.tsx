import { useEffect, useRef, useState } from 'react';
import type { PhoneNumber, Project, SavedScenario } from '../engine';
import { nodeLabel, outcomeHeadline } from './describe';
import { inputsText } from './PathList';
import type { LogDifference, ScenarioVerdict } from './scenarioRun';

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

/**
 * A scenario's name on its own line, or, while it is being renamed, the small form that renames
 * it (Enter saves, Escape cancels).
 */
function ScenarioName({ scenario, renaming, onRename, onClose }: { scenario: SavedScenario; renaming: boolean; onRename: (name: string) => void; onClose: (cancelled: boolean) => void }) {
  const [draft, setDraft] = useState(scenario.name);
  if (!renaming) return <strong className="sim-scenario__name">{scenario.name}</strong>;
  const name = draft.trim();
  return (
    <form className="sim-row sim-scenario__name" aria-label={`Rename ${scenario.name}`} onSubmit={(e) => { e.preventDefault(); if (name) { onRename(name); onClose(false); } }}>
      <input aria-label="New name" value={draft} autoFocus maxLength={200} onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') onClose(true); }} />
      <button type="submit" disabled={!name}>Save name</button>
      <button type="button" onClick={() => onClose(true)}>Cancel</button>
    </form>
  );
}

const pathText = (number: PhoneNumber, path: readonly string[] | undefined) =>
  path ? path.map((id) => nodeLabel(number, id)).join(' → ') : '(any)';

/** Where the call first went otherwise, in the words of the two call logs. */
function differenceText({ step, expected, actual }: LogDifference): string {
  const quote = (line: string | null) => (line === null ? 'the call ended' : `“${line}”`);
  return `Step ${step}: expected ${quote(expected)}, now ${quote(actual)}.`;
}

/** Saved scenarios with their last verdict; a failure shows expected against actual. */
export function ScenarioList({ project, number, scenarios, verdicts, outdated, onAccept, onRun, onDelete, onRename, disabled }: ScenarioListProps) {
  if (scenarios.length === 0) return <p className="sim-muted">No scenarios saved for this number yet. Run a call and “Save as scenario”.</p>;
  return (
    <ul className="sim-scenarios" aria-label="Scenarios">
      {scenarios.map((s) => (
        <ScenarioRow key={s.id} project={project} number={number} scenario={s} verdict={verdicts.get(s.id)} outdated={outdated?.has(s.id) ?? false}
          onAccept={onAccept} onRun={onRun} onDelete={onDelete} onRename={onRename} disabled={disabled} />
      ))}
    </ul>
  );
}

interface ScenarioRowProps extends Pick<ScenarioListProps, 'project' | 'number' | 'onAccept' | 'onRun' | 'onDelete' | 'onRename' | 'disabled'> {
  scenario: SavedScenario;
  verdict: ScenarioVerdict | undefined;
  outdated: boolean;
}

/**
 * One scenario, laid out the same whatever its name: the name on its own line, then one row with
 * the verdict in a slot of its own (kept when there is none yet, so the buttons never move) and
 * Rename, Run and Delete.
 */
function ScenarioRow({ project, number, scenario: s, verdict: v, outdated, onAccept, onRun, onDelete, onRename, disabled }: ScenarioRowProps) {
  const [renaming, setRenaming] = useState(false);
  // Escape or Cancel puts the keyboard back on Rename (a saved name moves it to Run: ScenariosTab).
  const renameButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    renameButton.current?.focus();
  }, [renaming]);
  const close = (cancelled: boolean) => {
    refocus.current = cancelled;
    setRenaming(false);
  };
  return (
    <li className="sim-scenario">
      <ScenarioName key={String(renaming)} scenario={s} renaming={renaming} onRename={(name) => onRename(s, name)} onClose={close} />
      <div className="sim-scenario__actions">
        <span className="sim-scenario__verdict">{v && <span className={v.pass ? 'sim-pass' : 'sim-fail'}>{v.pass ? 'Pass' : 'Fail'}</span>}</span>
        {!renaming && <button type="button" ref={renameButton} className="link" aria-label={`Rename ${s.name}`} onClick={() => setRenaming(true)}>Rename</button>}
        <button type="button" disabled={disabled} aria-label={`Run ${s.name}`} onClick={() => onRun(s)}>Run</button>
        <button type="button" aria-label={`Delete ${s.name}`} onClick={() => onDelete(s)}>Delete</button>
        {v && outdated && <span className="sim-muted sim-scenario__note">before a change</span>}
      </div>
      {/* What the scenario does and expects, one click away: a failure is easier to read against it. */}
      <details className="sim-scenario__inputs">
        <summary aria-label={`What it does: ${s.name}`}>What it does</summary>
        <ul className="sim-muted">
          {inputsText(project, s.scenario).map((l) => <li key={l}>{l}</li>)}
          <li>Expects: {outcomeHeadline(project, number.id, s.expect.outcome)}{s.expect.path ? `, through ${pathText(number, s.expect.path)}` : ''}</li>
        </ul>
      </details>
      {v && !v.pass && (
        <dl className="sim-diff" aria-label={`Why ${s.name} failed`}>
          <dt>Expected</dt>
          <dd>{outcomeHeadline(project, number.id, s.expect.outcome)}<br />{pathText(number, s.expect.path)}</dd>
          <dt>Actual</dt>
          <dd>
            {v.result ? outcomeHeadline(project, number.id, v.result.outcome) : v.problems.join('; ')}
            {/* On the outcome itself, read with it: the flow may no longer do this (the row's note is read apart, after Delete). */}
            {outdated && <> <span className="sim-muted">(before a change)</span></>}
            {v.result && <><br />{pathText(number, v.result.path)}</>}
          </dd>
          {v.difference && <>
            <dt>First difference</dt>
            <dd>{differenceText(v.difference)}</dd>
          </>}
        </dl>
      )}
      {v && !v.pass && v.result && onAccept && !outdated && (
        <button type="button" aria-label={`Accept the new result as expected: ${s.name}`} onClick={() => onAccept(s)}>Accept the new result as expected</button>
      )}
    </li>
  );
}
