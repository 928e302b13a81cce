import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CallClock, callOutputOf, compileFlow, finishCall, FlowCompileError, simulateCall } from '../../src/engine';
import type { CallContext, CallInput, Project } from '../../src/engine';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';
import { generatedProject } from '../helpers/generateFlow';

const tts = (text: string, seconds: number) => ({ kind: 'tts', text, seconds });

/** incoming → greeting (extensions) → menu (1: sales queue, 2: Binh) → voicemail. */
function hotline(): Project {
  return makeProject({
    flow: makeFlow(
      [
        { id: 'in', type: 'incoming' },
        { id: 'greet', type: 'play', data: { melody: tts('Welcome to Acme', 6), allowExtensions: true, digitWaitSeconds: 5 } },
        { id: 'menu', type: 'ivr', data: { prompt: tts('Press 1 for sales, 2 for Binh', 4), options: [{ digit: '1' }, { digit: '2' }], timeoutSeconds: 10 } },
        { id: 'sales', type: 'queue', data: { queueId: 'sales' } },
        { id: 'binh', type: 'employee', data: { employeeId: 'binh', rings: 4 } },
        { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } },
      ],
      [['in', 'next', 'greet'], ['greet', 'next', 'menu'], ['greet', 'extensionNoAnswer', 'vm'], ['menu', '1', 'sales'], ['menu', '2', 'binh'],
        ['menu', 'timeout', 'vm'], ['sales', 'noAnswer', 'vm'], ['binh', 'noAnswer', 'vm']],
    ),
  });
}

const INPUT: CallInput = { from: '+84909000000', at: '2026-11-26T03:00:00Z' };

function start(project = hotline(), input: CallInput = INPUT) {
  const clock = new CallClock();
  const actor = createActor(compileFlow(project, 'n1'), { clock, input });
  actor.start();
  return { actor, clock, ctx: () => actor.getSnapshot().context as CallContext };
}

