import { useEffect, useRef } from 'react';
import { scenarioOracle } from '../engine';
import type { Answer } from '../engine';
import type { CallSetup } from './setup';
import type { CallControls } from './useCall';

type Oracle = ReturnType<typeof scenarioOracle>;

/**
 * "Auto": answers each party of a live ring step. "Answer" and "Busy" are sent at once; "Does
 * not answer" lets the rings run out, as the engine times them.
 *
 * A path loaded from the Paths tab gives its own answers, read as a replay reads a scenario's:
 * by party (an employee, a mobile or an external number), one entry per ring step that rings
 * it. Otherwise each employee answers by their preset, a mobile by its employee's, and an
 * external number does not answer.
 */
export function useAutoAnswer(call: CallControls, setup: CallSetup) {
  const ringing = call.view?.ringing ? call.view.context.ringing : null;
  const { answer, session } = call;
  // The path's answers are consumed step by step: one reading per call, and per ring step.
  const replay = useRef<{ session: unknown; oracle: Oracle; steps: Map<number, [string, Answer][]> } | null>(null);
  useEffect(() => {
    if (!setup.auto || !ringing) return;
    let answers: [string, Answer][];
    if (setup.path) {
      if (replay.current?.session !== session) replay.current = { session, oracle: scenarioOracle({ answers: setup.path.answers }), steps: new Map() };
      const { oracle, steps } = replay.current;
      let decided = steps.get(ringing.step);
      if (!decided) steps.set(ringing.step, (decided = ringing.parties.map((p) => [p.key, oracle.answer(p, ringing, call.view!.context)])));
      answers = decided;
    } else {
      answers = ringing.parties.map((p) => [p.key, p.employeeId ? setup.presets[p.employeeId] ?? 'noAnswer' : 'noAnswer']);
    }
    for (const [key, a] of answers) if (a !== 'noAnswer' && answer(key, a)) return;
  }, [setup.auto, setup.presets, setup.path, ringing?.step, ringing, answer, session, call.view]);
}
