import { useMemo } from 'react';
import { useNow } from '../ui/clock';
import { opensOn } from '../ui/days';
import type { PhoneNumber } from '../engine';
import type { TimePick } from './CallSetupForm';
import { hoursStatusAt } from './engineRun';
import { nextClosedOutsideHours, nextHoliday, nowToMinute } from './zoned';


/** Quick picks for the call's time ("Now", "Outside working hours", "On a holiday") and what the hours say at `at`. */
export function useTimePicks(number: PhoneNumber, at: string): { picks: TimePick[]; hoursNote: string } {
  const hours = number.settings.hours;
  // Computed once per hours change; "Now" is read when the list is built, which is close enough for a quick pick.
  // The app's clock (so `?now=` moves "Now" too), to the minute: picks are rebuilt once a minute at most.
  const nowMinute = Math.floor(useNow().getTime() / 60_000) * 60_000;
  const picks = useMemo((): TimePick[] => {
    const now = nowMinute;
    const outside = nextClosedOutsideHours(hours, now);
    const holiday = nextHoliday(hours, now);
    return [
      { label: 'Now', at: nowToMinute(now) },
      { label: 'Outside working hours', at: outside, why: outside ? undefined : hours.enabled ? 'The hours are never closed' : 'Working hours are off for this number' },
      { label: 'On a holiday', at: holiday, why: holiday ? undefined : 'This number has no holidays' },
    ];
  }, [hours, nowMinute]);
  const status = hoursStatusAt(hours, at);
  const hoursNote = !hours.enabled
    ? 'Working hours are off: the hours node is always open.'
    : status.open
      ? `Open${status.closesAt ? ` until ${status.closesAt}` : ''}.`
      : `Closed${status.reason === 'holiday' ? ' (holiday)' : ''}${status.opensAt ? `; opens ${opensOn(status.opensAt)} at ${status.opensAt.time}` : ''}.`;
  return { picks, hoursNote };
}
