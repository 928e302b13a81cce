import { describe, expect, it } from 'vitest';
import { Hours, hoursStatusAt, localTime } from '../../src/engine';
import type { Hours as HoursT } from '../../src/engine';

/** Office hours in Ho Chi Minh (UTC+7): weekdays 08:00–12:00 and 13:00–17:00, Saturday morning. */
const office = (over: Partial<HoursT> = {}): HoursT => Hours.parse({
  enabled: true,
  timezone: 'Asia/Ho_Chi_Minh',
  week: { mon: [['08:00', '12:00'], ['13:00', '17:00']], tue: [['08:00', '17:00']], wed: [['08:00', '17:00']], thu: [['08:00', '17:00']],
    fri: [['08:00', '17:00']], sat: [['08:00', '12:00']], sun: [] },
  holidays: ['01.01', '02.09'],
  ...over,
});

// 2026-11-26 is a Thursday; 03:00Z is 10:00 in Ho Chi Minh.
describe('hoursStatusAt', () => {
  it('is open with reason disabled when working hours are off', () => {
    expect(hoursStatusAt(office({ enabled: false }), '2026-11-29T20:00:00Z')).toEqual({ open: true, reason: 'disabled' });
  });

  it('is open inside an interval and says when it closes', () => {
    expect(hoursStatusAt(office(), '2026-11-26T03:00:00Z')).toEqual({ open: true, reason: 'interval', closesAt: '17:00' });
    expect(hoursStatusAt(office(), new Date('2026-11-30T02:00:00Z'))).toEqual({ open: true, reason: 'interval', closesAt: '12:00' });
  });

  it('treats adjoining intervals as one when saying when it closes', () => {
    const h = office({ week: { ...office().week, thu: [['08:00', '12:00'], ['12:00', '18:30']] } });
    expect(hoursStatusAt(h, '2026-11-26T03:00:00Z').closesAt).toBe('18:30');
  });

  it('follows an interval ending at 24:00 into the next day', () => {
    const h = office({ week: { ...office().week, thu: [['20:00', '24:00']], fri: [['00:00', '02:00'], ['08:00', '17:00']] } });
    expect(hoursStatusAt(h, '2026-11-26T14:00:00Z')).toEqual({ open: true, reason: 'interval', closesAt: '02:00', closesOn: 'fri' });
    const midnight = office({ week: { ...office().week, thu: [['20:00', '24:00']] } });
    expect(hoursStatusAt(midnight, '2026-11-26T16:59:00Z')).toEqual({ open: true, reason: 'interval', closesAt: '24:00' });
  });

  it('leaves closesAt out when open round the clock', () => {
    const all = [['00:00', '24:00']] as [string, string][];
    const h = office({ week: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all }, holidays: [] });
    expect(hoursStatusAt(h, '2026-11-26T03:00:00Z')).toEqual({ open: true, reason: 'interval' });
  });

  it('uses [start, end): closed from the end minute', () => {
    expect(hoursStatusAt(office(), '2026-11-26T09:59:59Z').open).toBe(true);
    expect(hoursStatusAt(office(), '2026-11-26T10:00:00Z')).toMatchObject({ open: false, reason: 'outside' });
    expect(hoursStatusAt(office(), '2026-11-26T01:00:00Z').open).toBe(true);
    expect(hoursStatusAt(office(), '2026-11-26T00:59:59Z').open).toBe(false);
  });

  it('says when it opens next: later today, after a lunch break, or another day', () => {
    expect(hoursStatusAt(office(), '2026-11-26T00:00:00Z').opensAt).toEqual({ weekday: 'thu', time: '08:00', inDays: 0 });
    expect(hoursStatusAt(office(), '2026-11-30T05:30:00Z')).toEqual({ open: false, reason: 'outside', opensAt: { weekday: 'mon', time: '13:00', inDays: 0 } });
    expect(hoursStatusAt(office(), '2026-11-28T06:00:00Z').opensAt).toEqual({ weekday: 'mon', time: '08:00', inDays: 2 });
  });

  it('is closed on a holiday (DD.MM, every year) and skips holidays when saying when it opens', () => {
    // 2 September 2027 is a Thursday.
    expect(hoursStatusAt(office(), '2027-09-02T03:00:00Z')).toEqual({ open: false, reason: 'holiday', opensAt: { weekday: 'fri', time: '08:00', inDays: 1 } });
    expect(hoursStatusAt(office(), '2027-09-01T11:00:00Z').opensAt).toEqual({ weekday: 'fri', time: '08:00', inDays: 2 });
  });

  it('returns opensAt null when the week has no intervals', () => {
    const none = office({ week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(hoursStatusAt(none, '2026-11-26T03:00:00Z')).toEqual({ open: false, reason: 'outside', opensAt: null });
  });

  it('reads the weekday in the timezone: Sunday 23:30 UTC is Monday morning in Ho Chi Minh', () => {
    expect(hoursStatusAt(office(), '2026-11-29T23:30:00Z')).toEqual({ open: false, reason: 'outside', opensAt: { weekday: 'mon', time: '08:00', inDays: 0 } });
    expect(hoursStatusAt(office(), '2026-11-30T01:30:00Z').open).toBe(true);
  });

  it('follows daylight saving time in zones that have it', () => {
    const berlin = office({ timezone: 'Europe/Berlin' });
    // 08:30 local is 07:30Z in winter (CET) and 06:30Z in summer (CEST).
    expect(hoursStatusAt(berlin, '2026-11-26T07:30:00Z').open).toBe(true);
    expect(hoursStatusAt(berlin, '2026-07-02T06:30:00Z').open).toBe(true);
    expect(hoursStatusAt(berlin, '2026-11-26T06:30:00Z').open).toBe(false);
  });

  it('ignores malformed intervals and reads an unknown timezone as UTC', () => {
    const bad = office({ timezone: 'Mars/Olympus', week: { ...office().week, thu: [['8:00', '17:00'], ['09:00', '25:00'], ['10:00', '11:00']] } });
    expect(hoursStatusAt(bad, '2026-11-26T10:30:00Z')).toEqual({ open: true, reason: 'interval', closesAt: '11:00' });
    expect(localTime('2026-11-26T10:30:00Z', 'Mars/Olympus')).toMatchObject({ weekday: 'thu', seconds: 10.5 * 3600 });
  });
});
