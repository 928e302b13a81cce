import type { Outcome } from '../schema/scenario';
import { elapsed, ending, logged } from './callLog';
import type { Args, Update } from './callLog';
import type { CallContext, Party, QueueRun, Ringing } from './types';
import type { World } from './world';

/** Who a ring step rings, resolved against the call when the step starts. */
export type RingTarget =
  | { kind: 'employee'; employeeId: string | null }
  | { kind: 'sipTo' }
  | { kind: 'crmOwner' }
  | { kind: 'dialled' }
  | { kind: 'mobile'; target: string }
  | { kind: 'external'; number: string };

/** How a ring step ended without an answer: rings ran out, the party was busy, or the simulator said no answer. */
export type RingEnd = 'noAnswer' | 'busy' | 'declined';

/** Which queue a queue step rings: a fixed one, or the one whose extension the caller dialled. */
export type QueueTarget = { kind: 'fixed'; queueId: string | null } | { kind: 'dialled' };

const SIP_KINDS: ReadonlySet<string> = new Set(['sip_office', 'sip_cloud']);

/** A ring target resolved: the party to ring (and who becomes lastRung; undefined keeps it), or why nobody is rung. */
export type Resolved = { party: Party; lastRung: string | null | undefined } | { reason: string; type: string };

function employeeTarget(world: World, id: string | null | undefined, what: string): Resolved {
  const e = world.employee(id);
  if (!e) return { type: 'ring.missing', reason: id ? `Employee ${id} not found` : `No ${what} to ring` };
  const skip = world.skipReason(e);
  if (skip) return { type: 'ring.skipped', reason: `Skipped ${e.name}: ${skip}` };
  return { party: world.employeeParty(e), lastRung: e.id };
}

function mobileTarget(world: World, id: string | null | undefined): Resolved {
  const e = world.employee(id);
  if (!e) return { type: 'mobile.missing', reason: id ? `Employee ${id} not found: no mobile to ring` : 'Nobody was rung yet: no mobile to ring' };
  if (!e.mobile) return { type: 'mobile.missing', reason: `${e.name} has no mobile` };
  return { party: { key: e.mobile, kind: 'mobile', employeeId: e.id, number: e.mobile, label: `${e.name}’s mobile ${e.mobile}` }, lastRung: e.id };
}

/**
 * A target that does not depend on the call (a named employee, mobile or external number),
 * resolved at compile time: the workspace and B6 are fixed for a compiled machine. Undefined
 * for targets only the call can resolve.
 */
export function staticTarget(world: World, t: RingTarget): Resolved | undefined {
  switch (t.kind) {
    case 'employee': return employeeTarget(world, t.employeeId, 'employee chosen');
    case 'mobile': return t.target === 'lastRung' ? undefined : mobileTarget(world, t.target);
    case 'external':
      if (!t.number) return { type: 'forward.missing', reason: 'No external number set' };
      return { party: { key: t.number, kind: 'external', employeeId: null, number: t.number, label: t.number }, lastRung: undefined };
    default: return undefined;
  }
}

/** Q1 at compile time: the members of a queue node's queue that can be rung, or why there are none. */
export function staticQueue(world: World, queueId: string | null): { members: number; reasons: { type: string; text: string }[] } {
  const q = world.queue(queueId);
  if (!q) return { members: 0, reasons: [{ type: 'queue.missing', text: queueId ? `Queue ${queueId} not found` : 'No queue group chosen' }] };
  const reasons: { type: string; text: string }[] = [];
  let members = 0;
  for (const id of q.memberIds) {
    const r = employeeTarget(world, id, 'member');
    if ('reason' in r) reasons.push({ type: r.type, text: r.reason });
    else members++;
  }
  if (members === 0) reasons.push({ type: 'queue.empty', text: `Nobody in ${q.name} can take the call` });
  return { members, reasons };
}

const partyOf = (args: Args): Party | undefined => {
  const r = args.context.ringing;
  if (!r) return undefined;
  const key = 'party' in args.event ? args.event.party : undefined;
  return key === undefined ? r.parties[0] : r.parties.find((p) => p.key === key);
};

