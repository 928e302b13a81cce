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

/** A weekday's intervals: several a day, added and removed; no interval means a day off. */
export function DayEditor({ day, intervals, onChange, errors = [] }: Props) {
  const name = DAY_NAMES[day];
  const next = nextInterval(intervals);
  const off = intervals.length === 0;
  return (
    <fieldset className="day-editor">
      <legend>{name}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={off} onChange={(e) => onChange(e.target.checked ? [] : [['08:30', '17:30']])} />
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
