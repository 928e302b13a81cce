import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/engine';
import type { CallScenarioInput, CrmRecord } from '../../src/engine';
import type { EdgeSpec, MakeProjectOptions, NodeSpec } from '../helpers/factories';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

const IN: NodeSpec = { id: 'in', type: 'incoming' };
const tts = (text: string, seconds: number) => ({ kind: 'tts', text, seconds });

function call(nodes: NodeSpec[], edges: EdgeSpec[], scenario: Partial<CallScenarioInput> = {}, opts: Omit<MakeProjectOptions, 'flow'> = {}) {
  return simulateCall(makeProject({ ...opts, flow: makeFlow(nodes, edges) }), makeScenario(scenario));
}

/** incoming → employee Anna (2 rings) → voicemail; records everything, leads for inbound, callbacks. */
const ringAnna = {
  nodes: [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 2 } }, { id: 'vm', type: 'voicemail' }],
  edges: [['in', 'next', 'e'], ['e', 'noAnswer', 'vm']] as EdgeSpec[],
};
const everything = {
  settings: {
    recording: { recordAll: true, announce: true },
    crm: { createLeadFor: 'all' },
    rating: { enabled: true },
    callback: { attempts: 2, delaySeconds: 60 },
  },
};

describe('inbound calls', () => {
  it('B0 a call that B1 or B2 ends has no CRM lookup, lead, recording, rating or callbacks', () => {
    for (const [scenario, number] of [
      [{ from: '+14155550100' }, { status: 'disconnected', ...everything }],
      [{ from: '+14155550100', serviceAvailable: false }, { ...everything }],
    ] as const) {
      const r = call(ringAnna.nodes, ringAnna.edges, { ...scenario, rating: 5 }, { number });
      expect(r.crm).toEqual({ recordId: null, leadCreated: null });
      expect(r.recording).toEqual({ made: false, accessible: false, announced: false, transcribed: false });
      expect(r.rating).toBeNull();
      expect(r.callbacks).toEqual([]);
      expect(r.path).toEqual([]);
    }
  });

  it('B1 a disconnected number rejects the call at once; disconnect_pending still works', () => {
    const off = call(ringAnna.nodes, ringAnna.edges, { serviceAvailable: false }, { number: { status: 'disconnected', settings: { backupNumber: '+84911111111' } } });
    expect(off.outcome).toEqual({ kind: 'rejected', reason: 'disconnected' });
    expect(off.durationSeconds).toBe(0);
    const pending = call(ringAnna.nodes, ringAnna.edges, { answers: { anna: 'answer' } }, { number: { status: 'disconnect_pending' } });
    expect(pending.outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
  });

  it('B2 with the service down the number’s backup number takes the call, else the workspace default, else rejected', () => {
    const own = call(ringAnna.nodes, ringAnna.edges, { serviceAvailable: false }, {
      number: { settings: { backupNumber: '+84911111111' } }, workspace: { defaultBackupNumber: '+84922222222' },
    });
    expect(own.outcome).toEqual({ kind: 'backup', number: '+84911111111' });
    expect(call(ringAnna.nodes, ringAnna.edges, { serviceAvailable: false }, { workspace: { defaultBackupNumber: '+84922222222' } }).outcome)
      .toEqual({ kind: 'backup', number: '+84922222222' });
    const none = call(ringAnna.nodes, ringAnna.edges, { serviceAvailable: false });
    expect(none.outcome).toEqual({ kind: 'rejected', reason: 'unavailable' });
    expect(none.path).toEqual([]);
  });

  it('B3 the recording notice (3 s) plays before the first node', () => {
    const r = call(ringAnna.nodes, ringAnna.edges, { answers: { anna: 'answer' } }, { number: { settings: { recording: { announce: true } } } });
    expect(r.durationSeconds).toBe(8);
    const notice = r.events.findIndex((e) => e.text === 'Playing ‘This call will be recorded’');
    const first = r.events.findIndex((e) => e.type === 'node.entered');
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(first);
    expect(r.events[first]?.t).toBe(3);
    expect(r.recording.announced).toBe(true);
  });

  it('B4 looks the caller up in every CRM record, first match in list order', () => {
    const records: CrmRecord[] = [
      { id: 'l1', kind: 'lead', name: 'Lead', phones: ['+84909000000'], responsibleId: null },
      { id: 'c1', kind: 'contact', name: 'Contact', phones: ['+84909000000'], responsibleId: 'anna' },
    ];
    expect(call(ringAnna.nodes, ringAnna.edges, {}, { workspace: { crm: { records, exceptions: [] } } }).crm.recordId).toBe('l1');
    expect(call(ringAnna.nodes, ringAnna.edges, { from: '+14155550100' }).crm.recordId).toBe('acme');
    expect(call(ringAnna.nodes, ringAnna.edges).crm.recordId).toBeNull();
  });

  it('B4 a number on the exception list is not looked up', () => {
    const r = call(ringAnna.nodes, ringAnna.edges, { from: '+14155550100' }, { workspace: { crm: { exceptions: ['+14155550100'] } } });
    expect(r.crm.recordId).toBeNull();
  });

  describe('B5 ringing', () => {
    it('B5 answer connects after the first ring (5 s)', () => {
      expect(call(ringAnna.nodes, ringAnna.edges, { answers: { anna: 'answer' } }).durationSeconds).toBe(5);
    });

    it('B5 noAnswer gives up after all rings; busy gives up at once', () => {
      expect(call(ringAnna.nodes, ringAnna.edges, { answers: { anna: 'noAnswer' } }).durationSeconds).toBe(10);
      const busy = call(ringAnna.nodes, ringAnna.edges, { answers: { anna: 'busy' } });
      expect(busy.durationSeconds).toBe(0);
      expect(busy.events.some((e) => e.text === 'Anna (101) is busy')).toBe(true);
    });

    it('B5 a list gives one entry per ring step that rings the party; a list that runs out means noAnswer', () => {
      const nodes = [IN, { id: 'e1', type: 'employee', data: { employeeId: 'anna', rings: 1 } }, { id: 'e2', type: 'employee', data: { employeeId: 'anna', rings: 1 } },
        { id: 'e3', type: 'employee', data: { employeeId: 'anna', rings: 1 } }, { id: 'vm', type: 'voicemail' }];
      const edges: EdgeSpec[] = [['in', 'next', 'e1'], ['e1', 'noAnswer', 'e2'], ['e2', 'noAnswer', 'e3'], ['e3', 'noAnswer', 'vm']];
      expect(call(nodes, edges, { answers: { anna: ['noAnswer', 'busy', 'answer'] } }).path).toEqual(['in', 'e1', 'e2', 'e3']);
      expect(call(nodes, edges, { answers: { anna: ['noAnswer', 'answer'] } }).path).toEqual(['in', 'e1', 'e2']);
      expect(call(nodes, edges, { answers: { anna: ['noAnswer'] } }).path).toEqual(['in', 'e1', 'e2', 'e3', 'vm']);
      expect(call(nodes, edges, { answers: { anna: ['noAnswer', 'busy', 'answer'] } }).durationSeconds).toBe(5 + 0 + 5);
    });

    it('B5 lastRung is the employee the latest ring step rang (a mobile ring counts)', () => {
      const nodes = [IN, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 1 } }, { id: 'm', type: 'mobile', data: { target: 'binh', rings: 1 } },
        { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } }];
      const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'm'], ['m', 'noAnswer', 'vm']];
      expect(call(nodes, edges).outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'binh' });
    });
  });

  describe('B6 unavailable users', () => {
    const chi = [IN, { id: 'e', type: 'employee', data: { employeeId: 'chi', rings: 2 } }, { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } }];
    const edges: EdgeSpec[] = [['in', 'next', 'e'], ['e', 'noAnswer', 'vm']];

    it('B6 with skipUnavailableUsers and worktime, an employee not working is skipped, not rung, and an event says why', () => {
      const r = call(chi, edges, { answers: { chi: 'answer' } }, { number: { settings: { skipUnavailableUsers: true } } });
      expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
      expect(r.durationSeconds).toBe(0);
      expect(r.events.some((e) => e.type === 'ring.skipped' && e.text === 'Skipped Chi: on a break')).toBe(true);
    });

    it('B6 without worktimeEnabled the setting does nothing', () => {
      const r = call(chi, edges, { answers: { chi: 'answer' } }, { number: { settings: { skipUnavailableUsers: true } }, workspace: { worktimeEnabled: false } });
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'chi' });
    });

    it('B6 does not apply to mobiles', () => {
      const nodes = [IN, { id: 'm', type: 'mobile', data: { target: 'chi', rings: 1 } }, { id: 'bye', type: 'hangup' }];
      const r = call(nodes, [['in', 'next', 'm'], ['m', 'noAnswer', 'bye']], {}, {
        number: { settings: { skipUnavailableUsers: true } },
        workspace: { employees: [{ id: 'chi', name: 'Chi', extension: '103', mobile: '+84901000103', status: 'on_break' }], queues: [] },
      });
      expect(r.events.some((e) => e.text.startsWith('Ringing Chi’s mobile'))).toBe(true);
    });
  });

  it('B7 an answered call is over for the flow; durationSeconds is the time until it was answered', () => {
    const nodes = [IN, { id: 'p', type: 'play', data: { melody: tts('Hello', 7) } }, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 3 } }, { id: 'vm', type: 'voicemail' }];
    const r = call(nodes, [['in', 'next', 'p'], ['p', 'next', 'e'], ['e', 'noAnswer', 'vm']], { answers: { anna: 'answer' } });
    expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
    expect(r.path).toEqual(['in', 'p', 'e']);
    expect(r.durationSeconds).toBe(12);
    expect(r.events.at(-1)).toMatchObject({ t: 12, type: 'call.ended', text: 'Connected to Anna (101)' });
  });
});
