import { useRef } from 'react';
import type { Weekday } from '../../engine';
import { DAY_NAMES, nextInterval } from './hoursText';
import { IntervalRow } from './IntervalRow';

type Interval = [string, string];

interface Props {
  day: Weekday;
  intervals: readonly Interval[];
  onChange: (intervals: Interval[]) => void;
  /** validateNumber's errors about this day's saved intervals. */
  errors?: readonly string[];
}

/**
 * A weekday's intervals: several a day, added and removed; no interval means a day off. Ticking
 * "day off" and unticking it gives back the hours the day had (a lunch break included) while
 * the page is open, rather than a fresh 08:30–17:30.
 */
export function DayEditor({ day, intervals, onChange, errors = [] }: Props) {
  const name = DAY_NAMES[day];
  const next = nextInterval(intervals);
  const off = intervals.length === 0;
  const before = useRef<Interval[] | null>(null);
  const setOff = (dayOff: boolean) => {
    if (dayOff) before.current = [...intervals];
    onChange(dayOff ? [] : before.current ?? [['08:30', '17:30']]);
  };
  return (
    <fieldset className="day-editor">
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
              onRemove={() => onChange(intervals.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      {!off && (
        <button type="button" disabled={next === null} onClick={() => next && onChange([...intervals, next])}>
          Add hours on {name}
        </button>
      )}
    </fieldset>
  );
}
