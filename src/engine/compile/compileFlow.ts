import { and, assign, setup } from 'xstate';
import type { AnyStateMachine } from 'xstate';
import { nodeKind, nodeTitle } from '../nodes/registry';
import type { FlowNode } from '../schema/flow';
import type { PhoneNumber } from '../schema/number';
import type { Project } from '../schema/project';
import { callActions } from './callActions';
import type { Update } from './callLog';
import { callGuards } from './guards';
import { ringActions } from './ringActions';
import { ANNOUNCEMENT, RING_MS } from './steps';
import { timed } from './timers';
import type { NodeCompiler } from './steps';
import type { Action, CallContext, CallInput, CallMachineEvent, CallOutput, Guard, StateConfig, Transition } from './types';
import { ENDED } from './types';
import { World } from './world';

/** A flow that cannot become a machine: no incoming node, or no such number. */
export class FlowCompileError extends Error {
  override readonly name = 'FlowCompileError';
  constructor(message: string, readonly numberId: string) {
    super(message);
  }
}

/** State keys the compiler adds beside the nodes'. A node id starting with "@" gets one more "@", so none can clash. */
const START = '@start';
const ANNOUNCE = '@announce';
const ENDED_KEY = '@ended';
const keyOf = (nodeId: string) => (nodeId.startsWith('@') ? `@${nodeId}` : nodeId);

function initialContext(input: CallInput, world: World): CallContext {
  return {
    call: {
      from: input.from,
      at: input.at,
      atMs: Date.parse(input.at),
      sipToExtension: input.sipToExtension ?? null,
      serviceAvailable: input.serviceAvailable ?? true,
      patienceMs: (input.patienceSeconds ?? 600) * 1_000,
    },
    startedAt: 0,
    crm: { recordId: null, responsibleId: null, looked: false },
    digitCursor: 0,
    lastRung: null,
    queueCursor: { ...world.workspace.usage.queueCursor },
    path: [],
    edges: [],
    events: [],
    outcome: null,
    endedAt: null,
    playing: null,
    awaiting: null,
    ringing: null,
    run: { seq: 0, retries: 0, hoursOpen: false, announced: false, queue: null, dialled: null, finalNode: null },
  };
}

/** What a call machine outputs: also usable on a snapshot that has not finished (then `abandoned` so far). */
export function callOutputOf(context: CallContext): CallOutput {
  return {
    outcome: context.outcome ?? { kind: 'abandoned' },
    path: context.path,
    edges: context.edges,
    events: context.events,
    durationSeconds: context.endedAt ?? 0,
    crmRecordId: context.crm.recordId,
    announced: context.run.announced,
    flowRan: context.crm.looked,
    queueCursor: context.queueCursor,
  };
}

/** Wraps every `Update` in `assign`, so the machine's actions are named context updates. */
function assignAll<T extends Record<string, Update<never>>>(updates: T) {
  return Object.fromEntries(Object.entries(updates).map(([k, f]) => [k, assign(f as never)])) as { [K in keyof T]: ReturnType<typeof assign> };
}

/**
 * `batch`: several named updates run in turn as one action. XState copies the context and
 * builds a whole snapshot for every `assign`; a node's entry (enterNode, then its own first
 * steps) is one of each this way.
 */
function batchOf(updates: Record<string, Update<never>>): Update<Action[]> {
  return (args, list) => {
    let context = args.context;
    for (const a of list) {
      const [type, params] = typeof a === 'string' ? [a, undefined] : typeof a === 'object' ? [a.type, a.params] : ['', undefined];
      const update = updates[type];
      if (update) context = { ...context, ...update({ ...args, context }, params as never) };
    }
    return context;
  };
}

/**
 * Compiles a number's inbound flow into an XState v5 machine: one state per flow node (state
 * key = node id) with sub-states for its steps, timers (delayed raises) for rings, melodies and
 * digit waits, and named guards, actions and delays. Start it with
 * `createActor(machine, { input: CallInput, clock })`. Throws FlowCompileError when the flow
 * has no incoming node. With several incoming nodes the first is used; a handle with two
 * edges uses the first.
 */
