import { MAX_NODE_ENTRIES } from './callActions';
import type { CallContext, MachineEvent } from './types';
import type { World } from './world';

interface GuardArgs {
  context: CallContext;
  event: MachineEvent;
}

type Check<P = undefined> = (args: GuardArgs, params: P) => boolean;

const digitsOf = (e: MachineEvent) => (e.type === 'call.digits' ? e.digits ?? '' : '');
const SIP_KINDS = new Set(['sip_office', 'sip_cloud']);

/** The named guards of a compiled call machine. */
export function callGuards(world: World) {
  const isRingingParty: Check = ({ context, event }) => {
    const key = 'party' in event ? event.party : undefined;
    const r = context.ringing;
    return r !== null && (key === undefined || r.parties.some((p) => p.key === key));
  };
  const ringsLeft: Check = ({ context }) => context.ringing !== null && context.ringing.ring < context.ringing.rings;
  /** A party of the ring step says busy or no, or (checked after `ringTicks`) the last ring ran out. */
  const ringGivesUp: Check = (args) => {
    const t = args.event.type;
    return t === 'ring.timeout' ? args.context.ringing !== null : (t === 'ring.busy' || t === 'ring.noAnswer') && isRingingParty(args, undefined);
  };
  const moreMembers: Check = ({ context }) => context.run.queue !== null && context.run.queue.index + 1 < context.run.queue.members.length;
  return {
    /** N14: fewer than 1,000 node entries so far, so an edge may be followed. */
    belowLoopLimit: (({ context }) => context.path.length < MAX_NODE_ENTRIES) as Check,
    loopLimitReached: (({ context }) => context.path.length >= MAX_NODE_ENTRIES && context.outcome === null) as Check,
    patienceCounts: (({ context }) => context.run.finalNode === null && context.outcome === null) as Check,
    atFinalNode: (({ context }) => context.run.finalNode !== null) as Check,
    numberDisconnected: (() => world.number.status === 'disconnected') as Check,
    serviceDown: (({ context }) => !context.call.serviceAvailable) as Check,
    announces: (() => world.settings.recording.announce) as Check,
    hoursOpen: (({ context }) => context.run.hoursOpen) as Check,
    sipToMismatch: (({ context }) => !(SIP_KINDS.has(world.number.kind) && world.employeeWithExtension(context.call.sipToExtension ?? ''))) as Check,
    callerUnknown: (({ context }) => !world.employee(context.crm.responsibleId)) as Check,
    ringNotReady: (({ context }) => context.ringing === null) as Check,
    answeredByRingingParty: ((args) => args.event.type === 'ring.answered' && isRingingParty(args, undefined)) as Check,
    ringsLeft,
    /** A ring ran out and another is due. */
    ringTicks: ((args) => args.event.type === 'ring.timeout' && ringsLeft(args, undefined)) as Check,
    ringGivesUp,
    /** Q2/Q3: the member gives up and another member is next. */
    passesToNextMember: ((args) => ringGivesUp(args, undefined) && moreMembers(args, undefined)) as Check,
    /** Q4: one of several ringing parties says busy or no. */
    othersGiveUp: ((args) => args.event.type !== 'ring.timeout' && ringGivesUp(args, undefined) && (args.context.ringing?.parties.length ?? 0) > 1) as Check,
    isRingingParty,
    emptyDigits: (({ event }) => digitsOf(event) === '') as Check,
    typedAhead: (({ context }) => !!context.playing?.typed) as Check,
    /** Keys typed during a melody that takes them, the first entry only. */
    canTypeAhead: (({ context, event }) => digitsOf(event) !== '' && context.playing !== null && context.playing.acceptsDigits && context.playing.typed === null) as Check,
    digitsAre: (({ event }, p) => digitsOf(event) === p.digits) as Check<{ digits: string }>,
    dialsEmployee: (({ event }) => !!world.employeeWithExtension(digitsOf(event))) as Check,
    dialsQueue: (({ event }) => !!world.queueWithExtension(digitsOf(event))) as Check,
    retriesLeft: (({ context, event }, p) => context.run.retries < p.max && (!p.keyed || digitsOf(event) !== '')) as Check<{ max: number; keyed?: boolean }>,
    /** An entry that is not empty: keying nothing is no event, the wait runs out (advance the clock). */
    keyedSomething: (({ event }) => digitsOf(event) !== '') as Check,
    queueEmpty: (({ context }) => context.run.queue === null) as Check,
    queueRingsAll: (({ context }) => world.queue(context.run.queue?.queueId)?.distribution === 'all') as Check,
    moreMembers,
  };
}
