import './simulator.css';
import { useId, useMemo, useRef, useState } from 'react';
import { useNumberIssues } from '../designer/useNumberIssues';
import type { PhoneNumber, Project } from '../engine';
import { CallTab } from './CallTab';
import { IssueList } from './IssueList';
import { OutboundTab } from './OutboundTab';
import { PathsTab } from './PathsTab';
import type { Explored } from './PathsTab';
import { ScenariosTab } from './ScenariosTab';
import type { CallSetup } from './setup';
import type { CallControls } from './useCall';
import { useCallClock } from './useCallClock';
import type { Speed } from './useCallClock';
import { onTabListKey } from '../ui/tabKeys';

export type SimTab = 'call' | 'scenarios' | 'paths' | 'outbound';
/** Errors that leave no call to simulate (compileFlow refuses the flow). */
const UNRUNNABLE = new Set(['entry-missing']);
const TABS: { id: SimTab; label: string }[] = [
  { id: 'call', label: 'Call' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'paths', label: 'Paths' },
  { id: 'outbound', label: 'Outbound' },
];
const TAB_IDS = TABS.map((t) => t.id);

export interface SimulatorPanelProps {
  project: Project;
  number: PhoneNumber;
  call: CallControls;
  setup: CallSetup;
  onSetup: (setup: CallSetup) => void;
  notice: string | null;
  /** Lights a path on the canvas (Paths tab, "Show on canvas"). */
  onShowPath: (path: string[], edges?: string[]) => void;
  initialTab?: SimTab;
  /** The clock's speed when the panel opens; tests start paused. */
  initialSpeed?: Speed;
}

/** The simulator beside the designer: a live call, the saved scenarios, the flow's paths and outbound routing. */
export function SimulatorPanel(props: SimulatorPanelProps) {
  const { project, number, call, setup, onSetup, notice, onShowPath } = props;
  const [tab, setTab] = useState<SimTab>(props.initialTab ?? 'call');
  const [explored, setExplored] = useState<Explored | null>(null);
  const clock = useCallClock(call, props.initialSpeed ?? '1x', { autoAnswers: setup.auto });
  const base = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const issues = useNumberIssues(project, number.id);
  const errors = useMemo(() => issues?.filter((i) => i.severity === 'error') ?? null, [issues]);
  // Only a flow no call can enter stops the simulator: as behaviour.md puts it, the simulator runs
  // whatever it is given (a plan's limits, a bad number…). The other errors are listed beside it.
  const fatal = errors?.filter((i) => UNRUNNABLE.has(i.code)) ?? null;
  const blocked = fatal === null ? <p role="status" className="sim-blocked">Checking the flow…</p> : fatal.length > 0 ? (
    <div role="alert" className="sim-blocked">
      <p>No call can enter this flow, so it cannot be simulated. Fix this first:</p>
      <IssueList issues={fatal} number={number} />
    </div>
  ) : null;
  const caveat = !blocked && errors && errors.length > 0 ? (
    <details className="sim-caveat">
      <summary>This flow has {errors.length === 1 ? '1 error' : `${errors.length} errors`}; calls run on it as it is.</summary>
      <IssueList issues={errors} number={number} />
    </details>
  ) : null;
  const loadScenario = (s: CallSetup) => {
    // A finished call's outcome and timeline belong to the old setup: clear them. A live call goes on.
    if (call.view?.done) call.abort();
    onSetup(s);
    setTab('call');
    // The Paths tab and its button are gone: the keyboard goes to what comes next, Start call.
    window.requestAnimationFrame(() => {
      const start = [...(panelRef.current?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Start call' || b.textContent === 'Hang up');
      (start ?? panelRef.current)?.focus();
    });
  };
  return (
    <div className="sim-panel" ref={panelRef} tabIndex={-1}>
      <h2>Simulator</h2>
      <div role="tablist" aria-label="Simulator" className="sim-tabs" onKeyDown={onTabListKey(TAB_IDS, tab, setTab, (id) => `${base}-${id}`)}>
        {TABS.map((t) => (
          <button
            key={t.id} type="button" role="tab" id={`${base}-${t.id}`} aria-selected={tab === t.id}
            aria-controls={`${base}-${t.id}-panel`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-${tab}-panel`} aria-labelledby={`${base}-${tab}`}>
        {tab !== 'outbound' && caveat}
        {tab === 'call' && <CallTab project={project} number={number} call={call} clock={clock} setup={setup} onSetup={onSetup} blocked={blocked} notice={notice} />}
        {tab === 'scenarios' && <ScenariosTab project={project} number={number} blocked={blocked} />}
        {tab === 'paths' && <PathsTab project={project} number={number} explored={explored} onExplored={setExplored} setup={setup} onSimulate={loadScenario} onShowPath={onShowPath} />}
        {tab === 'outbound' && <OutboundTab project={project} />}
      </div>
    </div>
  );
}
