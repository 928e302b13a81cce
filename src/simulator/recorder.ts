import type { Answer, CallScenario } from '../engine';

/**
 * What the trainer did during an interactive call, kept so the call can be saved as a scenario
 * that `simulateCall` replays the same way: the digits sent, at the entry the machine was reading
 * (`digitCursor`; an entry never sent is null), and, per party, one answer per ring step that
 * rang it (noAnswer when nobody clicked).
 */
export interface CallRecording {
  /** Digits entries sent, by the `digitCursor` they were sent at. */
  sent: { cursor: number; digits: string }[];
  /** Ring steps × parties in the order they were rung (`Ringing.step`, `Party.key`), with the answer given. */
  rings: { step: number; party: string; answer: Answer }[];
  rating: number | null;
  /** Seconds after the start when the trainer hung up before an outcome, else null. */
  hungUpAt: number | null;
}

export function emptyRecording(): CallRecording {
  return { sent: [], rings: [], rating: null, hungUpAt: null };
}

/** Notes the parties a ring step rings (idempotent per step and party). */
export function sawRing(r: CallRecording, step: number, parties: readonly string[]): CallRecording {
  const fresh = parties.filter((p) => !r.rings.some((x) => x.step === step && x.party === p));
  return fresh.length === 0 ? r : { ...r, rings: [...r.rings, ...fresh.map((party) => ({ step, party, answer: 'noAnswer' as Answer }))] };
}

export function sentDigits(r: CallRecording, cursor: number, digits: string): CallRecording {
  return { ...r, sent: [...r.sent.filter((x) => x.cursor !== cursor), { cursor, digits }] };
}

export function gaveAnswer(r: CallRecording, step: number, party: string, answer: Answer): CallRecording {
  const base = sawRing(r, step, [party]);
  return { ...base, rings: base.rings.map((x) => (x.step === step && x.party === party ? { ...x, answer } : x)) };
}

/** The scenario that replays the recorded call: `base` with its digits, answers, rating and patience filled in. */
export function scenarioOf(base: CallScenario, r: CallRecording): CallScenario {
  const length = r.sent.reduce((n, x) => Math.max(n, x.cursor + 1), 0);
  const digits: (string | null)[] = Array.from({ length }, (_, i) => r.sent.find((x) => x.cursor === i)?.digits ?? null);
  const lists = new Map<string, Answer[]>();
  for (const x of r.rings) lists.set(x.party, [...(lists.get(x.party) ?? []), x.answer]);
  const answers: CallScenario['answers'] = {};
  for (const [party, list] of lists) {
    if (list.every((a) => a === 'noAnswer')) continue; // anyone not listed does not answer
    answers[party] = list.length === 1 ? (list[0] as Answer) : list;
  }
  return {
    ...base,
    digits,
    answers,
    rating: r.rating,
    patienceSeconds: r.hungUpAt ?? base.patienceSeconds,
  };
}
