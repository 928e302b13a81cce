import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallClock, parseProject, simulateCall, transferCall } from '../../src/engine';
import type { CallScenarioInput } from '../../src/engine';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

// The fixtures are copies of shared/examples.
const shared = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures', name), 'utf8')) as unknown;
const smallOffice = parseProject(shared('small-office.json'));
const expectations = shared('small-office.scenarios.json') as { name: string; scenario: CallScenarioInput; expect: Record<string, unknown> }[];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('simulateCall', () => {
  describe('the small-office example', () => {
    for (const { name, scenario, expect: want } of expectations) {
      it(`gives the expected result: ${name}`, () => {
        const result = simulateCall(smallOffice, scenario);
        expect(result).toMatchObject(want);
      });
    }
  });

  it('is deterministic and never changes its input', () => {
    const project = deepFreeze(parseProject(shared('small-office.json')));
    const scenario = deepFreeze(makeScenario({ numberId: 'main', from: '+84283000111', digits: [null], answers: { lan: ['noAnswer'] } }));
    const before = JSON.stringify([project, scenario]);
    const first = simulateCall(project, scenario);
    expect(simulateCall(project, scenario)).toEqual(first);
    expect(JSON.stringify([project, scenario])).toBe(before);
  });

  it('accepts a scenario as written in a bundle, defaults filled in', () => {
    const r = simulateCall(smallOffice, { numberId: 'main', from: '+84909000000', at: '2026-11-30T05:30:00Z' });
    expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: null });
  });

  it('logs the call like a call log, each line with its second', () => {
    const r = simulateCall(smallOffice, expectations[1]!.scenario);
    expect(r.events[0]).toEqual({ t: 0, type: 'call.started', text: 'Call from +84283000111' });
    expect(r.events.map((e) => e.text)).toEqual(expect.arrayContaining([
      'Skipped Minh Vo: on a break', 'On hold: hold music (English)', 'Ringing Lan Tran (201), ring 1 of 3', 'No answer from Lan Tran (201)',
    ]));
    expect(r.events.find((e) => e.text === 'Ringing Lan Tran (201), ring 2 of 3')?.t).toBe(18);
    expect(r.events.every((e, i) => i === 0 || e.t >= (r.events[i - 1]?.t ?? 0))).toBe(true);
  });
});

describe('transferCall', () => {
  const project = makeProject({ number: { settings: { crm: { changeResponsibleOnTransfer: true } } } });

  it('makes the employee transferred to responsible for the matched record', () => {
    const t = transferCall(project, { numberId: 'n1', from: '+14155550100', crm: { recordId: 'acme', leadCreated: null } }, 'anna');
    expect(t.responsibleChanged).toBe(true);
    expect(t.project.workspace.crm.records.find((r) => r.id === 'acme')?.responsibleId).toBe('anna');
    expect(project.workspace.crm.records.find((r) => r.id === 'acme')?.responsibleId).toBe('binh');
  });

  it('changes nothing without changeResponsibleOnTransfer, without a record, or for an unknown employee', () => {
    const off = makeProject();
    expect(transferCall(off, { numberId: 'n1', from: '+14155550100', crm: { recordId: 'acme', leadCreated: null } }, 'anna').responsibleChanged).toBe(false);
    expect(transferCall(project, { numberId: 'n1', from: '+84909000000', crm: { recordId: null, leadCreated: null } }, 'anna').project).toBe(project);
    expect(transferCall(project, { numberId: 'n1', from: '+14155550100', crm: { recordId: 'acme', leadCreated: null } }, 'zed').responsibleChanged).toBe(false);
  });

  it('applies to the lead the call created once it is stored', () => {
    const withLead = makeProject({
      number: { settings: { crm: { changeResponsibleOnTransfer: true } } },
      workspace: { crm: { records: [{ id: 'lead1', kind: 'lead', name: '+84909000000', phones: ['+84909000000'], responsibleId: null }], exceptions: [] } },
    });
    const t = transferCall(withLead, { numberId: 'n1', from: '+84909000000', crm: { recordId: null, leadCreated: { source: 'CALL' } } }, 'binh');
    expect(t).toMatchObject({ recordId: 'lead1', responsibleChanged: true });
  });
});

describe('CallClock', () => {
  it('fires each timer at its own time, in the order set when due together, and reports the next one', () => {
    const clock = new CallClock();
    const fired: string[] = [];
    clock.setTimeout(() => {
      fired.push(`a@${clock.now()}`);
      clock.setTimeout(() => fired.push(`c@${clock.now()}`), 1000);
    }, 1000);
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 1000);
    const cancelled = clock.setTimeout(() => fired.push('never'), 500);
    clock.clearTimeout(cancelled);
    expect(clock.nextTimerAt()).toBe(1000);
    clock.advance(5000);
    expect(fired).toEqual(['a@1000', 'b@1000', 'c@2000']);
    expect(clock.now()).toBe(5000);
    expect(clock.nextTimerAt()).toBeNull();
    expect(clock.advanceToNextTimer()).toBeNull();
  });

  it('can move to an instant without firing what is due there yet', () => {
    const clock = new CallClock();
    let fired = false;
    clock.setTimeout(() => (fired = true), 5000);
    clock.advanceTo(5000, { fireDue: false });
    expect(fired).toBe(false);
    expect(clock.advanceToNextTimer()).toBe(5000);
    expect(fired).toBe(true);
    expect(() => clock.advanceTo(1000)).toThrow();
  });

  it('drives a flow with SimulatedClock’s own API too (increment, set)', () => {
    const project = makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }, { id: 'bye', type: 'hangup', data: { message: { kind: 'tts', text: 'Bye', seconds: 2 } } }], [['in', 'next', 'bye']]) });
    expect(simulateCall(project, makeScenario()).durationSeconds).toBe(2);
    const clock = new CallClock();
    let n = 0;
    clock.setTimeout(() => n++, 10);
    clock.increment(5);
    clock.set(10);
    expect(n).toBe(1);
  });
});

describe('simulateCall and a flow that cannot be compiled', () => {
  const broken = (number: Record<string, unknown>) => makeProject({ flow: makeFlow([{ id: 'vm', type: 'voicemail' }]), number });

  it('still rejects calls to a disconnected number (B1) and sends calls to the backup when the service is down (B2)', () => {
    expect(simulateCall(broken({ status: 'disconnected' }), makeScenario()).outcome).toEqual({ kind: 'rejected', reason: 'disconnected' });
    expect(simulateCall(broken({ settings: { backupNumber: '+84911111111' } }), makeScenario({ serviceAvailable: false })).outcome)
      .toEqual({ kind: 'backup', number: '+84911111111' });
  });

  it('throws FlowCompileError for a call the flow would have to take', () => {
    expect(() => simulateCall(broken({}), makeScenario())).toThrow(/no incoming node/);
  });
});
