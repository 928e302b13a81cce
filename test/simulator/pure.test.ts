import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/simulator/coverage';
import { inputsText } from '../../src/simulator/PathList';
import { activeNodeOf, travelledEdges } from '../../src/simulator/highlight';
import { emptyRecording, gaveAnswer, sawRing, scenarioOf, sentDigits } from '../../src/simulator/recorder';
import { fromLocalInput, mmss, nextClosedOutsideHours, nextHoliday, toLocalInput } from '../../src/simulator/zoned';
import { explorePaths, hoursStatusAt, MAX_LOG_LINE } from '../../src/engine';
import type { CallResult } from '../../src/engine';
import { firstDifference, logOf } from '../../src/simulator/scenarioRun';
import { demoProject } from './helpers';

const project = demoProject();
const hotline = project.numbers.find((n) => n.id === 'hotline')!;
const base = { numberId: 'hotline', from: '+84909000000', at: '2026-11-26T03:00:00Z', sipToExtension: null, serviceAvailable: true, digits: [], answers: {}, rating: null, patienceSeconds: 600 };

describe('recording an interactive call', () => {
  it('puts each digits entry at the cursor it was read at, null where the wait ran out', () => {
    const r = sentDigits(sentDigits(emptyRecording(), 1, '2'), 3, '101');
    expect(scenarioOf(base, r).digits).toEqual([null, '2', null, '101']);
  });

  it('gives each party one answer per ring step, leaving out parties who never answered', () => {
    let r = sawRing(emptyRecording(), 1, ['u1', 'u2']);
    r = gaveAnswer(r, 1, 'u2', 'busy');
    r = sawRing(r, 2, ['u1']);
    r = gaveAnswer(r, 2, 'u1', 'answer');
    r = sawRing(r, 3, ['+84901234564']);
    expect(scenarioOf(base, r).answers).toEqual({ u1: ['noAnswer', 'answer'], u2: 'busy' });
  });

  it('turns a hang-up into the caller’s patience', () => {
    expect(scenarioOf(base, { ...emptyRecording(), hungUpAt: 12 }).patienceSeconds).toBe(12);
  });
});

