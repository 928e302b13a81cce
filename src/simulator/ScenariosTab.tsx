import { LiveText } from '../ui/announcer';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PhoneNumber, Project, SavedScenario } from '../engine';
import { useStore } from '../store/react';
import { Toast } from '../ui/Toast';
import { useRefocus } from '../ui/useRefocus';
import { ScenarioList } from './ScenarioList';
import type { ScenarioVerdict } from './scenarioRun';
import { logOf, runInChunks, runScenario } from './scenarioRun';
import { usePageMemory } from './usePageMemory';

export interface ScenariosTabProps {
  project: Project;
  number: PhoneNumber;
  /** Why nothing can run (the flow has errors), or null. */
  blocked: ReactNode;
}

type Runs = Map<string, { verdict: ScenarioVerdict; on: readonly unknown[] }>;

/** What a run depends on besides the scenario: the number (flow and settings) and the workspace data calls use. */
const inputsOf = (number: PhoneNumber, ws: Project['workspace']) => [number, ws.plan, ws.worktimeEnabled, ws.employees, ws.queues, ws.crm, ws.defaultBackupNumber] as const;
const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

/**
 * The number's saved scenarios: run one or all against the current flow, pass or fail. A result
 * from before a change to the flow, settings or workspace says so; a failure's new result can
 * be accepted as the expectation when the change was meant.
 */
export function ScenariosTab({ project, number, blocked }: ScenariosTabProps) {
  const store = useStore();
  const scenarios = useMemo(() => project.scenarios.filter((s) => s.scenario.numberId === number.id), [project.scenarios, number.id]);
  // The last results outlive a visit to the settings or workspace page, where the changes that make them "before a change" are made.
  const [runs, setRuns] = usePageMemory<Runs>('scenarioRuns', number.id, () => new Map());
  const now = inputsOf(number, project.workspace);
  const verdicts = useMemo(() => new Map([...runs].map(([id, r]) => [id, r.verdict])), [runs]);
  const outdated = new Set([...runs].filter(([, r]) => !sameInputs(r.on, now)).map(([id]) => id));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // Each finished Run all is said, also when its result reads as the last one did.
  const [runsDone, setRunsDone] = useState(0);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const runAllRef = useRef<HTMLButtonElement>(null);
  const focus = useRefocus();
  const sectionRef = useRef<HTMLElement>(null);
  // The scenario deleted last, and its place in the project's list, so that Undo puts it back there.
  // `restored`: Undo ran, and the notice says so.
  const [deleted, setDeleted] = useState<{ scenario: SavedScenario; at: number; restored?: boolean } | null>(null);
  const dismiss = useCallback(() => setDeleted(null), []);
  const remove = (s: SavedScenario) => {
    const at = project.scenarios.findIndex((x) => x.id === s.id);
    store.deleteScenario(s.id);
    setDeleted({ scenario: s, at });
    // Its row and Delete button are gone: put focus somewhere stable rather than on the page
    // (Run all, or the list itself once the last one is gone and Run all is off).
    requestAnimationFrame(() => {
      const run = runAllRef.current;
      (run && !run.disabled ? run : sectionRef.current)?.focus();
    });
  };

  const record = (list: ScenarioVerdict[]) => setRuns((m) => new Map([...m, ...list.map((v) => [v.id, { verdict: v, on: now }] as const)]));
  const accept = (s: SavedScenario) => {
    const v = verdicts.get(s.id);
    if (!v?.result) return;
    // The Accept button goes with the failure: the keyboard goes to the scenario's Run.
    focus.after([`Run ${s.name}`]);
    const saved = { ...s, log: logOf(v.result), expect: { ...s.expect, outcome: v.result.outcome, path: v.result.path } };
    store.saveScenario(saved);
    record([{ id: s.id, pass: true, result: v.result }]);
  };
  const runAll = async () => {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setProgress({ done: 0, total: scenarios.length });
    const all = await runInChunks(project, scenarios, (done) => {
      record(done);
      setProgress({ done: done.length, total: scenarios.length });
    }, ctrl.signal);
    if (!ctrl.signal.aborted) {
      setProgress({ done: all.length, total: scenarios.length });
      setRunsDone((n) => n + 1);
    }
  };
  const passed = scenarios.filter((s) => verdicts.get(s.id)?.pass).length;
  const failed = scenarios.filter((s) => verdicts.get(s.id)?.pass === false).length;
  return (
    <section aria-label="Saved scenarios" ref={(el) => { sectionRef.current = el; focus.container.current = el; }} tabIndex={-1}>
      {blocked}
      <div className="sim-row">
        <button ref={runAllRef} type="button" className="primary" disabled={!!blocked || scenarios.length === 0} onClick={() => void runAll()}>Run all</button>
        {progress && (
          <progress max={progress.total} value={progress.done} aria-label="Scenarios run">{progress.done} of {progress.total}</progress>
        )}
        {(passed > 0 || failed > 0) && <LiveText occurrence={runsDone}>{passed} passed, {failed} failed</LiveText>}
      </div>
      {outdated.size > 0 && <p className="sim-muted" role="note">Results marked “before a change” ran before the flow, its settings or the workspace changed. Run them again.</p>}
      <ScenarioList
        project={project} number={number} scenarios={scenarios} verdicts={verdicts} outdated={outdated} disabled={!!blocked}
        onAccept={accept}
        onRun={(s: SavedScenario) => record([runScenario(project, s)])}
        onDelete={remove}
        onRename={(s, name) => store.saveScenario({ ...s, name })}
      />
      {deleted && (
        <Toast
          onDismiss={dismiss}
          action={deleted.restored ? undefined : { label: 'Undo', undoKey: true, onClick: () => { store.saveScenario(deleted.scenario, deleted.at); setDeleted({ ...deleted, restored: true }); } }}
        >
          {deleted.restored ? 'Restored' : 'Deleted'} scenario “{deleted.scenario.name}”.
        </Toast>
      )}
    </section>
  );
}
