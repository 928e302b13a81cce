import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/engine';
import type { CallScenarioInput, Employee } from '../../src/engine';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

const EMPLOYEES: Employee[] = [
  { id: 'anna', name: 'Anna', extension: '101', mobile: null, status: 'working' },
  { id: 'binh', name: 'Binh', extension: '102', mobile: null, status: 'working' },
  { id: 'chi', name: 'Chi', extension: '103', mobile: null, status: 'on_break' },
  { id: 'dung', name: 'Dung', extension: '104', mobile: null, status: 'working' },
];

function queueCall(queue: Record<string, unknown>, scenario: Partial<CallScenarioInput> = {}, extra: { skip?: boolean; cursor?: Record<string, string>; hold?: unknown } = {}) {
  const project = makeProject({
    flow: makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { queueId: 'team' } }, { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } }],
      [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
    ),
    workspace: {
      employees: EMPLOYEES,
      queues: [{ id: 'team', name: 'Team', extension: '500', memberIds: ['anna', 'binh', 'chi', 'dung'], distribution: 'in_order', rings: 2, ...queue }],
      usage: { recordings: { month: '2026-11', count: 0 }, queueCursor: extra.cursor ?? {} },
    },
    number: { settings: { skipUnavailableUsers: extra.skip ?? false, ...(extra.hold ? { holdMusic: extra.hold } : {}) } },
  });
  return simulateCall(project, makeScenario(scenario));
}

const rung = (r: ReturnType<typeof simulateCall>) => r.events.filter((e) => e.type === 'ring.ringing' && e.text.endsWith('ring 1 of 2')).map((e) => e.text.replace(/^Ringing (\w+).*$/, '$1'));

describe('queues', () => {
  it('Q1 members are memberIds less those skipped by B6', () => {
    const r = queueCall({}, {}, { skip: true });
    expect(rung(r)).toEqual(['Anna', 'Binh', 'Dung']);
    expect(r.events.some((e) => e.text === 'Skipped Chi: on a break')).toBe(true);
  });

  it('Q1 with no member left the queue takes noAnswer at once', () => {
    const r = queueCall({ memberIds: ['chi'] }, {}, { skip: true });
    expect(r.path).toEqual(['in', 'q', 'vm']);
    expect(r.durationSeconds).toBe(0);
    expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
  });

  it('Q2 in_order rings members one after another in list order, rings each; the first to answer is connected', () => {
    const r = queueCall({}, { answers: { binh: 'answer', dung: 'answer' } });
    expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
    expect(r.durationSeconds).toBe(10 + 5);
    expect(rung(r)).toEqual(['Anna', 'Binh']);
    const none = queueCall({});
    expect(none.durationSeconds).toBe(4 * 10);
    expect(none.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'dung' });
  });

  it('Q2 a busy member is passed over at once', () => {
    const r = queueCall({}, { answers: { anna: 'busy', binh: 'answer' } });
    expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
    expect(r.durationSeconds).toBe(5);
  });

  it('Q3 evenly starts after the cursor, wraps round, and the result carries the new cursor', () => {
    const r = queueCall({ distribution: 'evenly' }, { answers: { anna: 'answer' } }, { cursor: { team: 'chi' } });
    expect(rung(r)).toEqual(['Dung', 'Anna']);
    expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
    expect(r.usage.queueCursor).toEqual({ team: 'anna' });
  });

  it('Q3 evenly starts with the first member without a cursor, and the cursor moves to each member offered', () => {
    const r = queueCall({ distribution: 'evenly' }, { answers: { binh: 'noAnswer' } });
    expect(rung(r)).toEqual(['Anna', 'Binh', 'Chi', 'Dung']);
    expect(r.usage.queueCursor).toEqual({ team: 'dung' });
    const skipped = queueCall({ distribution: 'evenly' }, { answers: { dung: 'answer' } }, { skip: true, cursor: { team: 'binh' } });
    expect(rung(skipped)).toEqual(['Dung']);
    expect(skipped.usage.queueCursor).toEqual({ team: 'dung' });
  });

  it('Q3 in_order leaves the cursor alone', () => {
    expect(queueCall({}, { answers: { anna: 'answer' } }, { cursor: { team: 'chi' } }).usage.queueCursor).toEqual({ team: 'chi' });
  });

  it('Q4 all rings every member at once for rings × 5 s; of several answering, the first in list order gets the call', () => {
    const r = queueCall({ distribution: 'all' }, { answers: { dung: 'answer', binh: 'answer' } });
    expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
    expect(r.durationSeconds).toBe(5);
    const none = queueCall({ distribution: 'all' });
    expect(none.durationSeconds).toBe(10);
    expect(none.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });
    expect(none.events.filter((e) => e.type === 'ring.ringing')).toHaveLength(2);
  });

  it('Q4 all gives up at once when every member is busy', () => {
    const r = queueCall({ distribution: 'all', memberIds: ['anna', 'binh'] }, { answers: { anna: 'busy', binh: 'busy' } });
    expect(r.durationSeconds).toBe(0);
    expect(r.path).toEqual(['in', 'q', 'vm']);
  });

  it('Q5 hold music plays while a queue rings, and an event names it', () => {
    expect(queueCall({}).events.some((e) => e.type === 'queue.hold' && e.text === 'On hold: hold music (English)')).toBe(true);
    const es = queueCall({}, {}, { hold: { kind: 'builtin', language: 'es' } });
    expect(es.events.some((e) => e.text === 'On hold: hold music (Spanish)')).toBe(true);
    const up = queueCall({}, {}, { hold: { kind: 'upload', fileName: 'jazz.mp3', sizeBytes: 1000, channels: 1, assetId: 'a1' } });
    expect(up.events.some((e) => e.text === 'On hold: jazz.mp3')).toBe(true);
  });
});
