import { LiveText } from '../ui/announcer';
import { useId, useState } from 'react';
import type { CallResult, CallScenario, Usage } from '../engine';
import { useStore } from '../store/react';
import { useRefocus } from '../ui/useRefocus';
import { savedLogOf } from './scenarioRun';

export interface SaveScenarioProps {
  scenario: CallScenario;
  /** The usage counters the call began with: the saved scenario runs from them again. */
  usage?: Usage;
  result: CallResult;
  /** The name offered, selected so that typing replaces it: what the call did ("Connected to Anna Pham"). */
  suggestedName?: string;
}

/** "Save as scenario": asks a name, stores the call with its observed outcome and path as the expectation. */
export function SaveScenario({ scenario, usage, result, suggestedName = '' }: SaveScenarioProps) {
  const store = useStore();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  // The form goes once saved or cancelled: the keyboard goes back to the button that opened it.
  const focus = useRefocus<HTMLDivElement>();
  if (!asking) {
    return (
      <div className="sim-row" ref={focus.container}>
        <button type="button" onClick={() => { setAsking(true); setSaved(null); setName(suggestedName); }}>Save as scenario</button>
        {saved && <LiveText>Saved “{saved}”.</LiveText>}
      </div>
    );
  }
  const cancel = () => {
    focus.after(['Save as scenario']);
    setAsking(false);
  };
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const project = store.getSnapshot().project;
    const log = project ? savedLogOf(project, { scenario, usage }) : undefined;
    store.saveScenario({
      id: `s-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      name: trimmed,
      scenario,
      ...(usage ? { usage } : {}),
      ...(log ? { log } : {}),
      expect: { outcome: result.outcome, path: result.path },
    });
    setSaved(trimmed);
    focus.after(['Save as scenario']);
    setAsking(false);
    setName('');
  };
  return (
    <form
      aria-label="Save as scenario" onSubmit={(e) => { e.preventDefault(); save(); }}
      // Escape cancels, as it closes a dialog.
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); cancel(); } }}
    >
      {/* A field of its own, as wide as the panel: in one row with the buttons the suggested name was cut off. */}
      <div className="field">
        <label htmlFor={id}>Scenario name</label>
        <input id={id} value={name} autoFocus onFocus={(e) => e.target.select()} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="sim-row">
        <button type="submit" className="primary" disabled={!name.trim()}>Save</button>
        <button type="button" onClick={cancel}>Cancel</button>
      </div>
    </form>
  );
}
