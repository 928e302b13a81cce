import type { Hours } from '../schema/settings';
import { WEEKDAYS } from '../schema/settings';
import type { ValidationContext } from './context';
import { nodeName } from './context';

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
/** Days in each month of a leap year: 29.02 is a real holiday date (it comes every four years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const zoneCache = new Map<string, boolean>();

/** Is `zone` an IANA time zone this runtime knows? Offsets such as `+07:00` are not zones. */
export function isIanaTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone) && !/^(?:GMT|UTC)[+-]/i.test(zone);
    if (ok) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
      } catch {
        ok = false;
      }
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** Minutes since midnight for `HH:MM` from 00:00 to 24:00, else null. */
export function minutesOf(hhmm: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** Is `ddmm` a real day of the year as DD.MM (29.02 included)? */
export function isHolidayDate(ddmm: string): boolean {
  const m = /^(\d\d)\.(\d\d)$/.exec(ddmm);
  if (!m) return false;
  const day = Number(m[1]);
  const days = MONTH_DAYS[Number(m[2]) - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * hours-invalid: the time zone, each day's intervals, and the holidays. hours-off: a Working
 * hours node while the number's working hours are off, where every call takes 'Open' (N3) and
 * what 'Closed' leads to never runs; a new number starts with them off.
 */
export function checkHours(ctx: ValidationContext): void {
  const hours: Hours = ctx.number.settings.hours;
  if (!hours.enabled) {
    for (const node of ctx.nodes.values()) {
      if (node.type !== 'hours') continue;
      ctx.warn('hours-off', `Working hours are off for this number, so ${nodeName(node)} sends every call to 'Open' and 'Closed' is never taken. Turn working hours on in the number's settings and set them.`, { nodeId: node.id, field: 'settings.hours.enabled' });
    }
  }
  if (!isIanaTimeZone(hours.timezone)) {
    ctx.error('hours-invalid', `The working hours' time zone '${hours.timezone}' is not a time zone name such as Asia/Ho_Chi_Minh or Europe/Berlin. Pick one from the list.`, { field: 'settings.hours.timezone' });
  }
  for (const day of WEEKDAYS) {
    const spans: { start: number; end: number; text: string }[] = [];
    hours.week[day].forEach(([from, to], i) => {
      const start = minutesOf(from);
      const end = minutesOf(to);
      const field = `settings.hours.week.${day}.${i}`;
      if (start === null || end === null) {
        const bad = start === null ? from : to;
        ctx.error('hours-invalid', `${DAY_NAMES[day]}'s hours ${from}–${to}: '${bad}' is not a time from 00:00 to 24:00 written HH:MM.`, { field });
      } else if (start >= end) {
        ctx.error('hours-invalid', `${DAY_NAMES[day]}'s hours ${from}–${to} end before they start. Use 00:00–24:00 for the whole day.`, { field });
      } else {
        spans.push({ start, end, text: `${from}–${to}` });
      }
    });
    spans.sort((a, b) => a.start - b.start);
    // Compare with the interval reaching furthest so far, so a long one overlapping several short ones is caught.
    let reach = spans[0];
    for (const cur of spans.slice(1)) {
      if (reach && cur.start < reach.end) {
        ctx.error('hours-invalid', `${DAY_NAMES[day]}'s hours ${reach.text} and ${cur.text} overlap. Merge them into one interval.`, { field: `settings.hours.week.${day}` });
      }
      if (!reach || cur.end > reach.end) reach = cur;
    }
  }
  hours.holidays.forEach((h, i) => {
    if (!isHolidayDate(h)) {
      ctx.error('hours-invalid', `Holiday '${h}' is not a date written DD.MM, such as 02.09 for 2 September.`, { field: `settings.hours.holidays.${i}` });
    }
  });
}
