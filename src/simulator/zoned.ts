import { hoursStatusAt, localTime } from '../engine/hours';
import type { Hours } from '../engine';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value ("2026-11-26T10:00") read in `timeZone`. */
export function toLocalInput(iso: string, timeZone: string): string {
  const t = localTime(iso, timeZone);
  const h = Math.floor(t.seconds / 3600);
  const m = Math.floor((t.seconds % 3600) / 60);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(h)}:${pad(m)}`;
}

/**
 * An instant as the simulator writes a call's times: "2026-11-26 10:00" (with seconds when
 * asked) on the wall clock of `timeZone`, the number's working-hours zone, where the call setup
 * picks its time too.
 */
export function zonedText(iso: string, timeZone: string, seconds = false): string {
  const t = localTime(iso, timeZone);
  const s = `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(Math.floor(t.seconds / 3600))}:${pad(Math.floor((t.seconds % 3600) / 60))}`;
  return seconds ? `${s}:${pad(Math.floor(t.seconds % 60))}` : s;
}

/**
 * A `datetime-local` value read as wall-clock time in `timeZone`, as an ISO instant, or null when
 * the text is not a date and time. Two passes settle the zone's offset (DST included); a local
 * time that a DST jump skips lands on the instant after the jump.
 */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const wanted = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wanted)) return null;
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const t = localTime(guess, timeZone);
    const shown = Date.UTC(t.year, t.month - 1, t.day, 0, 0, t.seconds);
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess).toISOString().replace('.000Z', 'Z');
}

const HALF_HOUR = 30 * 60_000;
const SEARCH_DAYS = 400;

/** The first half hour from `from` on (up to 8 days) when the hours are closed outside any interval, or null. */
export function nextClosedOutsideHours(hours: Hours, from: number): string | null {
  if (!hours.enabled) return null;
  const start = Math.ceil(from / HALF_HOUR) * HALF_HOUR;
  for (let t = start; t < start + 8 * 24 * 2 * HALF_HOUR; t += HALF_HOUR) {
    const s = hoursStatusAt(hours, t);
    if (!s.open && s.reason === 'outside') return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

/** 10:00 local on the first holiday on or after `from` (within a year), or null when there is none. */
export function nextHoliday(hours: Hours, from: number): string | null {
  if (!hours.enabled || hours.holidays.length === 0) return null;
  const today = localTime(from, hours.timezone);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    const ddmm = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}`;
    if (!hours.holidays.includes(ddmm)) continue;
    const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T10:00`;
    const at = fromLocalInput(local, hours.timezone);
    if (at && hoursStatusAt(hours, at).reason === 'holiday') return at;
  }
  return null;
}

/** The current instant to the minute, as an ISO string. */
export function nowToMinute(now: number): string {
  return new Date(Math.floor(now / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Seconds as a timeline reads them: "01:05"; an hour or more "1:01:05". */
export function mmss(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const body = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return h > 0 ? `${h}:${body}` : body;
}
