import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/engine';
import type { CallScenarioInput } from '../../src/engine';
import type { EdgeSpec, MakeProjectOptions, NodeSpec } from '../helpers/factories';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

const tts = (text: string, seconds: number) => ({ kind: 'tts', text, seconds });

/** Runs one call through a flow of n1 built from specs. */
function call(nodes: NodeSpec[], edges: EdgeSpec[], scenario: Partial<CallScenarioInput> = {}, opts: Omit<MakeProjectOptions, 'flow'> = {}) {
  return simulateCall(makeProject({ ...opts, flow: makeFlow(nodes, edges) }), makeScenario(scenario));
}

const IN: NodeSpec = { id: 'in', type: 'incoming' };
const VM: NodeSpec = { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } };

describe('nodes: ringing and ends', () => {
  describe('N6 crmOwner', () => {
    const nodes = [IN, { id: 'owner', type: 'crmOwner', data: { rings: 3 } }, { id: 'unknown', type: 'hangup' }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'owner'], ['owner', 'unknown', 'unknown'], ['owner', 'noAnswer', 'vm']];

    it('N6 rings the responsible employee of a known caller', () => {
      const r = call(nodes, edges, { from: '+14155550100', answers: { binh: 'answer' } });
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
    });

    it('N6 takes noAnswer when the responsible employee does not answer or is skipped', () => {
      expect(call(nodes, edges, { from: '+14155550100' }).path).toEqual(['in', 'owner', 'vm']);
      const skipped = call(nodes, edges, { from: '+14155550100' }, {
        workspace: { crm: { records: [{ id: 'acme', kind: 'company', name: 'Acme', phones: ['+14155550100'], responsibleId: 'chi' }] } },
        number: { settings: { skipUnavailableUsers: true } },
      });
      expect(skipped.path).toEqual(['in', 'owner', 'vm']);
      expect(skipped.durationSeconds).toBe(0);
    });

    it('N6 takes unknown for a stranger, a number on the exception list, or a record without a responsible employee', () => {
      expect(call(nodes, edges).path).toEqual(['in', 'owner', 'unknown']);
      expect(call(nodes, edges, { from: '+14155550199' }).path).toEqual(['in', 'owner', 'unknown']);
      const noOwner = call(nodes, edges, { from: '+14155550100' }, {
        workspace: { crm: { records: [{ id: 'acme', kind: 'company', name: 'Acme', phones: ['+14155550100'], responsibleId: null }] } },
      });
      expect(noOwner.path).toEqual(['in', 'owner', 'unknown']);
    });
  });

  it('N7 employee rings that employee; not answered: noAnswer', () => {
    const nodes = [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 2 } }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'vm']];
    expect(call(nodes, edges, { answers: { anna: 'answer' } }).outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
    const missed = call(nodes, edges);
    expect(missed.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });
    expect(missed.durationSeconds).toBe(10);
  });

  describe('N8 mobile', () => {
    const chain = (target: string) => [IN, { id: 'e', type: 'employee', data: { employeeId: 'binh', rings: 1 } }, { id: 'm', type: 'mobile', data: { target, rings: 2 } }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'm'], ['m', 'noAnswer', 'vm']];

    it('N8 rings the last rung employee’s mobile, keyed by its number', () => {
      const r = call(chain('lastRung'), edges, { answers: { '+84901000102': 'answer' } });
      expect(r.outcome).toEqual({ kind: 'mobile', employeeId: 'binh', number: '+84901000102' });
      expect(r.durationSeconds).toBe(10);
    });

    it('N8 rings a named employee’s mobile; not answered: noAnswer', () => {
      const r = call(chain('anna'), edges);
      expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });
      expect(r.durationSeconds).toBe(15);
    });

    it('N8 takes noAnswer at once, with an event, when the employee has no mobile', () => {
      const r = call(chain('chi'), edges);
      expect(r.durationSeconds).toBe(5);
      expect(r.events.some((e) => e.type === 'mobile.missing' && e.text === 'Chi has no mobile')).toBe(true);
    });
  });

  it('N9 forward rings the external number: answered is forwarded, else noAnswer', () => {
    const nodes = [IN, { id: 'f', type: 'forward', data: { number: '+14155550123', rings: 2 } }, { id: 'bye', type: 'hangup' }];
    const edges: EdgeSpec[] = [['in', 'next', 'f'], ['f', 'noAnswer', 'bye']];
    expect(call(nodes, edges, { answers: { '+14155550123': 'answer' } }).outcome).toEqual({ kind: 'forwarded', number: '+14155550123' });
    expect(call(nodes, edges).outcome).toEqual({ kind: 'hangup' });
  });

  it('N10 voicemail plays its greeting, then takes a message for the last rung, a named employee, or nobody', () => {
    const vm = (mailbox: string | null) => [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 1 } },
      { id: 'vm', type: 'voicemail', data: { mailbox, greeting: tts('Leave a message', 4) } }];
    const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'vm']];
    const last = call(vm('lastRung'), edges);
    expect(last.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });
    expect(last.durationSeconds).toBe(9);
    expect(call(vm('binh'), edges).outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'binh' });
    expect(call(vm(null), edges).outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
    expect(call([IN, { id: 'vm', type: 'voicemail' }], [['in', 'next', 'vm']]).outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
  });

  it('N11 hangup plays its message, if any, then hangs up', () => {
    const r = call([IN, { id: 'bye', type: 'hangup', data: { message: tts('Goodbye', 3) } }], [['in', 'next', 'bye']]);
    expect(r.outcome).toEqual({ kind: 'hangup' });
    expect(r.durationSeconds).toBe(3);
  });

  it('N12 a handle with no edge drops the call there', () => {
    const r = call([IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 1 } }], [['in', 'next', 'e']]);
    expect(r.outcome).toEqual({ kind: 'dropped', nodeId: 'e', handle: 'noAnswer' });
    expect(r.durationSeconds).toBe(5);
    expect(call([IN], []).outcome).toEqual({ kind: 'dropped', nodeId: 'in', handle: 'next' });
  });

  it('N12 an edge to a missing node drops the call too', () => {
    expect(call([IN], [['in', 'next', 'ghost']]).outcome).toEqual({ kind: 'dropped', nodeId: 'in', handle: 'next' });
  });

  describe('N13 patience', () => {
    const ring = [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 30 } }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'vm']];

    it('N13 the caller hangs up after patienceSeconds without an outcome: abandoned, at exactly that time', () => {
      const r = call(ring, edges, { patienceSeconds: 42 });
      expect(r.outcome).toEqual({ kind: 'abandoned' });
      expect(r.durationSeconds).toBe(42);
    });

    it('N13 an answer at that very second still connects', () => {
      const r = call(ring, edges, { patienceSeconds: 5, answers: { anna: 'answer' } });
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
      expect(r.durationSeconds).toBe(5);
    });

    it('N13 no longer counts once the call reaches voicemail or hangup', () => {
      const slow = [IN, { id: 'vm', type: 'voicemail', data: { mailbox: null, greeting: tts('A very long greeting', 30) } }];
      const r = call(slow, [['in', 'next', 'vm']], { patienceSeconds: 10 });
      expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
      expect(r.durationSeconds).toBe(30);
      const bye = call([IN, { id: 'bye', type: 'hangup', data: { message: tts('Goodbye', 30) } }], [['in', 'next', 'bye']], { patienceSeconds: 10 });
      expect(bye.outcome).toEqual({ kind: 'hangup' });
    });

    it('N13 defaults to 600 seconds', () => {
      const loop = [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 30 } }];
      const r = call(loop, [['in', 'next', 'e'], ['e', 'noAnswer', 'e']]);
      expect(r.outcome).toEqual({ kind: 'abandoned' });
      expect(r.durationSeconds).toBe(600);
    });
  });

  it('N14 the 1,000th node entry of a call drops it with handle loop-limit', () => {
    const nodes = [IN, { id: 'a', type: 'hours' }, { id: 'b', type: 'hours' }];
    const r = call(nodes, [['in', 'next', 'a'], ['a', 'open', 'b'], ['b', 'open', 'a']]);
    expect(r.path).toHaveLength(1_000);
    expect(r.outcome).toEqual({ kind: 'dropped', nodeId: r.path[999], handle: 'loop-limit' });
    expect(r.durationSeconds).toBe(0);
  });

  it('N14 counts entries on loops that take time too', () => {
    const nodes = [IN, { id: 'p', type: 'play', data: { melody: tts('tick', 0.1) } }];
    const r = call(nodes, [['in', 'next', 'p'], ['p', 'next', 'p']], { patienceSeconds: 86_400 });
    expect(r.outcome).toEqual({ kind: 'dropped', nodeId: 'p', handle: 'loop-limit' });
    expect(r.path).toHaveLength(1_000);
  });
});