describe('compileFlow', () => {
  it('throws FlowCompileError for a flow without an incoming node, or a missing number', () => {
    const project = makeProject({ flow: makeFlow([{ id: 'vm', type: 'voicemail' }]) });
    expect(() => compileFlow(project, 'n1')).toThrow(FlowCompileError);
    expect(() => compileFlow(project, 'n1')).toThrow(/no incoming node/);
    expect(() => compileFlow(project, 'nope')).toThrow(FlowCompileError);
  });

  it('gives one state per node, keyed by node id, with sub-states only where a node has several steps', () => {
    const machine = compileFlow(hotline(), 'n1');
    expect(Object.keys(machine.root.states)).toEqual(expect.arrayContaining(['in', 'greet', 'menu', 'sales', 'binh', 'vm']));
    expect(Object.keys(machine.root.states.greet?.states ?? {})).toEqual(expect.arrayContaining(['playing', 'awaiting', 'extension', 'queue']));
    // A ring step or a queue is one step: the node's own state rings.
    expect(machine.root.states.binh?.states).toEqual({});
    expect(machine.root.states.binh?.tags).toEqual(['ringing']);
    expect(machine.root.states.sales?.states).toEqual({});
    expect(machine.root.states.sales?.tags).toEqual(['ringing', 'onHold']);
  });

  it('names only actions, guards and delays it implements', () => {
    const machine = compileFlow(generatedProject(300, 2), 'n1');
    const impl = machine.implementations as { actions: Record<string, unknown>; guards: Record<string, unknown>; delays: Record<string, unknown> };
    const names = { actions: new Set<string>(), guards: new Set<string>(), delays: new Set<string>() };
    const guardNames = (g: unknown) => {
      if (typeof g === 'string') names.guards.add(g);
      else if (g && typeof g === 'object' && 'type' in g) names.guards.add(String((g as { type: string }).type));
    };
    const actionName = (a: unknown) => {
      if (typeof a === 'string') names.actions.add(a);
      else if (a && typeof a === 'object' && 'type' in a && typeof a.type === 'string' && !a.type.startsWith('xstate.')) names.actions.add(a.type);
    };
    const walk = (node: { config: Record<string, unknown>; states: Record<string, never> }) => {
      const c = node.config as { entry?: unknown[]; exit?: unknown[]; always?: { guard?: unknown; actions?: unknown[] }[]; on?: Record<string, { guard?: unknown; actions?: unknown[] }[]>; after?: Record<string, { guard?: unknown; actions?: unknown[] }[]> };
      for (const a of [...(c.entry ?? []), ...(c.exit ?? [])]) actionName(a);
      const transitions = [...(c.always ?? []), ...Object.values(c.on ?? {}).flat(), ...Object.values(c.after ?? {}).flat()];
      for (const t of transitions) {
        guardNames(t.guard);
        for (const a of t.actions ?? []) actionName(a);
      }
      for (const d of Object.keys(c.after ?? {})) names.delays.add(d);
      for (const child of Object.values(node.states)) walk(child);
    };
    walk(machine.root as never);
    for (const a of names.actions) expect(impl.actions, `action ${a}`).toHaveProperty(a);
    for (const g of names.guards) expect(impl.guards, `guard ${g}`).toHaveProperty(g);
    for (const d of names.delays) expect(impl.delays, `delay ${d}`).toHaveProperty(d);
    expect(names.actions.size).toBeGreaterThan(10);
  });

  it('uses the first incoming node and the first edge of a handle', () => {
    const project = makeProject({
      flow: makeFlow(
        [{ id: 'a', type: 'incoming' }, { id: 'b', type: 'incoming' }, { id: 'one', type: 'hangup' }, { id: 'two', type: 'hangup' }],
        [['a', 'next', 'one'], ['a', 'next', 'two'], ['b', 'next', 'two']],
      ),
    });
    expect(simulateCall(project, makeScenario()).path).toEqual(['a', 'one']);
  });

  it('copes with node ids that look like state paths or its own state names', () => {
    const project = makeProject({
      flow: makeFlow([{ id: '@start', type: 'incoming' }, { id: 'a.b', type: 'play', data: { melody: tts('Hi', 1) } }, { id: '#x', type: 'hangup' }],
        [['@start', 'next', 'a.b'], ['a.b', 'next', '#x']]),
    });
    expect(simulateCall(project, makeScenario()).path).toEqual(['@start', 'a.b', '#x']);
  });

  describe('driven step by step, as the interactive simulator does', () => {
    it('shows which node is live and what it is doing: playing, then awaiting digits', () => {
      const { actor, clock, ctx } = start();
      let snap = actor.getSnapshot();
      expect(snap.matches({ greet: 'playing' })).toBe(true);
      expect(snap.hasTag('playing')).toBe(true);
      expect(ctx().playing).toMatchObject({ nodeId: 'greet', text: 'Welcome to Acme', ms: 6000, since: 0 });
      // Keys typed during a greeting with extensions are kept and read when it ends (typeAhead.test.ts).
      expect(snap.can({ type: 'call.digits', digits: '101' })).toBe(true);
      expect(clock.nextTimerAt()).toBe(6000);

      clock.advanceToNextTimer();
      snap = actor.getSnapshot();
      expect(snap.matches({ greet: 'awaiting' })).toBe(true);
      expect(snap.hasTag('awaitingDigits')).toBe(true);
      expect(ctx().playing).toBeNull();
      expect(ctx().awaiting).toMatchObject({ nodeId: 'greet', ms: 5000, since: 6, extensions: true });
      expect(snap.can({ type: 'call.digits', digits: '101' })).toBe(true);
      expect(snap.can({ type: 'call.digits', digits: null })).toBe(false);
    });

    it('rings a dialled extension ring by ring and connects on ring.answered', () => {
      const { actor, clock, ctx } = start();
      clock.advanceToNextTimer();
      actor.send({ type: 'call.digits', digits: '102' });
      expect(actor.getSnapshot().matches({ greet: 'extension' })).toBe(true);
      expect(actor.getSnapshot().hasTag('ringing')).toBe(true);
      expect(ctx().ringing).toMatchObject({ nodeId: 'greet', ring: 1, rings: 4, since: 6, parties: [{ key: 'binh', label: 'Binh (102)' }] });
      clock.advance(5000);
      expect(ctx().ringing?.ring).toBe(2);
      expect(actor.getSnapshot().can({ type: 'ring.answered', party: 'anna' })).toBe(false);
      actor.send({ type: 'ring.answered', party: 'binh' });
      const snap = actor.getSnapshot();
      expect(snap.status).toBe('done');
      expect(snap.output).toMatchObject({ outcome: { kind: 'connected', employeeId: 'binh' }, durationSeconds: 11, path: ['in', 'greet'] });
    });

    it('plays hold music while a queue rings (tag onHold) and moves on when a member is busy', () => {
      const { actor, clock, ctx } = start();
      clock.advanceToNextTimer();
      clock.advanceToNextTimer();
      clock.advanceToNextTimer();
      actor.send({ type: 'call.digits', digits: '1' });
      expect(actor.getSnapshot().matches('sales')).toBe(true);
      expect(actor.getSnapshot().hasTag('onHold')).toBe(true);
      expect(ctx().ringing?.parties[0]?.key).toBe('anna');
      clock.advance(2000);
      actor.send({ type: 'ring.busy' });
      expect(ctx().ringing?.parties[0]?.key).toBe('binh');
      expect(ctx().events.map((e) => e.text)).toContain('Anna (101) is busy');
      // The next member's first ring starts now: ring 1, its full 5 s.
      expect(ctx().ringing?.ring).toBe(1);
      expect(clock.nextTimerAt()).toBe(clock.now() + 5000);
    });

    it('ring.noAnswer ends a ring step at once; call.hangup abandons the call', () => {
      const { actor, clock, ctx } = start();
      clock.advanceToNextTimer();
      actor.send({ type: 'call.digits', digits: '101' });
      actor.send({ type: 'ring.noAnswer' });
      expect(actor.getSnapshot().matches('vm')).toBe(false);
      expect(actor.getSnapshot().status).toBe('done');
      expect(ctx().outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });

      const second = start();
      second.clock.advance(3000);
      second.actor.send({ type: 'call.hangup' });
      expect(second.actor.getSnapshot().output).toMatchObject({ outcome: { kind: 'abandoned' }, durationSeconds: 3 });
    });

    it('gives the same result as simulateCall when driven with the same answers', () => {
      const project = hotline();
      const { actor, clock } = start(project);
      clock.advanceToNextTimer(); // greeting ends
      clock.advanceToNextTimer(); // nothing keyed
      clock.advanceToNextTimer(); // prompt ends
      actor.send({ type: 'call.digits', digits: '2' });
      // An answer at second 5 comes before the timeouts of second 5, as in simulateCall (N13).
      clock.advanceTo(clock.now() + 5000, { fireDue: false });
      actor.send({ type: 'ring.answered' });
      const interactive = finishCall(project, { numberId: 'n1', ...INPUT }, actor.getSnapshot());
      const simulated = simulateCall(project, makeScenario({ digits: [null, '2'], answers: { binh: 'answer' } }));
      expect(interactive).toEqual(simulated);
    });

    it('callOutputOf reads a call that has not ended yet', () => {
      const { ctx } = start();
      expect(callOutputOf(ctx())).toMatchObject({ outcome: { kind: 'abandoned' }, path: ['in', 'greet'], flowRan: true });
    });
  });
});
