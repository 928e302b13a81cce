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

describe('nodes: entry, hours, greetings and menus', () => {
  it('N1 incoming goes on to next at once', () => {
    const r = call([IN, { id: 'bye', type: 'hangup' }], [['in', 'next', 'bye']]);
    expect(r.outcome).toEqual({ kind: 'hangup' });
    expect(r.path).toEqual(['in', 'bye']);
    expect(r.durationSeconds).toBe(0);
  });

  describe('N2 sipTo', () => {
    const nodes = [IN, { id: 'sip', type: 'sipTo', data: { rings: 2 } }, { id: 'nomatch', type: 'hangup' }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'sip'], ['sip', 'noMatch', 'nomatch'], ['sip', 'noAnswer', 'vm']];
    const sip = { number: { kind: 'sip_office' } };

    it('N2 rings the employee whose extension is in the To: header', () => {
      const r = call(nodes, edges, { sipToExtension: '102', answers: { binh: 'answer' } }, sip);
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
      expect(r.durationSeconds).toBe(5);
    });

    it('N2 takes noAnswer when that employee does not answer', () => {
      const r = call(nodes, edges, { sipToExtension: '102' }, sip);
      expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'binh' });
      expect(r.durationSeconds).toBe(10);
    });

    it('N2 takes noMatch without a header, for an unknown or a queue extension, and off a SIP PBX', () => {
      expect(call(nodes, edges, { sipToExtension: null }, sip).path).toEqual(['in', 'sip', 'nomatch']);
      expect(call(nodes, edges, { sipToExtension: '999' }, sip).path).toEqual(['in', 'sip', 'nomatch']);
      expect(call(nodes, edges, { sipToExtension: '500' }, sip).path).toEqual(['in', 'sip', 'nomatch']);
      expect(call(nodes, edges, { sipToExtension: '102', answers: { binh: 'answer' } }).path).toEqual(['in', 'sip', 'nomatch']);
    });
  });

  describe('N3 hours', () => {
    const nodes = [IN, { id: 'h', type: 'hours' }, { id: 'open', type: 'hangup' }, { id: 'closed', type: 'hangup' }];
    const edges: EdgeSpec[] = [['in', 'next', 'h'], ['h', 'open', 'open'], ['h', 'closed', 'closed']];
    const hours = (h: Record<string, unknown>) => ({ number: { settings: { hours: { enabled: true, timezone: 'Asia/Ho_Chi_Minh', ...h } } } });

    it('N3 is open when working hours are off', () => {
      expect(call(nodes, edges, { at: '2026-11-29T20:00:00Z' }).path.at(-1)).toBe('open');
    });

    it('N3 reads the time in the number’s timezone: 10:00 Thursday in Ho Chi Minh is open, 18:00 is closed', () => {
      expect(call(nodes, edges, { at: '2026-11-26T03:00:00Z' }, hours({})).path.at(-1)).toBe('open');
      expect(call(nodes, edges, { at: '2026-11-26T11:00:00Z' }, hours({})).path.at(-1)).toBe('closed');
    });

    it('N3 treats a holiday (DD.MM) as closed inside the intervals', () => {
      expect(call(nodes, edges, { at: '2026-11-26T03:00:00Z' }, hours({ holidays: ['26.11'] })).path.at(-1)).toBe('closed');
    });

    it('N3 intervals are [start, end): the end minute is closed', () => {
      const h = hours({ week: { thu: [['08:30', '10:00']] } });
      expect(call(nodes, edges, { at: '2026-11-26T02:59:59Z' }, h).path.at(-1)).toBe('open');
      expect(call(nodes, edges, { at: '2026-11-26T03:00:00Z' }, h).path.at(-1)).toBe('closed');
    });

    it('N3 reads the time when the call reaches the node, not when it arrives', () => {
      const late = [IN, { id: 'p', type: 'play', data: { melody: tts('Hello', 60) } }, ...nodes.slice(1)];
      const lateEdges: EdgeSpec[] = [['in', 'next', 'p'], ['p', 'next', 'h'], ...edges.slice(1)];
      const h = hours({ week: { thu: [['08:30', '10:00']] } });
      expect(call(late, lateEdges, { at: '2026-11-26T02:59:30Z' }, h).path.at(-1)).toBe('closed');
    });
  });

  describe('N4 play', () => {
    const greet = (data: Record<string, unknown> = {}) => ({ id: 'g', type: 'play', data: { melody: tts('Welcome to Acme', 6), allowExtensions: true, digitWaitSeconds: 5, ...data } });
    const nodes = [IN, greet(), { id: 'next', type: 'hangup' }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'g'], ['g', 'next', 'next'], ['g', 'extensionNoAnswer', 'vm']];

    it('N4 plays its melody, then goes to next without allowExtensions', () => {
      const r = call([IN, greet({ allowExtensions: false }), { id: 'next', type: 'hangup' }], [['in', 'next', 'g'], ['g', 'next', 'next']], { digits: ['101'] });
      expect(r.path).toEqual(['in', 'g', 'next']);
      expect(r.durationSeconds).toBe(6);
      expect(r.events.map((e) => e.text)).toContain('Playing ‘Welcome to Acme’');
    });

    it('N4 rings the dialled extension (4 rings)', () => {
      const r = call(nodes, edges, { digits: ['101'], answers: { anna: 'answer' } });
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'anna' });
      expect(r.durationSeconds).toBe(11);
    });

    it('N4 takes extensionNoAnswer when the dialled employee does not answer', () => {
      const r = call(nodes, edges, { digits: ['101'] });
      expect(r.outcome).toEqual({ kind: 'voicemail', mailboxEmployeeId: 'anna' });
      expect(r.durationSeconds).toBe(6 + 20);
      expect(r.events.filter((e) => e.type === 'ring.ringing').map((e) => e.text)).toEqual([
        'Ringing Anna (101), ring 1 of 4', 'Ringing Anna (101), ring 2 of 4', 'Ringing Anna (101), ring 3 of 4', 'Ringing Anna (101), ring 4 of 4',
      ]);
    });

    it('N4 rings a queue dialled by its extension', () => {
      const r = call(nodes, edges, { digits: ['500'], answers: { binh: 'answer' } });
      expect(r.outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
      expect(r.durationSeconds).toBe(6 + 15 + 5);
      // The log says whom the extension reached, a queue group or an employee.
      expect(r.events.find((e) => e.type === 'extension.dialled')?.text).toMatch(/^Extension 500: queue group /);
      expect(call(nodes, edges, { digits: ['101'] }).events.find((e) => e.type === 'extension.dialled')?.text).toBe('Extension 101: Anna');
    });

    it('N4 logs an unknown extension and goes to next at once', () => {
      const r = call(nodes, edges, { digits: ['999'] });
      expect(r.path).toEqual(['in', 'g', 'next']);
      expect(r.durationSeconds).toBe(6);
      expect(r.events.some((e) => e.type === 'extension.unknown' && e.text === 'Unknown extension 999')).toBe(true);
    });

    it('N4 waits digitWaitSeconds when nothing is keyed', () => {
      expect(call(nodes, edges, { digits: [null] }).durationSeconds).toBe(11);
      expect(call(nodes, edges, { digits: [] }).durationSeconds).toBe(11);
    });
  });

  describe('N5 ivr', () => {
    const menu = (data: Record<string, unknown> = {}) => ({
      id: 'menu', type: 'ivr',
      data: { prompt: tts('Press 1 for sales', 4), options: [{ digit: '1', label: 'Sales' }, { digit: '2', label: 'Support' }], timeoutSeconds: 10, maxRetries: 2, ...data },
    });
    const ends = [{ id: 'one', type: 'hangup' }, { id: 'two', type: 'hangup' }, { id: 'to', type: 'hangup' }, VM];
    const edges: EdgeSpec[] = [['in', 'next', 'menu'], ['menu', '1', 'one'], ['menu', '2', 'two'], ['menu', 'timeout', 'to'], ['menu', 'extensionNoAnswer', 'vm']];

    it('N5 takes the handle of the option keyed', () => {
      const r = call([IN, menu(), ...ends], edges, { digits: ['2'] });
      expect(r.path).toEqual(['in', 'menu', 'two']);
      expect(r.durationSeconds).toBe(4);
    });

    it('N5 replays the prompt after no entry, up to maxRetries more times, then takes timeout', () => {
      const r = call([IN, menu(), ...ends], edges, { digits: [] });
      expect(r.path).toEqual(['in', 'menu', 'to']);
      expect(r.durationSeconds).toBe(3 * (4 + 10));
      expect(r.events.filter((e) => e.type === 'melody.playing')).toHaveLength(3);
    });

    it('N5 does not wait after an invalid entry, and the next entry is read on the retry', () => {
      const r = call([IN, menu(), ...ends], edges, { digits: ['7', '1'] });
      expect(r.path).toEqual(['in', 'menu', 'one']);
      expect(r.durationSeconds).toBe(8);
      expect(r.events.some((e) => e.text === 'Invalid entry 7')).toBe(true);
    });

    it('N5 with maxRetries 0 takes timeout after the first miss', () => {
      const r = call([IN, menu({ maxRetries: 0 }), ...ends], edges, { digits: ['7', '1'] });
      expect(r.path).toEqual(['in', 'menu', 'to']);
    });

    it('N5 with allowExtensions rings an extension; no answer takes extensionNoAnswer', () => {
      const nodes = [IN, menu({ allowExtensions: true }), ...ends];
      expect(call(nodes, edges, { digits: ['102'], answers: { binh: 'answer' } }).outcome).toEqual({ kind: 'connected', employeeId: 'binh' });
      expect(call(nodes, edges, { digits: ['102'] }).path).toEqual(['in', 'menu', 'vm']);
    });

    it('N5 without allowExtensions treats an extension as an invalid entry', () => {
      const r = call([IN, menu({ maxRetries: 0 }), ...ends], edges, { digits: ['102'], answers: { binh: 'answer' } });
      expect(r.path).toEqual(['in', 'menu', 'to']);
    });

    it('N5 "repeat" is an edge back to the same menu: it is entered anew', () => {
      const r = call([IN, menu(), ...ends], [...edges.filter(([, h]) => h !== '2'), ['menu', '2', 'menu']], { digits: ['2', '1'] });
      expect(r.path).toEqual(['in', 'menu', 'menu', 'one']);
    });
  });
});
