import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createActor } from 'xstate';
import type { Actor, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { Answer, CallScenario, Project } from '../engine';
import { CallClock, compileFlow, RING_MS } from './engineRun';
import type { CallContext, CallMachineEvent, CallOutput } from './engineRun';
import type { CallRecording } from './recorder';
import { emptyRecording, gaveAnswer, sawRing, sentDigits } from './recorder';

/** One interactive call: its actor on a simulated clock, and what the trainer did in it. */
export interface CallSession {
  id: number;
  actor: Actor<AnyStateMachine>;
  clock: CallClock;
  /** The call's fixed inputs; digits and answers come from `recording`. */
  base: CallScenario;
  /** The project the machine was compiled from (the flow it runs). */
  project: Project;
  recording: CallRecording;
}

/** What the panel reads of a live call. */
export interface CallView {
  context: CallContext;
  value: unknown;
  done: boolean;
  output: CallOutput | null;
  awaitingDigits: boolean;
  /** A greeting or menu prompt is playing and keys typed now will be read when it ends (type-ahead). */
  typeAhead: boolean;
  ringing: boolean;
  onHold: boolean;
  playing: boolean;
}

const viewOf = (s: AnyMachineSnapshot | undefined): CallView | null => {
  if (!s) return null;
  const context = s.context as CallContext;
  return {
    context,
    value: s.value,
    done: s.status === 'done',
    output: s.status === 'done' ? (s.output as CallOutput) : null,
    awaitingDigits: s.hasTag('awaitingDigits'),
    typeAhead: !!context.playing?.acceptsDigits && context.playing.typed === null,
    ringing: s.hasTag('ringing'),
    onHold: s.hasTag('onHold'),
    playing: s.hasTag('playing'),
  };
};
const sameView = (a: CallView | null, b: CallView | null) =>
  a === b || (a !== null && b !== null && a.context === b.context && a.value === b.value && a.done === b.done);

let nextId = 1;

/**
 * Runs one call at a time on the engine's compiled machine and simulated clock: start, send
 * the caller's keys and the parties' answers, hang up, move the clock to its next timer (its
 * speed is `useCallClock`'s). Every input is recorded for "Save as scenario".
 */
export function useCall() {
  const [session, setSession] = useState<CallSession | null>(null);
  const view = useSelector(session?.actor, viewOf as (s: AnyMachineSnapshot | undefined) => CallView | null, sameView);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const start = useCallback((project: Project, base: CallScenario) => {
    sessionRef.current?.actor.stop();
    const clock = new CallClock();
    const machine = compileFlow(project, base.numberId);
    const actor = createActor(machine, {
      clock,
      input: { from: base.from, at: base.at, sipToExtension: base.sipToExtension, serviceAvailable: base.serviceAvailable, patienceSeconds: base.patienceSeconds },
    });
    const s: CallSession = { id: nextId++, actor, clock, base, project, recording: emptyRecording() };
    // Recorded from every snapshot, not from renders: a ring step can begin and end within one clock step.
    actor.subscribe((snap) => {
      const c = snap.context as CallContext;
      if (c.ringing) s.recording = sawRing(s.recording, c.ringing.step, c.ringing.parties.map((p) => p.key));
    });
    actor.start();
    setSession(s);
    return s;
  }, []);

  const send = useCallback((event: CallMachineEvent) => {
    const s = sessionRef.current;
    if (!s || s.actor.getSnapshot().status !== 'active') return false;
    if (!s.actor.getSnapshot().can(event)) return false;
    s.actor.send(event);
    return true;
  }, []);

  const sendDigits = useCallback((digits: string) => {
    const s = sessionRef.current;
    const c = s?.actor.getSnapshot().context as CallContext | undefined;
    // Keys count while the flow waits for them, and during a greeting or prompt that takes them early.
    if (!s || !(c?.awaiting || c?.playing?.acceptsDigits)) return false;
    const cursor = c.digitCursor;
    if (!send({ type: 'call.digits', digits })) return false;
    s.recording = sentDigits(s.recording, cursor, digits);
    return true;
  }, [send]);

  /** Keys nothing: the wait runs out, as the engine reads "no entry". */
  const pressNothing = useCallback(() => {
    const s = sessionRef.current;
    const c = s?.actor.getSnapshot().context as CallContext | undefined;
    if (!s || !c?.awaiting) return;
    s.clock.advanceTo(Math.max(s.clock.now(), c.startedAt + c.awaiting.since * 1000 + c.awaiting.ms));
  }, []);

  /**
   * A party's answer to the live ring step, on the clock a replay of the saved scenario keeps
   * (B5): an answer connects at the end of the first ring (the clock moves there, before the
   * timers due at that second: N13), or at once when clicked later; "no answer" from the last
   * party still ringing lets the step's rings run out; busy gives up at once. "No answer" from
   * one of several parties ringing together drops just that party.
   */
  const answer = useCallback((party: string, a: Answer) => {
    const s = sessionRef.current;
    const c = s?.actor.getSnapshot().context as CallContext | undefined;
    const ringing = c?.ringing;
    if (!s || !c || !ringing || !ringing.parties.some((p) => p.key === party)) return false;
    const stepStart = c.startedAt + ringing.since * 1000;
    if (a === 'noAnswer' && ringing.parties.length === 1) {
      s.recording = gaveAnswer(s.recording, ringing.step, party, a);
      s.clock.advanceTo(Math.max(s.clock.now(), stepStart + ringing.rings * RING_MS));
      return true;
    }
    if (a === 'answer' && s.clock.now() < stepStart + RING_MS) s.clock.advanceTo(stepStart + RING_MS, { fireDue: false });
    const type = a === 'answer' ? 'ring.answered' : a === 'busy' ? 'ring.busy' : 'ring.noAnswer';
    if (!send({ type, party })) return false;
    s.recording = gaveAnswer(s.recording, ringing.step, party, a);
    return true;
  }, [send]);

  const hangUp = useCallback(() => {
    const s = sessionRef.current;
    if (!s) return;
    const at = elapsedOf(s);
    if (send({ type: 'call.hangup' })) s.recording = { ...s.recording, hungUpAt: at };
  }, [send]);

  const skipToNextTimer = useCallback(() => {
    const s = sessionRef.current;
    if (!s || s.actor.getSnapshot().status !== 'active') return;
    s.clock.advanceToNextTimer();
  }, []);

  /** Ends the call without an outcome (the flow changed under it, or the panel closed). */
  const abort = useCallback(() => {
    sessionRef.current?.actor.stop();
    setSession(null);
  }, []);

  useEffect(() => () => void sessionRef.current?.actor.stop(), []);

  return { session, view, start, sendDigits, pressNothing, answer, hangUp, skipToNextTimer, abort };
}

/** Seconds on the call's clock since it began. */
export function elapsedOf(s: CallSession): number {
  const c = s.actor.getSnapshot().context as CallContext;
  return (s.clock.now() - c.startedAt) / 1000;
}

export type CallControls = ReturnType<typeof useCall>;