export function compileFlow(project: Project, numberId: string): AnyStateMachine {
  const number = project.numbers.find((n) => n.id === numberId);
  if (!number) throw new FlowCompileError(`There is no number with id "${numberId}".`, numberId);
  const entry = number.flow.nodes.find((n) => n.type === 'incoming');
  if (!entry) throw new FlowCompileError(`The flow of ${number.name || number.number} has no incoming node, so no call can enter it.`, numberId);
  const world = new World(project, number);
  const updates = { ...callActions(world), ...ringActions(world) } as Record<string, Update<never>>;
  const states = compileNodes(number, world);
  const start = states.targets.get(entry.id) ?? '';
  const startWith = (actions: Action[]): Transition[] => [{ guard: 'belowLoopLimit', target: start, actions }];

  const config = {
    id: 'call',
    context: ({ input }: { input: CallInput }) => initialContext(input, world),
    initial: START,
    after: { patience: [{ guard: 'patienceCounts', target: ENDED, actions: ['abandon'] }] },
    // N14. Eventless transitions of the live node come first, so this one acts once no edge may be followed.
    always: [{ guard: 'loopLimitReached', target: ENDED, actions: ['loopLimit'] }],
    on: { 'call.hangup': [{ guard: 'atFinalNode', target: ENDED, actions: ['endAtFinalNode'] }, { target: ENDED, actions: ['abandon'] }] },
    states: {
      [START]: {
        entry: ['startCall'],
        always: [
          { guard: 'numberDisconnected', target: ENDED, actions: [{ type: 'reject', params: { reason: 'disconnected' } }] },
          ...serviceDown(world),
          { guard: 'announces', target: ANNOUNCE, actions: ['lookupCaller'] },
          ...startWith(['lookupCaller']),
        ],
      },
      [ANNOUNCE]: {
        tags: ['playing'],
        ...timed('melody', ['markAnnounced', { type: 'startMelody', params: { nodeId: null, text: ANNOUNCEMENT.text, ms: ANNOUNCEMENT.ms } }], startWith([])),
      },
      ...states.configs,
      [ENDED_KEY]: { id: 'ended', type: 'final' },
    },
    output: ({ context }: { context: CallContext }) => callOutputOf(context),
  };

  return setup({
    types: {
      context: {} as CallContext,
      events: {} as CallMachineEvent,
      input: {} as CallInput,
      output: {} as CallOutput,
      tags: '' as 'playing' | 'awaitingDigits' | 'ringing' | 'onHold',
    },
    // The config is assembled from data, so the names are checked by tests rather than by types.
    actions: assignAll({ ...updates, batch: batchOf(updates) } as Record<string, Update<never>>) as never,
    guards: callGuards(world) as never,
    delays: {
      ring: RING_MS,
      melody: ({ context }: { context: CallContext }) => context.playing?.ms ?? 0,
      digitWait: ({ context }: { context: CallContext }) => context.awaiting?.ms ?? 0,
      patience: ({ context }: { context: CallContext }) => context.call.patienceMs,
    },
  }).createMachine(config as never) as unknown as AnyStateMachine;
}

/** B2: the backup number of the number, else the workspace's; with neither, rejected. */
function serviceDown(world: World): Transition[] {
  const backup = world.settings.backupNumber ?? world.workspace.defaultBackupNumber;
  return [{
    guard: 'serviceDown',
    target: ENDED,
    actions: [backup ? { type: 'backup', params: { number: backup } } : { type: 'reject', params: { reason: 'unavailable' } }],
  }];
}

/** The node's name in the call log, as the canvas shows it. */
const titleOf = (node: FlowNode) => nodeTitle(node);

