import { LiveText } from '../ui/announcer';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatPhone } from '../engine';
import type { ExploredPath, ExploreResult, PhoneNumber, Project, Usage } from '../engine';
import { simulateCall } from './engineRun';
import { exploreOffThread } from './exploreOffThread';
import type { Exploration } from './exploreOffThread';
import { coverageOf } from './coverage';
import { CoverageReport } from './CoverageReport';
import { inputsText, PathList } from './PathList';
import type { CallSetup } from './setup';
import { focusLost } from '../ui/focusLost';

/** The last exploration's outcome, with the flow it explored (to tell when it is stale). */
/** Paths explored, with the flow and the usage counters they were explored from. */
export type Explored = { result: ExploreResult; flow: PhoneNumber['flow']; usage: Usage } | { error: string };

export interface PathsTabProps {
  project: Project;
  number: PhoneNumber;
  /** Kept by the panel, so that the list is still there after "Simulate this" and back. */
  explored: Explored | null;
  onExplored: (explored: Explored) => void;
  setup: CallSetup;
  onSimulate: (setup: CallSetup) => void;
  onShowPath: (path: string[], edges?: string[]) => void;
}

/**
 * The setup that replays an explored path: its caller, time, header and service, and Auto with
 * the path's own answers (a mobile's and a number's too, ring step by ring step) from the
 * counters the paths were explored with.
 */
export function setupFor(setup: CallSetup, p: ExploredPath, usage: Usage, answersText?: string): CallSetup {
  const keys = p.scenario.digits.length ? `Keys to press: ${p.scenario.digits.map((d) => d ?? 'nothing').join(', then ')}` : null;
  return {
    ...setup,
    caller: 'typed',
    typed: formatPhone(p.scenario.from),
    at: p.scenario.at,
    sipTo: p.scenario.sipToExtension ?? '',
    serviceAvailable: p.scenario.serviceAvailable,
    auto: true,
    path: { answers: p.scenario.answers, usage },
    // What the trainer does, and what Auto will answer for them.
    script: [keys, answersText && `${answersText}, automatically`].filter(Boolean).join('. ') || null,
  };
}

/** Paths: every way a call can end (explorePaths), and what the saved scenarios cover. */
export function PathsTab({ project, number, explored, onExplored: setExplored, setup, onSimulate, onShowPath }: PathsTabProps) {
  const scenarios = useMemo(() => project.scenarios.filter((s) => s.scenario.numberId === number.id), [project.scenarios, number.id]);
  const coverage = useMemo(() => {
    const results = scenarios.flatMap((s) => {
      try {
        return [simulateCall(project, s.scenario)];
      } catch {
        return [];
      }
    });
    return coverageOf(number, results);
  }, [project, number, scenarios]);
  const [busy, setBusy] = useState(false);
  const running = useRef<Exploration | null>(null);
  const exploreRef = useRef<HTMLButtonElement>(null);
  // Leaving the tab stops an exploration still running.
  useEffect(() => () => running.current?.cancel(), []);
  const explore = () => {
    running.current?.cancel();
    setBusy(true);
    const flow = number.flow;
    const usage = project.workspace.usage;
    const run = (running.current = exploreOffThread(project, number.id));
    run.result
      .then((result) => setExplored({ result, flow, usage }), (e: unknown) => setExplored({ error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        if (running.current !== run) return;
        setBusy(false);
        // The button was off while it ran, which lost the keyboard: give it back ("Explore again").
        window.requestAnimationFrame(() => {
          if (focusLost() || document.activeElement === exploreRef.current) exploreRef.current?.focus();
        });
      });
  };
  const stale = explored && 'result' in explored && explored.flow !== number.flow;
  return (
    <section aria-label="Paths">
      <div className="sim-row">
        <button type="button" className="primary" ref={exploreRef} disabled={busy} onClick={explore}>{explored ? 'Explore again' : 'Explore paths'}</button>
        {busy && <LiveText>Exploring…</LiveText>}
        {stale && <span className="sim-muted">The flow changed since: explore again.</span>}
      </div>
      {explored && 'error' in explored && <p role="alert">{explored.error}</p>}
      {explored && 'result' in explored && (
        <>
          <LiveText as="p">{explored.result.paths.length} ways a call can end{explored.result.capped ? ` (stopped at ${explored.result.cap}; there may be more)` : ''}.</LiveText>
          <PathList
            project={project} number={number} paths={explored.result.paths}
            onShow={(p) => onShowPath(p.path, p.edges)}
            onSimulate={(p) => onSimulate(setupFor(setup, p, explored.usage, inputsText(project, p.scenario).find((l) => l.startsWith('Answers: '))))}
          />
        </>
      )}
      <CoverageReport number={number} coverage={coverage} scenarios={scenarios.length} />
    </section>
  );
}
