import { useRef } from 'react';
import type { Weekday } from '../../engine';
import { useRefocus } from '../../ui/useRefocus';
import { DAY_NAMES, nextInterval } from './hoursText';
import { IntervalRow, removeIntervalLabel } from './IntervalRow';

type Interval = [string, string];

interface Props {
  day: Weekday;
  intervals: readonly Interval[];
  onChange: (intervals: Interval[]) => void;
  /** validateNumber's errors about this day's saved intervals. */
  errors?: readonly string[];
  /** Locks the day (its values kept), as while working hours are off; `describedBy` says why. */
  disabled?: boolean;
  describedBy?: string;
}

/**
 * A weekday's intervals: several a day, added and removed; no interval means a day off. Ticking
 * "day off" and unticking it gives back the hours the day had (a lunch break included) while
 * the page is open, rather than a fresh 08:30–17:30.
 */
export function DayEditor({ day, intervals, onChange, errors = [], disabled, describedBy }: Props) {
  const name = DAY_NAMES[day];
  const next = nextInterval(intervals);
  const off = intervals.length === 0;
  const before = useRef<Interval[] | null>(null);
  const setOff = (dayOff: boolean) => {
    if (dayOff) before.current = [...intervals];
    onChange(dayOff ? [] : before.current ?? [['08:30', '17:30']]);
  };
  const focus = useRefocus<HTMLFieldSetElement>();
  const remove = (i: number) => {
    // The row whose button had focus may be gone: focus goes to the Remove button now in its
    // place (the next interval), else the previous one's, else Add hours; removing the day's
    // only interval makes it a day off, so to that checkbox.
    const rest = intervals.filter((_, j) => j !== i);
    const near = [i, i - 1].flatMap((at) => {
      const iv = rest[at];
      return iv ? [removeIntervalLabel(day, at, iv)] : [];
    });
    focus.after([...near, `Add hours on ${name}`, `${name} is a day off`]);
    onChange(rest);
  };
  const add = (iv: Interval) => {
    // The new row appears above this button: put the cursor in its first time, ready to type.
    focus.after([`${name} interval ${intervals.length + 1} from`]);
    onChange([...intervals, iv]);
  };
  return (
    <fieldset className="day-editor" ref={focus.container} disabled={disabled} aria-describedby={describedBy}>
      <legend>{name}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={off} onChange={(e) => setOff(e.target.checked)} />
        <span>{name} is a day off</span>
      </label>
      {!off && (
        <ul className="intervals" aria-label={`${name} hours`}>
          {intervals.map((iv, i) => (
            <IntervalRow
              // Position is the identity: intervals have no ids and are edited in place.
              key={i}
              day={day}
              index={i}
              interval={iv}
              others={intervals.filter((_, j) => j !== i)}
              onCommit={(v) => onChange(intervals.map((x, j) => (j === i ? v : x)))}
              onRemove={() => remove(i)}
            />
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      {!off && (
        <button type="button" disabled={next === null} onClick={() => next && add(next)}>
          Add hours on {name}
        </button>
      )}
    </fieldset>
  );
}
