import type { HoursStatus, Weekday } from '../../engine';
import { parseClock as minutesOf } from '../../engine';
import { DAY_NAMES, opensOn } from '../../ui/days';

export { DAY_NAMES } from '../../ui/days';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "02.09" → "2 September". */
export function holidayName(ddmm: string): string {
  const m = /^(\d\d)\.(\d\d)$/.exec(ddmm);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[1])} ${month}` : ddmm;
}

/** Days in each month of a leap year: 29.02 is a holiday date too (it comes every four years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type HolidayInput = { ok: true; value: string } | { ok: false; message: string };

/**
 * A holiday typed as day and month, "30.04" (also "30.4" or "30/04"), → the stored `30.04`.
 * No year: a holiday comes back every year, so a date picker's year was only in the way.
 */
export function parseHoliday(text: string): HolidayInput {
  const t = text.trim();
  if (t === '') return { ok: false, message: "Enter the holiday's date, such as 30.04 for 30 April." };
  const m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})$/.exec(t);
  const day = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  const days = MONTH_DAYS[month - 1];
  if (!m || days === undefined || day < 1) return { ok: false, message: `'${t}' is not a day and month written DD.MM, such as 30.04 for 30 April.` };
  if (day > days) return { ok: false, message: `${MONTHS[month - 1]} has ${days} days; '${t}' is not a date.` };
  return { ok: true, value: `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}` };
}

/** Holidays in calendar order. */
export function sortHolidays(list: readonly string[]): string[] {
  const key = (h: string) => `${h.slice(3, 5)}${h.slice(0, 2)}`;
  return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/** "Open now — closes at 17:30" / "Closed now — opens Monday at 08:30" (or "today", "tomorrow"). */
export function describeStatus(status: HoursStatus): string {
  if (status.reason === 'disabled') return 'Working hours are off: calls are treated as during hours at any time.';
  if (status.open) {
    if (status.closesAt === undefined) return 'Open now — open round the clock';
    return `Open now — closes ${status.closesOn ? `${DAY_NAMES[status.closesOn]} ` : ''}at ${status.closesAt}`;
  }
  const why = status.reason === 'holiday' ? ' (a holiday)' : '';
  if (!status.opensAt) return `Closed now${why} — no working hours are set in the week`;
  return `Closed now${why} — opens ${opensOn(status.opensAt)} at ${status.opensAt.time}`;
}

/** `at`: the time at fault (0 from, 1 until), or both when it is the pair (their order, an overlap). */
export type IntervalCheck = { ok: true } | { ok: false; message: string; at: 0 | 1 | 'both' };

/**
 * Checks one interval of a day against the format, its own order and the day's other intervals
 * (the rules of `hours-invalid`), so a bad one is refused as it is typed.
 */
export function checkInterval(day: Weekday, interval: readonly [string, string], others: readonly (readonly [string, string])[]): IntervalCheck {
  const [from, to] = interval;
  const start = minutesOf(from);
  if (start === null) return { ok: false, at: 0, message: `'${from}' is not a time from 00:00 to 24:00 written HH:MM.` };
  const end = minutesOf(to);
  if (end === null) return { ok: false, at: 1, message: `'${to}' is not a time from 00:00 to 24:00 written HH:MM.` };
  if (start >= end) return { ok: false, at: 'both', message: `${DAY_NAMES[day]}'s hours ${from}–${to} end before they start. Use 00:00–24:00 for the whole day.` };
  for (const [a, b] of others) {
    const s = minutesOf(a);
    const e = minutesOf(b);
    if (s !== null && e !== null && start < e && s < end) {
      return { ok: false, at: 'both', message: `${from}–${to} overlaps ${a}–${b} on ${DAY_NAMES[day]}. Merge them into one interval.` };
    }
  }
  return { ok: true };
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A new interval for a day: office hours on an empty day, else an hour after the last one ends; null when the day is full. */
export function nextInterval(intervals: readonly (readonly [string, string])[]): [string, string] | null {
  if (intervals.length === 0) return ['08:30', '17:30'];
  const ends = intervals.map(([, e]) => minutesOf(e)).filter((e): e is number => e !== null);
  const last = Math.max(0, ...ends);
  const start = Math.min(last + 60, 1440);
  if (start >= 1440) return null;
  return [clock(start), clock(Math.min(start + 60, 1440))];
}