describe('times in the number’s timezone', () => {
  it('reads and writes wall-clock time in Ho Chi Minh City', () => {
    expect(toLocalInput('2026-11-26T03:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2026-11-26T10:00');
    expect(fromLocalInput('2026-11-26T10:00', 'Asia/Ho_Chi_Minh')).toBe('2026-11-26T03:00:00Z');
  });

  it('settles a zone with daylight saving time', () => {
    expect(fromLocalInput('2026-07-01T09:30', 'Europe/Berlin')).toBe('2026-07-01T07:30:00Z');
    expect(fromLocalInput('2026-12-01T09:30', 'Europe/Berlin')).toBe('2026-12-01T08:30:00Z');
  });

  it('finds a time outside working hours and a holiday', () => {
    const from = Date.parse('2026-11-26T03:00:00Z');
    const outside = nextClosedOutsideHours(hotline.settings.hours, from)!;
    expect(hoursStatusAt(hotline.settings.hours, outside)).toMatchObject({ open: false, reason: 'outside' });
    const holiday = nextHoliday(hotline.settings.hours, from)!;
    expect(toLocalInput(holiday, 'Asia/Ho_Chi_Minh')).toBe('2027-01-01T10:00');
    expect(hoursStatusAt(hotline.settings.hours, holiday).reason).toBe('holiday');
  });

  it('has no such picks when working hours are off', () => {
    const off = { ...hotline.settings.hours, enabled: false };
    expect(nextClosedOutsideHours(off, 0)).toBeNull();
    expect(nextHoliday(off, 0)).toBeNull();
  });

  it('prints timeline times as mm:ss', () => {
    expect(mmss(65.4)).toBe('01:05');
    expect(mmss(3661)).toBe('1:01:01');
  });
});

describe('coverage of the flow', () => {
  it('counts the nodes and handles calls went through, and a handle they were dropped at', () => {
    const c = coverageOf(hotline, [
      { path: ['in', 'hours', 'closed'], outcome: { kind: 'voicemail', mailboxEmployeeId: null } },
      { path: ['in', 'hours', 'greet', 'menu'], outcome: { kind: 'dropped', nodeId: 'menu', handle: '9' } },
    ]);
    expect(c.nodes.missed).toContain('sales');
    expect(c.nodes.reached).toEqual(['in', 'hours', 'greet', 'menu', 'closed']);
    expect(c.handles.reached).toContain('hours/closed');
    expect(c.handles.reached).toContain('greet/next');
    expect(c.handles.missed).toContain('greet/extensionNoAnswer');
  });
});

describe('what the canvas lights', () => {
  it('marks the edges between consecutive nodes of the path', () => {
    const ids = travelledEdges(hotline.flow, ['in', 'hours', 'greet', 'menu', 'sales']);
    const taken = ids.map((id) => hotline.flow.edges.find((e) => e.id === id)).map((e) => `${e?.source}/${e?.sourceHandle}`);
    expect(taken).toEqual(['in/next', 'hours/open', 'greet/next', 'menu/1']);
  });

  it('marks the edge a call took when two lead to the same node: the menu\'s timeout, not its key 1', () => {
    const project = demoProject();
    const run = explorePaths(project, 'hotline').paths.find((p) => p.scenario.digits.every((d) => !d) && p.path.includes('sales'))!;
    const taken = travelledEdges(hotline.flow, run.path, run.edges).map((id) => hotline.flow.edges.find((e) => e.id === id)).map((e) => `${e?.source}/${e?.sourceHandle}`);
    expect(taken).toContain('menu/timeout');
    expect(taken).not.toContain('menu/1');
  });

  it('reads the active node from the machine state, not the compiler’s own states', () => {
    expect(activeNodeOf({ menu: { wait: 'x' } })).toBe('menu');
    expect(activeNodeOf('greet')).toBe('greet');
    expect(activeNodeOf('@announce')).toBeNull();
    expect(activeNodeOf('@@odd')).toBe('@odd');
  });
});

describe('a path\'s inputs in words', () => {
  it('says how each party answers in words, and that a call through a menu keys nothing', () => {
    const lines = inputsText(project, { ...base, digits: [null], answers: { u1: ['noAnswer', 'answer'], u2: 'busy' } }, true);
    expect(lines).toContain('Keys: none; every wait for keys runs out');
    expect(lines.find((l) => l.startsWith('Answers:'))).toMatch(/^Answers: Anna Pham.* does not answer, then answers; .* busy$/);
    expect(inputsText(project, { ...base, digits: [null, '2'] }, true)).toContain('Keys: nothing, then 2');
    expect(inputsText(project, base).some((l) => l.startsWith('Keys'))).toBe(false);
    // A mobile is named as its owner's.
    expect(inputsText(project, { ...base, answers: { '+84901234562': 'answer' } })).toContain('Answers: Binh Nguyen’s mobile +84 901 234 562 answers');
  });
});

describe('a saved call log against a new one', () => {
  it('names the first line that differs, and a log that ended early', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull();
    expect(firstDifference(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual({ step: 2, expected: 'b', actual: 'x' });
    expect(firstDifference(['a', 'b'], ['a', 'b', 'c'])).toEqual({ step: 3, expected: null, actual: 'c' });
    expect(firstDifference(['a', 'b', 'c'], ['a'])).toEqual({ step: 2, expected: 'b', actual: null });
  });

  it('keeps every line of a call within the format\'s bound, cutting a longer one', () => {
    const result = { events: [{ t: 0, type: 'call.started', text: 'Call from +84 909 000 000' }, { t: 1, type: 'melody', text: 'x'.repeat(MAX_LOG_LINE + 10) }] } as CallResult;
    const log = logOf(result);
    expect(log[0]).toBe('Call from +84 909 000 000');
    expect(log[1]).toHaveLength(MAX_LOG_LINE);
    expect(log[1]!.endsWith('…')).toBe(true);
  });
});
