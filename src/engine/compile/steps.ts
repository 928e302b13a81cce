import type { Melody } from '../schema/common';
import { RING_SECONDS } from '../schema/common';
import { staticQueue, staticTarget } from './ringActions';
import type { QueueTarget, RingTarget } from './ringActions';
import { NEXT_RING, replayTyped, timed, TIMERS } from './timers';
import type { Action, Guard, StateConfig, Transition } from './types';
import { ENDED } from './types';
import { melodyText } from './world';
import type { World } from './world';

/** What a node kind's compile piece gets: its node, a way to follow its handles, and the workspace. */
export interface NodeCompiler {
  nodeId: string;
  /** The node's label, else its kind's title. */
  title: string;
  world: World;
  /** Transitions that leave this node by `handle`: to the node its edge leads to, or `dropped` (N12). */
  goto(handle: string, opts?: { guard?: Guard; actions?: Action[] }): Transition[];
}

/** How a step goes on when nobody answers: usually `c.goto('noAnswer', …)`. */
export type OnNoAnswer = (opts: { guard?: Guard; actions: Action[] }) => Transition[];

export const RING_MS = RING_SECONDS * 1_000;
/** B3: "this call will be recorded" is 3 s long. */
export const ANNOUNCEMENT = { text: 'This call will be recorded', ms: 3_000 } as const;
/** N4/N5: an extension dialled in a greeting or menu rings 4 times. */
export const EXTENSION_RINGS = 4;

/** What a digit wait does with an entry or its end: shared objects, the wait's node is in `awaiting`. */
export const DIGITS = {
  take: { type: 'takeDigits' },
  dial: { type: 'takeDigits', params: { dial: true } },
  unknown: { type: 'takeDigits', params: { unknown: true } },
  invalid: { type: 'takeDigits', params: { invalid: true } },
  invalidRetry: { type: 'takeDigits', params: { invalid: true, retry: true } },
  none: { type: 'noDigits' },
  noneRetry: { type: 'noDigits', params: { retry: true } },
} as const satisfies Record<string, Action>;

const digitGuards = new Map<string, Guard>();
/** The guard "the caller keyed `digits`", one object per digit string. */
export function digitsAre(digits: string): Guard {
  let g = digitGuards.get(digits);
  if (!g) digitGuards.set(digits, (g = { type: 'digitsAre', params: { digits } }));
  return g;
}

/**
 * A melody playing (tag `playing`), then `next`. With `typeAhead` (a greeting with extensions,
 * a menu prompt; `next` is then the digit wait) the caller's keys count during it: the first
 * entry is kept and read when the melody ends.
 */
export function melodyState(c: Pick<NodeCompiler, 'nodeId'>, melody: Melody, next: Transition[] | string, typeAhead = false): StateConfig {
  const start: Action = { type: 'startMelody', params: { nodeId: c.nodeId, text: melodyText(melody), ms: melody.seconds * 1_000, ...(typeAhead ? { acceptsDigits: true } : {}) } };
  const then = typeof next !== 'string' ? next : typeAhead ? [{ guard: 'typedAhead', target: next, actions: [replayTyped] }, { target: next }] : [{ target: next }];
  return { tags: ['playing'], ...timed('melody', [start], then, typeAhead ? { 'call.digits': [TYPE_AHEAD] } : {}) };
}

const TYPE_AHEAD: Transition = { guard: 'canTypeAhead', actions: ['keepTyped'] };

/**
 * Waiting for the caller's next `digits` entry (tag `awaitingDigits`). `onDigits` comes first
 * (menu options); with `extensions`, an employee's or queue's extension goes to the sibling
 * `extension` or `queue` state; anything else takes `onOther`, whose guards must refuse an
 * empty entry (`keyedSomething`): keying nothing is no event, the wait runs out, and
 * `can()` is false for it. No transition of its own for that keeps big flows quick to compile.
 */