/** N14's guard alone, or with the edge's own: one `and` per distinct guard (by name, or by object: guards are shared objects), shared by every machine. */
const loopGuardsByName = new Map<string, Guard>();
const loopGuardsByObject = new WeakMap<object, Guard>();
function belowLoopLimit(guard: Guard | undefined): Guard {
  if (!guard) return 'belowLoopLimit';
  let g = typeof guard === 'string' ? loopGuardsByName.get(guard) : loopGuardsByObject.get(guard);
  if (!g) {
    g = and([guard as never, 'belowLoopLimit']);
    if (typeof guard === 'string') loopGuardsByName.set(guard, g);
    else loopGuardsByObject.set(guard, g);
  }
  return g;
}

/**
 * A node's way out by its handles. Every edge carries N14's guard: once the 1,000th node has
 * been entered no edge is followed any more, and the root's eventless transition drops the call there.
 */
class Compiler implements NodeCompiler {
  constructor(readonly nodeId: string, readonly title: string, readonly world: World, private readonly flow: FlowIndex) {}

  goto(handle: string, opts: { guard?: Guard; actions?: Action[] } = {}): Transition[] {
    const edge = this.flow.edges.get(`${this.nodeId}\u0000${handle}`);
    const to = edge?.target;
    const target = to === undefined ? undefined : this.flow.targets.get(to);
    const guard = belowLoopLimit(opts.guard);
    if (target === undefined || !edge) {
      // N12: a handle with no edge (or an edge to a missing node) drops the call, behind N14's guard like any edge.
      return [{ guard, target: ENDED, actions: [...(opts.actions ?? []), { type: 'drop', params: { nodeId: this.nodeId, handle, title: this.title } }] }];
    }
    // The edge taken is recorded (`via`), with the transition's own updates as one batched update.
    const actions = withVia(opts.actions ?? [], edge.id);
    // reenter: an edge back into the same node (a menu's "repeat") enters it anew; other edges leave it anyway.
    return [to === this.nodeId ? { guard, target, actions, reenter: true } : { guard, target, actions }];
  }
}

interface FlowIndex {
  /** Node id → `#stateId`. */
  targets: Map<string, string>;
  /** `source\0handle` → the edge: its id and target node id. */
  edges: Map<string, { id: string; target: string }>;
}

/**
 * A transition's actions with `via` (the edge taken) added. Updates alone become one `batch`,
 * one context copy; a timer among them keeps them apart.
 */
function withVia(actions: Action[], edgeId: string): Action[] {
  const via: Action = { type: 'via', params: edgeId };
  if (actions.length === 0) return [via];
  return actions.every((a) => typeof a !== 'function') ? [{ type: 'batch', params: [...actions, via] }] : [...actions, via];
}

function compileNodes(number: PhoneNumber, world: World) {
  const flow: FlowIndex = { targets: new Map(), edges: new Map() };
  const nodes: FlowNode[] = [];
  number.flow.nodes.forEach((n, i) => {
    if (flow.targets.has(n.id)) return;
    flow.targets.set(n.id, `#n${i}`);
    nodes.push(n);
  });
  // The first edge of each handle wins; edges from or to a missing node are ignored.
  for (const e of number.flow.edges) {
    const key = `${e.source}\u0000${e.sourceHandle}`;
    if (!flow.edges.has(key) && flow.targets.has(e.source)) flow.edges.set(key, { id: e.id, target: e.target });
  }
  const configs: Record<string, StateConfig> = {};
  for (const node of nodes) {
    const kind = nodeKind(node.type);
    if (!kind) continue;
    const nodeId = node.id;
    const title = titleOf(node);
    const piece = kind.compile(node.data as never, new Compiler(nodeId, title, world, flow));
    const enter: Action = { type: 'enterNode', params: { nodeId, title } };
    piece.id = (flow.targets.get(nodeId) ?? '').slice(1);
    // enterNode and the named updates after it as one `batch` (timers are not updates, and stay apart).
    const entry = piece.entry ?? [];
    let updates = 0;
    while (updates < entry.length && typeof entry[updates] !== 'function') updates++;
    piece.entry = updates === 0 ? [enter, ...entry] : [{ type: 'batch', params: [enter, ...entry.slice(0, updates)] }, ...entry.slice(updates)];
    configs[keyOf(nodeId)] = piece;
  }
  return { targets: flow.targets, configs };
}
