import fc from 'fast-check';
import { IVR_DIGITS, nodeKind } from '../../src/engine';
import type { Project } from '../../src/engine';
import type { EdgeSpec, NodeSpec } from './factories';
import { makeFlow, makeProject } from './factories';

/** A small deterministic PRNG (mulberry32), so a seed always gives the same flow. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EMPLOYEES = ['anna', 'binh', 'chi'];

/**
 * A realistic n-node hotline flow, the same for the same (n, seed): inbound → working hours →
 * greeting with extensions → nested voice menus whose options lead to departments (a queue, an
 * employee then their mobile, an external number) that end in voicemail or hang-up; closed
 * hours go to voicemail. Every handle is connected. For benchmarks and property tests.
 */
export function generateFlow(n: number, seed = 1) {
  const rnd = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const nodes: NodeSpec[] = [];
  const edges: EdgeSpec[] = [];
  let count = 0;
  const add = (type: string, data: Record<string, unknown> = {}) => {
    const id = `${type}${++count}`;
    nodes.push({ id, type, data: { label: `${type} ${count}`, ...data } });
    return id;
  };
  const link = (from: string, handle: string, to: string) => edges.push([from, handle, to]);

  const start = add('incoming');
  const hours = add('hours');
  const closed = add('voicemail', { mailbox: null, greeting: { kind: 'tts', text: 'We are closed.', seconds: 4 } });
  const welcome = add('play', { melody: { kind: 'tts', text: 'Welcome', seconds: 5 }, allowExtensions: true, digitWaitSeconds: 3 });
  const general = add('voicemail', { mailbox: 'lastRung' });
  link(start, 'next', hours);
  link(hours, 'open', welcome);
  link(hours, 'closed', closed);
  link(welcome, 'extensionNoAnswer', general);

  /** A department of exactly `size` nodes: someone is rung, then their mobile or an external number, then voicemail or hang-up. */
  const department = (size: number): string => {
    const end = rnd() < 0.7 ? add('voicemail', { mailbox: 'lastRung' }) : add('hangup', { message: { kind: 'tts', text: 'Goodbye', seconds: 2 } });
    let head = end;
    for (let k = size - 1; k > 0; k--) {
      const kind = k === 1 ? pick(['queue', 'employee', 'forward'] as const) : k === 2 ? 'mobile' : 'forward';
      const id = kind === 'queue' ? add('queue', { queueId: 'sales' })
        : kind === 'employee' ? add('employee', { employeeId: pick(EMPLOYEES), rings: 2 + Math.floor(rnd() * 4) })
          : kind === 'mobile' ? add('mobile', { target: 'lastRung', rings: 4 })
            : add('forward', { number: `+1415555${String(1000 + count).slice(-4)}`, rings: 3 });
      link(id, 'noAnswer', head);
      head = id;
    }
    return head;
  };

  // Menus breadth first until the node budget is spent; each has 2–5 options.
  const menus: { id: string; digits: string[] }[] = [];
  const newMenu = () => {
    const digits = IVR_DIGITS.slice(0, 2 + Math.floor(rnd() * 4));
    const id = add('ivr', {
      prompt: { kind: 'tts', text: 'Choose', seconds: 4 },
      options: digits.map((digit) => ({ digit, label: `Option ${digit}` })),
      timeoutSeconds: 5,
      maxRetries: 1,
    });
    menus.push({ id, digits: [...digits] });
    return id;
  };
  link(welcome, 'next', newMenu());
  for (let i = 0; i < menus.length; i++) {
    const menu = menus[i] as { id: string; digits: string[] };
    link(menu.id, 'timeout', general);
    menu.digits.forEach((digit, k) => {
      const room = n - count;
      const lastChance = i === menus.length - 1 && k === menu.digits.length - 1;
      if (room <= 0) link(menu.id, digit, general);
      else if (room >= 10 && (rnd() < 0.35 || lastChance)) link(menu.id, digit, newMenu());
      else link(menu.id, digit, department(lastChance ? room : Math.min(room, 1 + Math.floor(rnd() * 4))));
    });
  }
  return makeFlow(nodes, edges);
}

/** A project whose number `n1` has generateFlow(n, seed). */
export function generatedProject(n: number, seed = 1): Project {
  return makeProject({ flow: generateFlow(n, seed) });
}

const melodyArb = fc.record({ kind: fc.constant('tts'), text: fc.constantFrom('Hello', 'Welcome', 'Press 1'), seconds: fc.integer({ min: 0, max: 20 }) });
const employeeRef = fc.constantFrom('anna', 'binh', 'chi', 'ghost');

