import { useId, useState } from 'react';
import type { Weekday } from '../../engine';
import { useUnsavedText } from '../../ui/unsavedText';
import { checkInterval, DAY_NAMES } from './hoursText';

interface Props {
  day: Weekday;
  index: number;
  interval: readonly [string, string];
  others: readonly (readonly [string, string])[];
  onCommit: (interval: [string, string]) => void;
  onRemove: () => void;
}

/** The accessible name of an interval's Remove button: "Remove Saturday interval 1 (08:30–12:00)". */
export function removeIntervalLabel(day: Weekday, index: number, interval: readonly [string, string]): string {
  return `Remove ${DAY_NAMES[day]} interval ${index + 1} (${interval[0]}–${interval[1]})`;
}

/** One `[from, until)` interval: both times validated together as typed; only a valid pair is saved. */
export function IntervalRow({ day, index, interval, others, onCommit, onRemove }: Props) {
  const id = useId();
  const saved = `${interval[0]}-${interval[1]}`;
  const [draft, setDraft] = useState<[string, string]>([interval[0], interval[1]]);
  const [seen, setSeen] = useState(saved);
  const [error, setError] = useState<{ at: 0 | 1 | 'both'; message: string } | null>(null);
  if (saved !== seen) {
    setSeen(saved);
    setDraft([interval[0], interval[1]]);
    setError(null);
  }
  useUnsavedText(error && { label: `${DAY_NAMES[day]} interval ${index + 1}`, text: `${draft[0]}–${draft[1]}`, message: error.message });
  const change = (at: 0 | 1, text: string) => {
    const next: [string, string] = at === 0 ? [text.trim(), draft[1]] : [draft[0], text.trim()];
    setDraft(at === 0 ? [text, draft[1]] : [draft[0], text]);
    const check = checkInterval(day, next, others);
    if (!check.ok) {
      // On the time at fault, which need not be the one being typed in; the saved interval stays as it was.
      setError({ at: check.at, message: check.message });
      return;
    }
    setError(null);
    setSeen(`${next[0]}-${next[1]}`);
    onCommit(next);
  };
  const name = `${DAY_NAMES[day]} interval ${index + 1}`;
  const input = (at: 0 | 1, label: string) => (
    <span className="interval-time">
      <label htmlFor={`${id}-${at}`} className="visually-hidden">{`${name} ${label}`}</label>
      <input
        id={`${id}-${at}`}
        value={draft[at]}
        inputMode="numeric"
        placeholder="HH:MM"
        size={5}
        aria-invalid={error && (error.at === at || error.at === 'both') ? true : undefined}
        aria-describedby={error && (error.at === at || error.at === 'both') ? `${id}-error` : undefined}
        onChange={(e) => change(at, e.target.value)}
      />
    </span>
  );
  return (
    <li className="interval-row">
      {input(0, 'from')}
      <span aria-hidden="true">–</span>
      {input(1, 'until')}
      <button type="button" className="link" onClick={onRemove} aria-label={removeIntervalLabel(day, index, interval)}>Remove</button>
      {error && <span id={`${id}-error`} className="field-error">{error.message}</span>}
    </li>
  );
}
