import { createActor } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { CallClock } from './clock';
import { RING_MS } from './compile/steps';
import type { Awaiting, CallContext, CallInput, CallOutput, Party, Ringing } from './compile/types';
import { callOutputOf } from './compile/compileFlow';
import type { Answer } from './schema/scenario';

/** Answers a running call's questions: what the caller keys at each wait, and how each party answers each ring step. */
export interface CallOracle {
  /** The caller's entry at a digit wait (`cursor` = entries used so far), or null to key nothing. */
  digits(cursor: number, wait: Awaiting, context: CallContext): string | null;
  /** How `party` answers the ring step `ringing` (called once per party per step, in list order). */
  answer(party: Party, ringing: Ringing, context: CallContext): Answer;
}

/** Hard stop for a driver loop; far beyond what 1,000 node entries can need. */
const MAX_STEPS = 200_000;

/**
 * Runs a compiled call machine to its end on a fresh CallClock, answering each wait from the
 * oracle: digits are keyed the moment a wait starts, a busy party gives up at once, an
 * answering party connects after the first ring (5 s) — before any timer due that same
 * instant (N13). Always ends: patience, the loop guard and a step cap see to it.
 */
export function driveCall(machine: AnyStateMachine, input: CallInput, oracle: CallOracle): CallOutput {
  const clock = new CallClock();
  const actor = createActor(machine, { clock, input });
  actor.start();
  let waitSeen = 0;
  let stepSeen = 0;
  let pending: { step: number; at: number; party: string } | null = null;
  for (let i = 0; i < MAX_STEPS; i++) {
    const snap = actor.getSnapshot();
    if (snap.status !== 'active') break;
    const ctx = snap.context as CallContext;
    const wait = ctx.awaiting;
    if (wait && wait.seq > waitSeen) {
      waitSeen = wait.seq;
      const digits = oracle.digits(ctx.digitCursor, wait, ctx);
      if (digits) {
        actor.send({ type: 'call.digits', digits });
        continue;
      }
    }
    const ringing = ctx.ringing;
    if (ringing && ringing.step > stepSeen) {
      stepSeen = ringing.step;
      pending = null;
      const answers = ringing.parties.map((p) => [p, oracle.answer(p, ringing, ctx)] as const);
      const first = answers.find(([, a]) => a === 'answer');
      if (first) pending = { step: ringing.step, at: clock.now() + RING_MS, party: first[0].key };
      for (const [p, a] of answers) if (a === 'busy') actor.send({ type: 'ring.busy', party: p.key });
      continue;
    }
    const nextTimer = clock.nextTimerAt();
    if (pending && (nextTimer === null || pending.at <= nextTimer)) {
      const { at, party, step } = pending;
      pending = null;
      clock.advanceTo(at, { fireDue: false });
      if ((actor.getSnapshot().context as CallContext).ringing?.step === step) actor.send({ type: 'ring.answered', party });
      continue;
    }
    if (nextTimer === null) {
      // Nothing left to wait for: should not happen, but a call must end.
      actor.send({ type: 'call.hangup' });
      continue;
    }
    clock.advanceTo(nextTimer);
  }
  const end = actor.getSnapshot();
  actor.stop();
  return (end.status === 'done' ? end.output : callOutputOf(end.context as CallContext)) as CallOutput;
}
