import { cancel, raise } from 'xstate';
import type { Action, CallContext, StateConfig, Transition } from './types';

/**
 * The machine's timers: a melody's end, a digit wait running out, one ring. Each is a delayed
 * `raise` of its own event (delay named as in `setup`), cancelled when its state is left. This
 * is what `after` does, but `after` builds a raise, a cancel and an event name per state when
 * the machine is created; these objects are shared by every state, which keeps big flows quick
 * to compile. A state has at most one timer of a kind running, so the ids never clash.
 */
const timer = <E extends string>(event: E, delay: 'melody' | 'digitWait' | 'ring') => ({
  event,
  // The delay is named, as `after` keys are; compileFlow's `setup` implements it.
  start: raise({ type: event }, { delay: delay as never, id: delay }) as Action,
  stop: cancel(delay) as Action,
});
export const TIMERS = {
  melody: timer('melody.ended', 'melody'),
  digitWait: timer('digits.timeout', 'digitWait'),
  ring: timer('ring.timeout', 'ring'),
};

/**
 * The next ring of the same step: counted and timed in place. Cheaper per ring than re-entering
 * the state, which would cancel the timer that just fired and build the state's entry anew.
 */
export const NEXT_RING: Transition = { guard: 'ringTicks', actions: ['ringOnce', TIMERS.ring.start] };

/**
 * A step with a timer: `entry`, then the timer starts (last, so a delay read from the context
 * sees what `entry` set); `then` is taken when it fires (none: `on` handles the event); leaving the state stops it.
 */
export function timed(kind: keyof typeof TIMERS, entry: Action[], then: Transition[], on: Record<string, Transition[]> = {}): StateConfig {
  const t = TIMERS[kind];
  return { entry: [...entry, t.start], exit: [t.stop], on: then.length > 0 ? { ...on, [t.event]: then } : on };
}

/**
 * At the end of a melody that takes keys, the entry typed during it (guard `typedAhead`) is
 * raised as `call.digits` and read by the digit wait that follows as if keyed the moment it began.
 */
export const replayTyped = raise(({ context }) => ({ type: 'call.digits', digits: (context as CallContext).playing?.typed ?? null }) as { type: string }) as Action;