/** Actions of ring steps (B5, B6, N2, N6–N9) and queues (Q1–Q5). */
export function ringActions(world: World) {
  const resolve = (context: CallContext, t: RingTarget): Resolved => {
    switch (t.kind) {
      case 'sipTo': {
        const ext = context.call.sipToExtension;
        const e = world.employeeWithExtension(ext ?? '');
        if (!SIP_KINDS.has(world.number.kind)) return { type: 'sipTo.noMatch', reason: 'Not a SIP PBX connection: no To: header' };
        if (!ext) return { type: 'sipTo.noMatch', reason: 'No extension in the To: header' };
        if (!e) return { type: 'sipTo.noMatch', reason: `No employee has extension ${ext}` };
        return employeeTarget(world, e.id, 'extension');
      }
      case 'crmOwner': {
        if (!context.crm.recordId) return { type: 'crm.unknown', reason: 'Caller unknown to the CRM' };
        if (!world.employee(context.crm.responsibleId)) return { type: 'crm.unknown', reason: 'The caller’s CRM record has no responsible employee' };
        return employeeTarget(world, context.crm.responsibleId, 'responsible person');
      }
      case 'dialled': return employeeTarget(world, context.run.dialled?.employeeId, 'extension');
      case 'mobile': return mobileTarget(world, t.target === 'lastRung' ? context.lastRung : t.target);
      default: return staticTarget(world, t) ?? { type: 'ring.missing', reason: 'Nobody to ring' };
    }
  };

  /** A new ring step; `queue` also sets the queue in progress. */
  const step = (args: Args, nodeId: string, parties: Party[], rings: number, queueId: string | null, queue?: QueueRun | null): Pick<CallContext, 'run' | 'ringing'> => {
    const seq = args.context.run.seq + 1;
    const ringing: Ringing = { step: seq, nodeId, parties, ring: 0, rings, since: elapsed(args), queueId };
    return { run: { ...args.context.run, seq, ...(queue === undefined ? {} : { queue }) }, ringing };
  };

  const prepareRing: Update<{ nodeId: string; target: RingTarget; rings: number }> = (args, p) => {
    const r = resolve(args.context, p.target);
    if ('reason' in r) return { ringing: null, events: logged(args, { type: r.type, nodeId: p.nodeId, text: r.reason }) };
    return { ...step(args, p.nodeId, [r.party], p.rings, null), ...(r.lastRung === undefined ? {} : { lastRung: r.lastRung }) };
  };

  /** A ring step whose party was resolved at compile time. */
  const startRing: Update<{ nodeId: string; party: Party; rings: number; lastRung: string | null | undefined }> = (args, p) => ({
    ...step(args, p.nodeId, [p.party], p.rings, null),
    ...(p.lastRung === undefined ? {} : { lastRung: p.lastRung }),
  });

  const ringOnce: Update = (args) => {
    const r = args.context.ringing;
    if (!r) return {};
    const who = r.parties.map((x) => x.label).join(', ');
    return {
      ringing: { ...r, ring: r.ring + 1 },
      events: logged(args, { type: 'ring.ringing', nodeId: r.nodeId, text: `Ringing ${who}, ring ${r.ring + 1} of ${r.rings}` }),
    };
  };

  const END_TEXT: Record<RingEnd, [string, (who: string) => string]> = {
    noAnswer: ['ring.noAnswer', (who) => `No answer from ${who}`],
    busy: ['ring.busy', (who) => `${who} is busy`],
    declined: ['ring.noAnswer', (who) => `${who} did not answer`],
  };

  /**
   * A ring step ends unanswered, `how` as the event says (the last ring running out, a busy
   * party, a party saying no); in a queue, `then` the next member is offered the call, or the queue is left.
   */
  const ringEnd: Update<{ then?: 'next' | 'leave' } | undefined> = (args, p) => {
    const r = args.context.ringing;
    if (!r) return {};
    const how: RingEnd = args.event.type === 'ring.busy' ? 'busy' : args.event.type === 'ring.noAnswer' ? 'declined' : 'noAnswer';
    const [type, text] = END_TEXT[how];
    const who = partyOf(args)?.label ?? r.parties.map((x) => x.label).join(', ');
    const ended: Partial<CallContext> = { ringing: null, events: logged(args, { type, nodeId: r.nodeId, text: text(who) }) };
    if (p?.then === 'leave') return { ...ended, run: { ...args.context.run, queue: null } };
    const current = args.context.run.queue;
    if (p?.then !== 'next' || !current) return ended;
    const queue = { ...current, index: current.index + 1 };
    return { ...ended, ...offer({ ...args, context: { ...args.context, ...ended, run: { ...args.context.run, queue } } }, undefined) };
  };

  /** One of several parties of an `all` queue gives up; the others go on ringing. */
  const dropParty: Update = (args) => {
    const r = args.context.ringing;
    const party = partyOf(args);
    if (!r || !party) return {};
    const text = args.event.type === 'ring.busy' ? `${party.label} is busy` : `${party.label} did not answer`;
    return { ringing: { ...r, parties: r.parties.filter((x) => x !== party) }, events: logged(args, { type: args.event.type, nodeId: r.nodeId, text }) };
  };

  const connect: Update = (args) => {
    const party = partyOf(args);
    if (!party) return {};
    const nodeId = args.context.ringing?.nodeId;
    const outcome: Outcome = party.kind === 'employee' ? { kind: 'connected', employeeId: party.key }
      : party.kind === 'mobile' ? { kind: 'mobile', employeeId: party.employeeId ?? '', number: party.number ?? party.key }
        : { kind: 'forwarded', number: party.key };
    const text = party.kind === 'employee' ? `Connected to ${party.label}` : party.kind === 'mobile' ? `Connected to ${party.label}` : `Forwarded to ${party.label}`;
    return ending(args, outcome, text, [{ type: 'ring.answered', ...(nodeId ? { nodeId } : {}), text: `${party.label} answered` }]);
  };

  const prepareQueue: Update<{ nodeId: string; queue: QueueTarget }> = (args, p) => {
    const id = p.queue.kind === 'fixed' ? p.queue.queueId : args.context.run.dialled?.queueId;
    const q = world.queue(id);
    const setQueue = (queue: QueueRun | null) => ({ run: { ...args.context.run, queue } });
    if (!q) return { ...setQueue(null), events: logged(args, { type: 'queue.missing', nodeId: p.nodeId, text: id ? `Queue ${id} not found` : 'No queue group chosen' }) };
    let order = q.memberIds;
    const cursor = args.context.queueCursor[q.id];
    if (q.distribution === 'evenly' && cursor !== undefined) {
      const at = order.indexOf(cursor);
      if (at >= 0) order = [...order.slice(at + 1), ...order.slice(0, at + 1)];
    }
    const lines: { type: string; nodeId: string; text: string }[] = [];
    const members: string[] = [];
    for (const id of order) {
      const r = employeeTarget(world, id, 'member');
      if ('reason' in r) lines.push({ type: r.type, nodeId: p.nodeId, text: r.reason });
      else members.push(id);
    }
    if (members.length === 0) {
      lines.push({ type: 'queue.empty', nodeId: p.nodeId, text: `Nobody in ${q.name} can take the call` });
      return { ...setQueue(null), events: logged(args, ...lines) };
    }
    lines.push({ type: 'queue.hold', nodeId: p.nodeId, text: `On hold: ${world.describeHoldMusic()}` });
    return { ...setQueue({ nodeId: p.nodeId, queueId: q.id, members, index: 0 }), events: logged(args, ...lines) };
  };

  const member = (id: string | undefined): Party => {
    const e = world.employee(id);
    return e ? world.employeeParty(e) : { key: id ?? '', kind: 'employee', employeeId: id ?? null, number: null, label: id ?? '' };
  };

  /** Q2/Q3: the member at the queue's index is offered the call; `evenly` moves the cursor to them. */
  const offer: Update = (args) => {
    const run = args.context.run.queue;
    const q = world.queue(run?.queueId);
    if (!run || !q) return {};
    const id = run.members[run.index] ?? '';
    const cursor = q.distribution === 'evenly' ? { queueCursor: { ...args.context.queueCursor, [q.id]: id } } : {};
    return { ...step(args, run.nodeId, [member(id)], q.rings, q.id, run), lastRung: id, ...cursor };
  };

  const offerAll: Update = (args) => {
    const run = args.context.run.queue;
    const q = world.queue(run?.queueId);
    if (!run || !q) return {};
    return { ...step(args, run.nodeId, run.members.map(member), q.rings, q.id), lastRung: run.members[0] ?? null };
  };

  return {
    prepareRing,
    startRing,
    ringOnce,
    ringEnd,
    dropParty,
    connect,
    prepareQueue,
    offerMember: offer,
    offerAll,
  };
}
