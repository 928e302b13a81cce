import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PhoneNumber, Project, SavedScenario } from '../engine';
import { useStore } from '../store/react';
import { ScenarioList } from './ScenarioList';
import type { ScenarioVerdict } from './scenarioRun';
import { runInChunks, runScenario } from './scenarioRun';

export interface ScenariosTabProps {
  project: Project;
  number: PhoneNumber;
  /** Why nothing can run (the flow has errors), or null. */
  blocked: ReactNode;
}

/** The number's saved scenarios: run one or all against the current flow, pass or fail. */
export function ScenariosTab({ project, number, blocked }: ScenariosTabProps) {
  const store = useStore();
  const scenarios = useMemo(() => project.scenarios.filter((s) => s.scenario.numberId === number.id), [project.scenarios, number.id]);
  const [verdicts, setVerdicts] = useState<Map<string, ScenarioVerdict>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const record = (list: ScenarioVerdict[]) => setVerdicts((m) => new Map([...m, ...list.map((v) => [v.id, v] as const)]));
  const runAll = async () => {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setProgress({ done: 0, total: scenarios.length });
    const all = await runInChunks(project, scenarios, (done) => {
      record(done);
      setProgress({ done: done.length, total: scenarios.length });
    }, ctrl.signal);
    if (!ctrl.signal.aborted) setProgress({ done: all.length, total: scenarios.length });
  };
  const passed = scenarios.filter((s) => verdicts.get(s.id)?.pass).length;
  const failed = scenarios.filter((s) => verdicts.get(s.id)?.pass === false).length;
  return (
    <section aria-label="Saved scenarios">
      {blocked}
      <div className="sim-row">
        <button type="button" className="primary" disabled={!!blocked || scenarios.length === 0} onClick={() => void runAll()}>Run all</button>
        {progress && (
          <progress max={progress.total} value={progress.done} aria-label="Scenarios run">{progress.done} of {progress.total}</progress>
        )}
        {(passed > 0 || failed > 0) && <span role="status">{passed} passed, {failed} failed</span>}
      </div>
      <ScenarioList
        project={project} number={number} scenarios={scenarios} verdicts={verdicts} disabled={!!blocked}
        onRun={(s: SavedScenario) => record([runScenario(project, s)])}
        onDelete={(s) => store.deleteScenario(s.id)}
      />
    </section>
  );
}