export function digitWait(
  c: NodeCompiler,
  opts: { seconds: number; options: string[]; extensions: boolean },
  on: { timeout: Transition[]; digits?: Transition[]; other: Transition[] },
): StateConfig {
  return {
    tags: ['awaitingDigits'],
    ...timed('digitWait', [{ type: 'startDigitWait', params: { nodeId: c.nodeId, ms: opts.seconds * 1_000, options: opts.options, extensions: opts.extensions } }], on.timeout, {
      'call.digits': [
        ...(on.digits ?? []),
        ...(opts.extensions && c.world.hasEmployeeExtensions() ? [{ guard: 'dialsEmployee', target: 'extension', actions: [DIGITS.dial] }] : []),
        ...(opts.extensions && c.world.hasQueueExtensions() ? [{ guard: 'dialsQueue', target: 'queue', actions: [DIGITS.dial] }] : []),
        ...on.other,
      ],
    }),
  };
}

const answered: Transition = { guard: 'answeredByRingingParty', target: ENDED, actions: ['connect'] };

/**
 * Every way a ring ends comes as a `ring.*` event (wildcard): `ring.answered`, the ring timer,
 * `ring.busy`, `ring.noAnswer`. One list of transitions for all four keeps big flows quick to
 * compile; the answer comes first, then `ringTicks` (another ring is due), then `ringGivesUp`.
 */
const RING_EVENTS = 'ring.*';

/** A ring step's rings; `entry` comes before the ring timer starts, and counts the first ring. */
const ringing = (onNoAnswer: OnNoAnswer, entry: Action[] = []): StateConfig => ({
  tags: ['ringing'],
  ...timed('ring', entry, [], {
    [RING_EVENTS]: [answered, NEXT_RING, ...onNoAnswer({ guard: 'ringGivesUp', actions: ['ringEnd'] })],
  }),
});

/** Nobody to ring, known at compile time: say why and go on at once. */
const nobody = (c: NodeCompiler, reasons: { type: string; text: string }[], onNoAnswer: OnNoAnswer): StateConfig => ({
  entry: reasons.map((r) => ({ type: 'note', params: { type: r.type, nodeId: c.nodeId, text: r.text } })),
  always: onNoAnswer({ actions: [] }),
});

/**
 * One ring step (B5), `ringing` for `rings` × 5 s. A party the call cannot change (a named
 * employee, mobile or number) is resolved now, B6 included; otherwise the step's entry resolves
 * it when the call arrives, and the node's own `route` transitions (crmOwner's `unknown`,
 * sipTo's `noMatch`) come before "nobody to ring". Fewer states and transitions keep big flows
 * quick to compile.
 */
export function ringState(c: NodeCompiler, target: RingTarget, rings: number, onNoAnswer: OnNoAnswer, route: Transition[] = []): StateConfig {
  const fixed = route.length === 0 ? staticTarget(c.world, target) : undefined;
  if (fixed && 'reason' in fixed) return nobody(c, [{ type: fixed.type, text: fixed.reason }], onNoAnswer);
  // The step's own state rings, with no sub-state: XState enters and leaves a nested state at a cost on every event.
  if (fixed) return ringing(onNoAnswer, [{ type: 'startRing', params: { nodeId: c.nodeId, party: fixed.party, rings, lastRung: fixed.lastRung } }, 'ringOnce']);
  // The party is resolved on entry. When nobody can be rung the entry rings no one and the
  // eventless transitions leave at once (the timer started is cancelled on the way out); while
  // someone rings, none of them holds.
  return {
    ...ringing(onNoAnswer, [{ type: 'prepareRing', params: { nodeId: c.nodeId, target, rings } }, 'ringOnce']),
    always: [...route, ...onNoAnswer({ guard: 'ringNotReady', actions: [] })],
  };
}

/**
 * Q2/Q3: the member gives up and the next one is offered the call, in place: the ring timer
 * restarts and the first ring is counted, as re-entering the state would, without leaving it.
 */
