import type { CallEvent } from '../schema/result';
import type { Outcome } from '../schema/scenario';
import type { CallContext, MachineEvent } from './types';

/** The part of xstate's actor system the actions read: its clock. */
export interface ClockedSystem {
  _clock: unknown;
}

/** What an action implementation of the call machine receives. */
export interface Args {
  context: CallContext;
  event: MachineEvent;
  system: ClockedSystem;
}

/** An `assign` body: the part of the context an action changes. */
export type Update<P = undefined> = (args: Args, params: P) => Partial<CallContext>;

/**
 * The clock's reading in ms. A `SimulatedClock`/`CallClock` has `now()`; xstate's default clock
 * runs on real timers, so real time is the right reading there.
 */
export function clockNow(system: ClockedSystem): number {
  const clock = system._clock as { now?: () => number };
  return typeof clock.now === 'function' ? clock.now() : Date.now();
}

/** Seconds since the call began, to the millisecond. */
export function elapsed({ context, system }: Pick<Args, 'context' | 'system'>): number {
  return Math.round(clockNow(system) - context.startedAt) / 1000;
}

/** The event log with one or more lines added at the current time. */
export function logged(args: Pick<Args, 'context' | 'system'>, ...lines: Omit<CallEvent, 't'>[]): CallEvent[] {
  const t = elapsed(args);
  return [...args.context.events, ...lines.map((l): CallEvent => (l.nodeId === undefined ? { t, type: l.type, text: l.text } : { t, ...l }))];
}

/** The context change that ends the call with an outcome, logged as `call.ended`. */
export function ending(args: Pick<Args, 'context' | 'system'>, outcome: Outcome, text: string, extra: Omit<CallEvent, 't'>[] = []): Partial<CallContext> {
  return {
    outcome,
    endedAt: elapsed(args),
    playing: null,
    awaiting: null,
    ringing: null,
    events: logged(args, ...extra, { type: 'call.ended', text }),
  };
}

/** Seconds as the call log reads them: "5 s", "1 min 30 s". */
export function seconds(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
