import type { Hours } from '../../engine';
import { hoursStatusAt } from '../../engine';
import { useNow } from '../../ui/clock';
import { describeStatus } from './hoursText';

/** The local time in a zone: "Thursday 10:00". */
function localClock(now: Date, zone: string): string {
  try {
    return now.toLocaleString('en-GB', { timeZone: zone, weekday: 'long', hour: '2-digit', minute: '2-digit', hour12: false });
  } catch {
    return '';
  }
}

/**
 * Live "Open now — closes at 17:30" for the saved hours, on the app's clock. While the hours are
 * off it also says why the days and holidays are locked: `id` lets them point here.
 */
export function HoursPreview({ hours, id }: { hours: Hours; id?: string }) {
  const now = useNow();
  const status = hoursStatusAt(hours, now);
  const local = localClock(now, hours.timezone);
  // Closed and "hours are off" are normal states, not errors or successes: an informational
  // look for both (red read as a fault, green for "off" as a confirmation); open stays green.
  const tone = status.open && status.reason !== 'disabled' ? 'open' : 'info';
  return (
    <p role="status" id={id} className={`hours-preview ${tone}`}>
      <strong>{describeStatus(status)}</strong>
      {hours.enabled && local && <span className="field-hint"> (it is {local} in {hours.timezone})</span>}
      {!hours.enabled && ' The days and holidays below are kept, and can be changed again once “Use working hours” is ticked.'}
    </p>
  );
}
