import { useEffect } from 'react';
import type { CallSetup } from './setup';
import type { CallControls } from './useCall';

/**
 * "Auto": answers each party of a live ring step by the employee's preset. "Answer" and "Busy"
 * are sent at once; "Does not answer" lets the rings run out, as the engine times them.
 * A mobile takes its employee's preset; an external number does not answer.
 */
export function useAutoAnswer(call: CallControls, setup: CallSetup) {
  const ringing = call.view?.ringing ? call.view.context.ringing : null;
  const { answer } = call;
  useEffect(() => {
    if (!setup.auto || !ringing) return;
    for (const p of ringing.parties) {
      const preset = p.employeeId ? setup.presets[p.employeeId] ?? 'noAnswer' : 'noAnswer';
      if (preset !== 'noAnswer' && answer(p.key, preset)) return;
    }
  }, [setup.auto, setup.presets, ringing?.step, ringing, answer]);
}
