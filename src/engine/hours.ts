import type { Hours, Weekday } from './schema/settings';
import { WEEKDAYS } from './schema/settings';

/** Whether a number's working hours are open at an instant, and until or from when. */
export interface HoursStatus {
  open: boolean;
  /** disabled: hours are off, so always open; holiday: a DD.MM holiday; interval: inside one; outside: none applies. */
  reason: 'disabled' | 'holiday' | 'interval' | 'outside';
  /** When open by an interval: the local time it closes ("17:30"; "24:00" is midnight). Absent when it never closes. */
  closesAt?: string;
  /** When it closes on a later day than today (the intervals run on past midnight). */
  closesOn?: Weekday;
  /** When closed: the next opening in local time (`inDays`: 0 today, 1 tomorrow…), or null when the week has none. */
  opensAt?: { weekday: Weekday; time: string; inDays: number } | null;
}

/** The wall-clock reading of an instant in a timezone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Seconds since local midnight. */
  seconds: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY_OF: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      // validateNumber reports a zone that is not IANA (`hours-invalid`); until fixed, read UTC.
      f = formatter('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

// Intl formatting costs microseconds, and simulations ask about the same few seconds over and over.
const readings = new Map<string, LocalTime>();

/** Reads an instant as wall-clock time in an IANA timezone (UTC when the zone is unknown). */
export function localTime(instant: Date | string | number, timeZone: string): LocalTime {
  const date = instant instanceof Date ? instant : new Date(instant);
  const key = `${timeZone}\u0000${Math.floor(date.getTime() / 1000)}`;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size >= 2_000) readings.clear();
    readings.set(key, (reading = readLocal(date, timeZone)));
  }
  return reading;
}

function readLocal(date: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_OF[parts.weekday ?? ''] ?? 'mon',
    // Some engines print midnight as 24 even with h23.
    seconds: (Number(parts.hour) % 24) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/** "08:30" → 510 minutes; "24:00" → 1440; anything else → null. */
export function parseClock(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

const formatClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

type Week = Record<Weekday, [number, number][]>;

// Parsed once per Hours object: simulations check the same settings call after call.
const parsedWeeks = new WeakMap<Hours, { week: Week; holidays: ReadonlySet<string> }>();

function parsed(hours: Hours): { week: Week; holidays: ReadonlySet<string> } {
  let p = parsedWeeks.get(hours);
  if (!p) {
    const week = {} as Week;
    for (const day of WEEKDAYS) {
      const out: [number, number][] = [];
      for (const [s, e] of hours.week[day]) {
        const start = parseClock(s);
        const end = parseClock(e);
        if (start !== null && end !== null && start < end) out.push([start, end]);
      }
      week[day] = out.sort((x, y) => x[0] - y[0]);
    }
    parsedWeeks.set(hours, (p = { week, holidays: new Set(hours.holidays) }));
  }
  return p;
}

/** A weekday's valid `[start, end)` intervals in minutes, sorted; malformed ones are ignored. */
function intervalsOf(hours: Hours, day: Weekday): [number, number][] {
  return parsed(hours).week[day];
}

interface Day {
  weekday: Weekday;
  holiday: boolean;
}

/** The local calendar day `offset` days after (year, month, day). */
function dayAfter(year: number, month: number, day: number, offset: number, holidays: ReadonlySet<string>): Day {
  const d = new Date(Date.UTC(year, month - 1, day + offset));
  const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7] ?? 'mon';
  const ddmm = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  return { weekday, holiday: holidays.has(ddmm) };
}

/**
 * Working hours at an instant (N3): with `enabled` false always open; a holiday (its DD.MM, every
 * year) is closed; a time inside one of that weekday's `[start, end)` intervals is open; anything
 * else is closed. The time is read in `hours.timezone`. Also says when it closes (adjoining
 * intervals count as one, past midnight too) or when it next opens, for a live preview.
 */
export function hoursStatusAt(hours: Hours, instant: Date | string | number): HoursStatus {
  if (!hours.enabled) return { open: true, reason: 'disabled' };
  const local = localTime(instant, hours.timezone);
  const holidays = parsed(hours).holidays;
  const day = (offset: number) => dayAfter(local.year, local.month, local.day, offset, holidays);
  const nowMinutes = local.seconds / 60;
  const today = day(0);
  if (!today.holiday) {
    const current = intervalsOf(hours, today.weekday).find(([s, e]) => s <= nowMinutes && nowMinutes < e);
    if (current) return { open: true, reason: 'interval', ...closing(hours, day, current[1]) };
  }
  return { open: false, reason: today.holiday ? 'holiday' : 'outside', opensAt: nextOpening(hours, day, today.holiday ? Infinity : nowMinutes) };
}

/** Follows adjoining intervals (08:00–12:00 then 12:00–17:00; 24:00 then 00:00 next day) to the real closing time. */
function closing(hours: Hours, day: (offset: number) => Day, end: number): Pick<HoursStatus, 'closesAt' | 'closesOn'> {
  let offset = 0;
  let until = end;
  for (let guard = 0; guard < 8 * 24; guard++) {
    const d = day(offset);
    if (until < 1440) {
      const next = intervalsOf(hours, d.weekday).find(([s, e]) => s <= until && until < e);
      if (!next) return offset === 0 ? { closesAt: formatClock(until) } : { closesAt: formatClock(until), closesOn: d.weekday };
      until = next[1];
      continue;
    }
    const tomorrow = day(offset + 1);
    const first = tomorrow.holiday ? undefined : intervalsOf(hours, tomorrow.weekday)[0];
    if (!first || first[0] !== 0) return offset === 0 ? { closesAt: '24:00' } : { closesAt: '24:00', closesOn: d.weekday };
    offset += 1;
    until = first[1];
  }
  return {}; // open round the clock
}

/** The first interval start after `afterMinutes` today, or on the next 7 days (holidays skipped). */
function nextOpening(hours: Hours, day: (offset: number) => Day, afterMinutes: number): { weekday: Weekday; time: string; inDays: number } | null {
  for (let offset = 0; offset <= 7; offset++) {
    const d = day(offset);
    if (d.holiday) continue;
    const start = intervalsOf(hours, d.weekday).find(([s]) => offset > 0 || s > afterMinutes);
    if (start) return { weekday: d.weekday, time: formatClock(start[0]), inDays: offset };
  }
  return null;
}
