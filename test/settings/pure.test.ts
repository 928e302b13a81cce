import { describe, expect, it } from 'vitest';
import { nowFromLocation } from '../../src/ui/clock';
import { formatTimeLeft } from '../../src/settings/disconnect/timeLeft';
import { checkInterval, describeStatus, holidayName, nextInterval, parseHoliday, sortHolidays } from '../../src/settings/hours/hoursText';
import { planAllows, recordingAllowance, unlockingPlanNames } from '../../src/settings/plans';
import { recordingsThisMonth } from '../../src/settings/sections/RecordingSection';
import { moveItem } from '../../src/settings/workspace/MemberList';
import { planLosses } from '../../src/settings/workspace/planImpact';
import { ringsText } from '../../src/settings/workspace/QueueCard';
import { employeeUses, queueUses } from '../../src/settings/workspace/usages';
import { demoProject } from './helpers';

describe('plan gating (behaviour.md, Plans)', () => {
  it('unlocks rating, lead source and outbound from Start+, ringing all from Project+', () => {
    expect(unlockingPlanNames('rating')).toEqual(['Start+', 'CRM+', 'Standard', 'Professional']);
    expect(planAllows('project_plus', 'leadSource')).toBe(false);
    expect(planAllows('project_plus', 'distributionAll')).toBe(true);
    expect(planAllows('free', 'distributionAll')).toBe(false);
  });

  it('allows 100 recordings on Free and Project+, 500 on Start+, unlimited above (A1)', () => {
    expect([recordingAllowance('free'), recordingAllowance('project_plus'), recordingAllowance('start_plus'), recordingAllowance('crm_plus')]).toEqual([100, 100, 500, null]);
    expect(recordingsThisMonth({ month: '2026-11', count: 7 }, new Date('2026-11-30T23:59:59Z'))).toBe(7);
    expect(recordingsThisMonth({ month: '2026-11', count: 7 }, new Date('2026-12-01T00:00:00Z'))).toBe(0);
  });

  it("lists what the demo's numbers lose on Free, once per problem", () => {
    const losses = planLosses(demoProject(), 'free');
    expect(losses.some((l) => l.numberName === 'Hotline' && /Voice menu .* needs the Start\+/.test(l.message))).toBe(true);
    expect(new Set(losses.map((l) => `${l.numberId}${l.message}`)).size).toBe(losses.length);
    expect(planLosses(demoProject(), 'professional')).toEqual([]);
  });
});

describe('working hours text', () => {
  it('reads a holiday typed as day and month as DD.MM, with no year, and names it', () => {
    expect(parseHoliday('02.09')).toEqual({ ok: true, value: '02.09' });
    expect(parseHoliday(' 2.9 ')).toEqual({ ok: true, value: '02.09' });
    expect(parseHoliday('30/04')).toEqual({ ok: true, value: '30.04' });
    // 29 February is a holiday date: it comes every four years.
    expect(parseHoliday('29.02')).toEqual({ ok: true, value: '29.02' });
    expect(parseHoliday('31.04')).toMatchObject({ ok: false, message: "April has 30 days; '31.04' is not a date." });
    expect(parseHoliday('30.04.2026')).toMatchObject({ ok: false, message: expect.stringContaining('written DD.MM') });
    expect(parseHoliday('00.13')).toMatchObject({ ok: false });
    expect(parseHoliday('')).toMatchObject({ ok: false, message: expect.stringContaining("Enter the holiday's date") });
    expect(holidayName('02.09')).toBe('2 September');
    expect(sortHolidays(['25.12', '02.09', '01.01'])).toEqual(['01.01', '02.09', '25.12']);
  });

  it('checks an interval as hours-invalid would', () => {
    expect(checkInterval('mon', ['08:30', '12:00'], [['13:00', '17:30']])).toEqual({ ok: true });
    expect(checkInterval('mon', ['12:00', '12:00'], [])).toMatchObject({ ok: false, at: 'both' });
    expect(checkInterval('mon', ['12:00', '13:00'], [['08:30', '17:30']])).toMatchObject({ ok: false, at: 'both' });
    expect(checkInterval('mon', ['8:30', '12:00'], [])).toMatchObject({ ok: false, at: 0 });
    expect(checkInterval('mon', ['12:00', '14:00'], [['13:00', '17:30']])).toMatchObject({ ok: false, message: expect.stringMatching(/overlaps/) });
    expect(checkInterval('mon', ['12:00', '13:00'], [['13:00', '17:30']])).toEqual({ ok: true });
  });

  it('proposes a next interval after the last, and none when the day is full', () => {
    expect(nextInterval([])).toEqual(['08:30', '17:30']);
    expect(nextInterval([['08:30', '12:00']])).toEqual(['13:00', '14:00']);
    expect(nextInterval([['00:00', '24:00']])).toBeNull();
  });

  it('describes the preview', () => {
    expect(describeStatus({ open: true, reason: 'interval', closesAt: '17:30' })).toBe('Open now — closes at 17:30');
    expect(describeStatus({ open: false, reason: 'outside', opensAt: { weekday: 'mon', time: '08:30', inDays: 3 } })).toBe('Closed now — opens Monday at 08:30');
    // On a Friday before opening, or the evening before: as the simulator says it.
    expect(describeStatus({ open: false, reason: 'outside', opensAt: { weekday: 'fri', time: '08:30', inDays: 0 } })).toBe('Closed now — opens today at 08:30');
    expect(describeStatus({ open: false, reason: 'outside', opensAt: { weekday: 'sat', time: '08:00', inDays: 1 } })).toBe('Closed now — opens tomorrow at 08:00');
    expect(describeStatus({ open: false, reason: 'holiday', opensAt: null })).toMatch(/^Closed now \(a holiday\)/);
  });
});

describe('small helpers', () => {
  it('formats the time left of a disconnect request', () => {
    expect(formatTimeLeft(24 * 3_600_000 - 60_000)).toBe('23 h 59 min');
    expect(formatTimeLeft(-5)).toBe('0 h 0 min');
  });

  it('reads ?now= from the address', () => {
    expect(nowFromLocation('?now=2026-11-26T10:00:00Z')?.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(nowFromLocation('?now=yesterday')).toBeNull();
    expect(nowFromLocation('')).toBeNull();
  });

  it('moves a list item', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('shows rings with their seconds', () => {
    expect(ringsText(3)).toBe('3 rings = 15 s');
  });

  it('finds the flows that use an employee or a queue group', () => {
    const demo = demoProject();
    expect(employeeUses(demo, 'u2').map((u) => `${u.numberName}: ${u.nodeName}`)).toEqual([
      "Mobile app line: Employee 'Binh on the app'", "Mobile app line: Mobile 'Binh's mobile'", "Mobile app line: Voicemail 'Binh's voicemail'",
    ]);
    expect(queueUses(demo, 'q-support').map((u) => u.numberId)).toEqual(['hotline', 'office']);
  });
});