const NEXT_MEMBER: Transition = {
  guard: 'passesToNextMember',
  actions: [TIMERS.ring.stop, { type: 'batch', params: [{ type: 'ringEnd', params: { then: 'next' } }, 'ringOnce'] }, TIMERS.ring.start],
};

/** Q2/Q3: members one at a time; a busy or silent one passes the call to the next. */
function memberState(onNoAnswer: OnNoAnswer, entry: Action[] = []): StateConfig {
  return {
    tags: ['ringing', 'onHold'],
    ...timed('ring', [...entry, 'ringOnce'], [], {
      [RING_EVENTS]: [
        answered,
        NEXT_RING,
        NEXT_MEMBER,
        ...onNoAnswer({ guard: 'ringGivesUp', actions: [{ type: 'ringEnd', params: { then: 'leave' } }] }),
      ],
    }),
  };
}

/** Q4: every member at once; one giving up leaves the others ringing. */
function allState(onNoAnswer: OnNoAnswer, entry: Action[] = []): StateConfig {
  return {
    tags: ['ringing', 'onHold'],
    ...timed('ring', [...entry, 'ringOnce'], [], {
      [RING_EVENTS]: [
        answered,
        NEXT_RING,
        { guard: 'othersGiveUp', actions: ['dropParty'] },
        ...onNoAnswer({ guard: 'ringGivesUp', actions: [{ type: 'ringEnd', params: { then: 'leave' } }] }),
      ],
    }),
  };
}

/**
 * A queue (Q1–Q5), playing hold music while it rings (tag `onHold`): `member` rings members
 * one at a time (in order or evenly), `all` together. A queue node's queue is known at compile
 * time, so it gets only the state its distribution uses; a queue dialled by extension gets
 * `prep` and whichever states the workspace's queues with extensions need (`ways`).
 */
export function queueState(c: NodeCompiler, target: QueueTarget, onNoAnswer: OnNoAnswer, ways: { oneByOne: boolean; all: boolean }): StateConfig {
  const prepare: Action = { type: 'prepareQueue', params: { nodeId: c.nodeId, queue: target } };
  if (target.kind === 'fixed') {
    const fixed = staticQueue(c.world, target.queueId);
    if (fixed.members === 0) return nobody(c, fixed.reasons, onNoAnswer);
    return ways.all ? allState(onNoAnswer, [prepare, 'offerAll']) : memberState(onNoAnswer, [prepare, 'offerMember']);
  }
  return {
    initial: 'prep',
    states: {
      prep: {
        entry: [prepare],
        always: [
          ...onNoAnswer({ guard: 'queueEmpty', actions: [] }),
          ...(ways.all ? [{ ...(ways.oneByOne ? { guard: 'queueRingsAll' } : {}), target: 'all', actions: ['offerAll'] }] : []),
          ...(ways.oneByOne ? [{ target: 'member', actions: ['offerMember'] }] : []),
        ],
      },
      ...(ways.oneByOne ? { member: memberState(onNoAnswer) } : {}),
      ...(ways.all ? { all: allState(onNoAnswer) } : {}),
    },
  };
}

/**
 * The `extension` and `queue` states a greeting or menu rings when the caller dials an
 * extension (N4, N5); each only when the workspace has such extensions.
 */
export function dialledStates(c: NodeCompiler): Record<string, StateConfig> {
  const noAnswer: OnNoAnswer = (o) => c.goto('extensionNoAnswer', o);
  const ways = c.world.dialledQueueWays();
  return {
    ...(c.world.hasEmployeeExtensions() ? { extension: ringState(c, { kind: 'dialled' }, EXTENSION_RINGS, noAnswer) } : {}),
    ...(ways.oneByOne || ways.all ? { queue: queueState(c, { kind: 'dialled' }, noAnswer, ways) } : {}),
  };
}
