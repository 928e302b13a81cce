import { hoursStatusAt } from '../hours';
import { clockNow, elapsed, ending, logged, seconds } from './callLog';
import type { Update } from './callLog';
import { employeeLabel } from './world';
import type { World } from './world';
import type { CallRun } from './types';

/** The runaway guard (N14): the 1,000th node entry of one call ends it. */
export const MAX_NODE_ENTRIES = 1_000;

/** Actions about the call as a whole: its start, nodes, melodies, digits and ends. */
export function callActions(world: World) {
  const mailboxText = (id: string | null) => {
    if (!id) return 'Voicemail (general mailbox)';
    const e = world.employee(id);
    return `Voicemail for ${e ? employeeLabel(e) : id}`;
  };

  const startCall: Update = ({ context, system }) => ({
    startedAt: clockNow(system),
    events: [{ t: 0, type: 'call.started', text: `Call from ${context.call.from}` }],
  });

  /** B4, once the call gets past B1 and B2. */
  const lookupCaller: Update = (args) => {
    const found = world.lookup(args.context.call.from);
    const record = world.workspace.crm.records.find((r) => r.id === found.recordId);
    const owner = world.employee(found.responsibleId);
    const text = record
      ? `Caller is ${record.name} (${record.kind})${owner ? `, responsible: ${owner.name}` : ''}`
      : 'Caller not found in the CRM';
    return { crm: { ...found, looked: true }, events: logged(args, { type: 'crm.lookup', text }) };
  };

  // Clearing `playing` and `awaiting` here and in the other step actions spares exit actions (a context copy each).
  const enterNode: Update<{ nodeId: string; title: string }> = (args, p) => ({
    path: [...args.context.path, p.nodeId],
    playing: null,
    awaiting: null,
    events: logged(args, { type: 'node.entered', nodeId: p.nodeId, text: p.title }),
  });

  const loopLimit: Update = (args) => ending(args, { kind: 'dropped', nodeId: args.context.path.at(-1) ?? '', handle: 'loop-limit' },
    `Dropped: ${MAX_NODE_ENTRIES.toLocaleString('en-US')} node entries, the flow loops without waiting`);

  const startMelody: Update<{ nodeId: string | null; text: string; ms: number; acceptsDigits?: boolean }> = (args, p) => ({
    playing: { nodeId: p.nodeId, text: p.text, ms: p.ms, since: elapsed(args), acceptsDigits: p.acceptsDigits ?? false, typed: null },
    events: logged(args, { type: 'melody.playing', text: `Playing ‘${p.text}’`, ...(p.nodeId ? { nodeId: p.nodeId } : {}) }),
  });

  const startDigitWait: Update<{ nodeId: string; ms: number; options: string[]; extensions: boolean }> = (args, p) => ({
    run: { ...args.context.run, seq: args.context.run.seq + 1 },
    playing: null,
    awaiting: { seq: args.context.run.seq + 1, nodeId: p.nodeId, ms: p.ms, since: elapsed(args), options: p.options, extensions: p.extensions },
    events: logged(args, { type: 'digits.waiting', nodeId: p.nodeId, text: `Waiting up to ${seconds(p.ms)} for digits` }),
  });

  const digitsOf = (args: Parameters<Update>[0]) => (args.event.type === 'call.digits' ? args.event.digits ?? '' : '');

  const dialled = (digits: string) => {
    const e = world.employeeWithExtension(digits);
    return e ? { employeeId: e.id, queueId: null } : { employeeId: null, queueId: world.queueWithExtension(digits)?.id ?? null };
  };

  /**
   * The caller keyed an entry. One action per transition, flags for what follows (fewer
   * context copies per call): `dial` an extension, an `invalid` menu entry, an `unknown`
   * extension, a menu `retry`. The wait's node is read from `awaiting`, which the wait's own
   * state set and this clears, so one shared action object serves every wait.
   */
  const takeDigits: Update<{ dial?: boolean; invalid?: boolean; unknown?: boolean; retry?: boolean } | undefined> = (args, p) => {
    const digits = digitsOf(args);
    const nodeId = args.context.awaiting?.nodeId ?? '';
    const lines = [{ type: 'digits.received', nodeId, text: `Caller keyed ${digits}` }];
    if (p?.invalid) lines.push({ type: 'digits.invalid', nodeId, text: `Invalid entry ${digits}` });
    if (p?.unknown) lines.push({ type: 'extension.unknown', nodeId, text: `Unknown extension ${digits}` });
    const to = p?.dial ? dialled(digits) : null;
    // Who the extension reaches, said as the unknown one is: a queue group's members are rung next, without its name.
    if (to) lines.push({ type: 'extension.dialled', nodeId, text: `Extension ${digits}: ${to.queueId ? `queue group ${world.queue(to.queueId)?.name ?? to.queueId}` : world.employee(to.employeeId)?.name ?? to.employeeId}` });
    return {
      digitCursor: args.context.digitCursor + 1,
      awaiting: null,
      events: logged(args, ...lines),
      ...(p?.retry || to ? { run: { ...args.context.run, ...(p?.retry ? { retries: args.context.run.retries + 1 } : {}), ...(to ? { dialled: to } : {}) } } : {}),
    };
  };

  const noDigits: Update<{ retry?: boolean } | undefined> = (args, p) => ({
    digitCursor: args.context.digitCursor + 1,
    awaiting: null,
    events: logged(args, { type: 'digits.none', nodeId: args.context.awaiting?.nodeId ?? '', text: 'Caller keyed nothing' }),
    ...(p?.retry ? { run: { ...args.context.run, retries: args.context.run.retries + 1 } } : {}),
  });

  const checkHours: Update<{ nodeId: string }> = (args, p) => {
    const at = args.context.call.atMs + elapsed(args) * 1000;
    const s = hoursStatusAt(world.settings.hours, at);
    const why = s.reason === 'disabled' ? 'working hours are off'
      : s.reason === 'holiday' ? 'a holiday'
        : s.reason === 'interval' ? (s.closesAt ? `closes at ${s.closesAt}` : 'open round the clock')
          : 'outside working hours';
    return { run: { ...args.context.run, hoursOpen: s.open }, events: logged(args, { type: 'hours.checked', nodeId: p.nodeId, text: `${s.open ? 'Open' : 'Closed'}: ${why}` }) };
  };

  const voicemail: Update<{ mailbox: string | null }> = (args, p) => {
    const id = p.mailbox === 'lastRung' ? args.context.lastRung : p.mailbox;
    return ending(args, { kind: 'voicemail', mailboxEmployeeId: id }, mailboxText(id));
  };

  return {
    startCall,
    lookupCaller,
    enterNode,
    /** The edge a transition takes, recorded for the canvas (see `edges`). */
    via: ((a, edgeId) => ({ edges: [...a.context.edges, edgeId] })) as Update<string>,
    loopLimit,
    startMelody,
    /** Keys typed during a melody that takes them: kept until it ends (N4, N5). */
    keepTyped: ((a) => (a.context.playing ? { playing: { ...a.context.playing, typed: digitsOf(a) } } : {})) as Update,
    markAnnounced: ((a) => ({ run: { ...a.context.run, announced: true } })) as Update,
    startDigitWait,
    takeDigits,
    noDigits,
    resetRetries: ((a) => ({ run: { ...a.context.run, retries: 0 } })) as Update,
    checkHours,
    reachFinalNode: ((a, p) => ({ run: { ...a.context.run, finalNode: p } })) as Update<NonNullable<CallRun['finalNode']>>,
    /** The caller hangs up in a voicemail or hangup node: the call ends as that node would. */
    endAtFinalNode: ((a) => (a.context.run.finalNode?.kind === 'voicemail' ? voicemail(a, { mailbox: a.context.run.finalNode.mailbox }) : ending(a, { kind: 'hangup' }, 'Hung up by the flow'))) as Update,
    note: ((a, p) => ({ events: logged(a, p) })) as Update<{ type: string; nodeId: string; text: string }>,
    voicemail,
    hangup: ((a) => ending(a, { kind: 'hangup' }, 'Hung up by the flow')) as Update,
    drop: ((a, p) => ending(a, { kind: 'dropped', nodeId: p.nodeId, handle: p.handle },
      `Dropped: ${p.title} has nothing connected to “${p.handle}”`)) as Update<{ nodeId: string; handle: string; title: string }>,
    abandon: ((a) => ending(a, { kind: 'abandoned' }, `Caller hung up after ${seconds(elapsed(a) * 1000)}`)) as Update,
    reject: ((a, p) => ending(a, { kind: 'rejected', reason: p.reason },
      p.reason === 'disconnected' ? 'Rejected: the number is disconnected' : 'Rejected: the service is down and there is no backup number')) as Update<{ reason: string }>,
    backup: ((a, p) => ending(a, { kind: 'backup', number: p.number }, `Service down: sent to the backup number ${p.number}`)) as Update<{ number: string }>,
  };
}