/** Any kind of node but incoming, with data a user could set (references may dangle). */
const nodeArb = fc.oneof(
  fc.record({ type: fc.constant('sipTo'), data: fc.record({ rings: fc.integer({ min: 1, max: 5 }) }) }),
  fc.record({ type: fc.constant('hours'), data: fc.constant({}) }),
  fc.record({ type: fc.constant('play'), data: fc.record({ melody: melodyArb, allowExtensions: fc.boolean(), digitWaitSeconds: fc.integer({ min: 0, max: 10 }) }) }),
  fc.record({
    type: fc.constant('ivr'),
    data: fc.record({
      prompt: melodyArb,
      options: fc.uniqueArray(fc.constantFrom(...IVR_DIGITS), { maxLength: 4 }).map((ds) => ds.map((digit) => ({ digit, label: '' }))),
      allowExtensions: fc.boolean(),
      timeoutSeconds: fc.integer({ min: 0, max: 15 }),
      maxRetries: fc.integer({ min: 0, max: 3 }),
    }),
  }),
  fc.record({ type: fc.constant('crmOwner'), data: fc.record({ rings: fc.integer({ min: 1, max: 5 }) }) }),
  fc.record({ type: fc.constant('queue'), data: fc.record({ queueId: fc.constantFrom('sales', 'all', 'evenly', 'ghost', null) }) }),
  fc.record({ type: fc.constant('employee'), data: fc.record({ employeeId: fc.option(employeeRef), rings: fc.integer({ min: 1, max: 5 }) }) }),
  fc.record({ type: fc.constant('mobile'), data: fc.record({ target: fc.constantFrom('lastRung', 'anna', 'chi', 'ghost'), rings: fc.integer({ min: 1, max: 5 }) }) }),
  fc.record({ type: fc.constant('forward'), data: fc.record({ number: fc.constantFrom('+14155550123', ''), rings: fc.integer({ min: 1, max: 5 }) }) }),
  fc.record({ type: fc.constant('voicemail'), data: fc.record({ mailbox: fc.constantFrom('lastRung', 'anna', null), greeting: fc.option(melodyArb, { nil: undefined }) }) }),
  fc.record({ type: fc.constant('hangup'), data: fc.record({ message: fc.option(melodyArb, { nil: undefined }) }) }),
);

/**
 * Arbitrary flows for property tests: an incoming node then up to 10 others; each output handle
 * has an edge to any node (loops included), to a node that does not exist, or none.
 */
export const arbitraryFlow = fc.array(nodeArb, { maxLength: 10 }).chain((kinds) => {
  const nodes: NodeSpec[] = [{ id: 'in', type: 'incoming' }, ...kinds.map((k, i) => ({ id: `n${i}`, type: k.type, data: k.data as Record<string, unknown> }))];
  const handles = nodes.flatMap((n) => {
    const def = nodeKind(n.type);
    return def ? def.handles(def.data.parse(n.data ?? {}) as never).map((h) => [n.id, h.id] as const) : [];
  });
  const targets = [...nodes.map((n) => n.id), 'missing'];
  return fc.tuple(...handles.map(() => fc.option(fc.constantFrom(...targets), { freq: 4 })))
    .map((picked) => makeFlow(nodes, handles.flatMap(([source, handle], i) => (picked[i] ? [[source, handle, picked[i]] as EdgeSpec] : []))));
});

const answerArb = fc.oneof(fc.constantFrom('answer', 'noAnswer', 'busy'), fc.array(fc.constantFrom('answer', 'noAnswer', 'busy'), { maxLength: 4 }));

/** Arbitrary calls to n1. */
export const arbitraryScenario = fc.record({
  numberId: fc.constant('n1'),
  from: fc.constantFrom('+84909000000', '+14155550100', '+14155550199'),
  at: fc.constantFrom('2026-11-26T03:00:00Z', '2026-11-26T12:00:00Z', '2026-01-01T03:00:00Z'),
  sipToExtension: fc.constantFrom(null, '101', '103', '500', '999'),
  serviceAvailable: fc.constantFrom(true, true, true, false),
  digits: fc.array(fc.constantFrom(null, '1', '2', '#', '101', '103', '500', '999'), { maxLength: 6 }),
  answers: fc.dictionary(fc.constantFrom('anna', 'binh', 'chi', '+84901000101', '+14155550123'), answerArb, { maxKeys: 4 }),
  rating: fc.option(fc.integer({ min: 1, max: 5 })),
  patienceSeconds: fc.integer({ min: 0, max: 900 }),
});

/** Arbitrary project settings around an arbitrary flow. */
export const arbitraryProject = fc.record({
  flow: arbitraryFlow,
  kind: fc.constantFrom('rented', 'sip_office'),
  skip: fc.boolean(),
  announce: fc.boolean(),
  hours: fc.boolean(),
  status: fc.constantFrom('active', 'active', 'disconnect_pending', 'disconnected'),
}).map(({ flow, kind, skip, announce, hours, status }) => makeProject({
  flow,
  number: { kind, status, settings: { skipUnavailableUsers: skip, recording: { recordAll: true, announce }, hours: { enabled: hours }, callback: { attempts: 1 } } },
  workspace: {
    queues: [
      { id: 'sales', name: 'Sales', extension: '500', memberIds: ['anna', 'binh', 'chi'], distribution: 'in_order', rings: 2 },
      { id: 'all', name: 'All', memberIds: ['anna', 'chi', 'ghost'], distribution: 'all', rings: 2 },
      { id: 'evenly', name: 'Evenly', memberIds: ['binh', 'anna'], distribution: 'evenly', rings: 3 },
    ],
  },
}));
