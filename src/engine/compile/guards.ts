import { MAX_NODE_ENTRIES } from './callActions';
import type { CallContext, CallMachineEvent } from './types';
import type { World } from './world';

interface GuardArgs {
  context: CallContext;
  event: CallMachineEvent;
}

type Check<P = undefined> = (args: GuardArgs, params: P) => boolean;

const digitsOf = (e: CallMachineEvent) => (e.type === 'call.digits' ? e.digits ?? '' : '');
const SIP_KINDS = new Set(['sip_office', 'sip_cloud']);

/** The named guards of a compiled call machine. */
export function callGuards(world: World) {
  const isRingingParty: Check = ({ context, event }) => {
    const key = 'party' in event ? event.party : undefined;
    const r = context.ringing;
    return r !== null && (key === undefined || r.parties.some((p) => p.key === key));
  };
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
    ringReady: (({ context }) => context.ringing !== null) as Check,
    ringsLeft: (({ context }) => context.ringing !== null && context.ringing.ring < context.ringing.rings) as Check,
    isRingingParty,
    /** A queue ringing `all` has others ringing besides the one who gives up. */
    othersRinging: ((args) => isRingingParty(args, undefined) && (args.context.ringing?.parties.length ?? 0) > 1) as Check,
    emptyDigits: (({ event }) => digitsOf(event) === '') as Check,
    digitsAre: (({ event }, p) => digitsOf(event) === p.digits) as Check<{ digits: string }>,
    dialsEmployee: (({ event }) => !!world.employeeWithExtension(digitsOf(event))) as Check,
    dialsQueue: (({ event }) => !!world.queueWithExtension(digitsOf(event))) as Check,
    retriesLeft: (({ context }, p) => context.run.retries < p.max) as Check<{ max: number }>,
    queueEmpty: (({ context }) => context.run.queue === null) as Check,
    queueRingsAll: (({ context }) => world.queue(context.run.queue?.queueId)?.distribution === 'all') as Check,
    moreMembers: (({ context }) => context.run.queue !== null && context.run.queue.index + 1 < context.run.queue.members.length) as Check,
  };
}
