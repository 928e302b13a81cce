import { describe, expect, it } from 'vitest';
import { simulateCall } from '../../src/engine';
import type { CallScenarioInput } from '../../src/engine';
import type { MakeProjectOptions } from '../helpers/factories';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

/** incoming → employee Anna → mobile of Binh → voicemail (lastRung). */
const flow = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'e', type: 'employee', data: { employeeId: 'anna', rings: 2 } },
    { id: 'm', type: 'mobile', data: { target: 'binh', rings: 2 } }, { id: 'vm', type: 'voicemail' }],
  [['in', 'next', 'e'], ['e', 'noAnswer', 'm'], ['m', 'noAnswer', 'vm']],
);

function call(settings: Record<string, unknown>, scenario: Partial<CallScenarioInput> = {}, opts: Omit<MakeProjectOptions, 'flow' | 'number'> = {}) {
  return simulateCall(makeProject({ ...opts, flow, number: { settings } }), makeScenario(scenario));
}

const usage = (count: number, month = '2026-11') => ({ usage: { recordings: { month, count }, queueCursor: {} } });

describe('after the call', () => {
  describe('A1 recording', () => {
    const record = { recording: { recordAll: true } };

    it('A1 records calls that end connected, mobile, forwarded or voicemail, and counts them', () => {
      const connected = call(record, { answers: { anna: 'answer' } });
      expect(connected.recording).toEqual({ made: true, accessible: true, announced: false, transcribed: false });
      expect(connected.usage.recordings).toEqual({ month: '2026-11', count: 1 });
      expect(call(record, { answers: { '+84901000102': 'answer' } }).recording.made).toBe(true);
      expect(call(record).recording.made).toBe(true);
    });

    it('A1 does not record calls that end otherwise, nor without recordAll', () => {
      const abandoned = call(record, { patienceSeconds: 3 });
      expect(abandoned.outcome.kind).toBe('abandoned');
      expect(abandoned.recording.made).toBe(false);
      expect(abandoned.usage.recordings.count).toBe(0);
      expect(call({}, { answers: { anna: 'answer' } }).recording.made).toBe(false);
    });

    it('A1 a recording beyond the plan’s monthly allowance is made but not accessible', () => {
      expect(call(record, { answers: { anna: 'answer' } }, { workspace: { plan: 'free', ...usage(99) } }).recording.accessible).toBe(true);
      const over = call(record, { answers: { anna: 'answer' } }, { workspace: { plan: 'free', ...usage(100) } });
      expect(over.recording).toMatchObject({ made: true, accessible: false });
      expect(over.usage.recordings.count).toBe(101);
      expect(call(record, { answers: { anna: 'answer' } }, { workspace: { plan: 'start_plus', ...usage(499) } }).recording.accessible).toBe(true);
      expect(call(record, { answers: { anna: 'answer' } }, { workspace: { plan: 'start_plus', ...usage(500) } }).recording.accessible).toBe(false);
      expect(call(record, { answers: { anna: 'answer' } }, { workspace: { plan: 'crm_plus', ...usage(100_000) } }).recording.accessible).toBe(true);
    });

    it('A1 counts per calendar month in UTC: a new month starts at 1', () => {
      const r = call(record, { answers: { anna: 'answer' }, at: '2026-12-01T00:30:00Z' }, { workspace: { plan: 'free', ...usage(100, '2026-11') } });
      expect(r.usage.recordings).toEqual({ month: '2026-12', count: 1 });
      expect(r.recording.accessible).toBe(true);
    });

    it('A1 announced says whether B3 played; transcribe transcribes a recording made', () => {
      const r = call({ recording: { recordAll: true, announce: true, transcribe: true } }, { answers: { anna: 'answer' } });
      expect(r.recording).toEqual({ made: true, accessible: true, announced: true, transcribed: true });
      expect(call({ recording: { recordAll: false, announce: true, transcribe: true } }, { answers: { anna: 'answer' } }).recording)
        .toEqual({ made: false, accessible: false, announced: true, transcribed: false });
    });
  });

  describe('A2 lead', () => {
    it('A2 an unknown caller gets a lead with the number’s lead source on inbound or all', () => {
      expect(call({ crm: { createLeadFor: 'inbound', leadSource: 'WEB' } }).crm).toEqual({ recordId: null, leadCreated: { source: 'WEB' } });
      expect(call({ crm: { createLeadFor: 'all' } }).crm.leadCreated).toEqual({ source: 'CALL' });
      expect(call({ crm: { createLeadFor: 'outbound' } }).crm.leadCreated).toBeNull();
      expect(call({ crm: { createLeadFor: 'none' } }).crm.leadCreated).toBeNull();
    });

    it('A2 no lead for a known caller or one on the exception list', () => {
      expect(call({ crm: { createLeadFor: 'all' } }, { from: '+14155550100' }).crm).toEqual({ recordId: 'acme', leadCreated: null });
      expect(call({ crm: { createLeadFor: 'all' } }, { from: '+14155550199' }).crm).toEqual({ recordId: null, leadCreated: null });
    });

    it('A2 no lead when the call ended at a mobile', () => {
      const r = call({ crm: { createLeadFor: 'all' } }, { answers: { '+84901000102': 'answer' } });
      expect(r.outcome.kind).toBe('mobile');
      expect(r.crm.leadCreated).toBeNull();
    });
  });

  it('A3 with rating enabled a connected call hears the rating prompt: the result has the key, or null', () => {
    expect(call({ rating: { enabled: true } }, { answers: { anna: 'answer' }, rating: 4 }).rating).toBe(4);
    expect(call({ rating: { enabled: true } }, { answers: { anna: 'answer' } }).rating).toBeNull();
    expect(call({ rating: { enabled: true } }, { rating: 4 }).rating).toBeNull();
    expect(call({ rating: { enabled: false } }, { answers: { anna: 'answer' }, rating: 4 }).rating).toBeNull();
  });

  it('A4 a call that ends voicemail, hangup, dropped or abandoned gets redials at its end plus k × delaySeconds', () => {
    const settings = { callback: { attempts: 2, delaySeconds: 300 } };
    const vm = call(settings);
    expect(vm.outcome.kind).toBe('voicemail');
    expect(vm.durationSeconds).toBe(20);
    expect(vm.callbacks).toEqual([{ attempt: 1, at: '2026-11-26T03:05:20Z' }, { attempt: 2, at: '2026-11-26T03:10:20Z' }]);
    expect(call(settings, { patienceSeconds: 7 }).callbacks).toEqual([{ attempt: 1, at: '2026-11-26T03:05:07Z' }, { attempt: 2, at: '2026-11-26T03:10:07Z' }]);
    expect(call(settings, { answers: { anna: 'answer' } }).callbacks).toEqual([]);
    expect(call({ callback: { attempts: 0, delaySeconds: 300 } }).callbacks).toEqual([]);
  });
});
