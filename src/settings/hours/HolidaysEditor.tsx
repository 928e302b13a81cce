import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useRefocus } from '../../ui/useRefocus';
import { holidayName, parseHoliday, sortHolidays } from './hoursText';
import { useUnsavedText } from '../../ui/unsavedText';

interface Props {
  holidays: readonly string[];
  onChange: (holidays: string[]) => void;
  /** validateNumber's errors about saved holidays (one imported as '31.02'). */
  errors?: readonly string[];
  /** Locks the list and the field (the holidays kept), as while working hours are off; `describedBy` says why. */
  disabled?: boolean;
  describedBy?: string;
}

const DATE_LABEL = 'Holiday date';

/**
 * Holidays as DD.MM, every year: typed as day and month (no year, which the data has no room
 * for), listed in calendar order, removable.
 */
export function HolidaysEditor({ holidays, onChange, errors = [], disabled, describedBy }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const focus = useRefocus<HTMLFieldSetElement>();
  // A date typed and not added is as unsaved as a bad one: leaving the page asks first.
  useUnsavedText(text.trim() === '' ? null : { label: DATE_LABEL, text, message: error ?? 'not added: press Add holiday' });
  // Checked as typed, like the other fields of the page; an empty field only says so when Add is pressed.
  const check = (t: string) => {
    const parsed = parseHoliday(t);
    if (!parsed.ok) return parsed.message;
    return holidays.includes(parsed.value) ? `${holidayName(parsed.value)} (${parsed.value}) is already a holiday.` : null;
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseHoliday(text);
    const problem = check(text);
    if (!parsed.ok || problem) {
      setError(problem);
      // The message is on the field: take the user there, as the Add a phone number dialog does.
      input.current?.focus();
      return;
    }
    setError(null);
    setText('');
    onChange(sortHolidays([...holidays, parsed.value]));
  };
  const remove = (i: number) => {
    // The removed chip's button is gone: focus goes to the next holiday's, else the previous one's, else the date field.
    const near = [holidays[i + 1], holidays[i - 1]].filter((x) => x !== undefined).map((x) => `Remove holiday ${x}`);
    focus.after([...near, DATE_LABEL]);
    onChange(holidays.filter((_, j) => j !== i));
  };
  return (
    <fieldset className="holidays" ref={focus.container} disabled={disabled} aria-describedby={describedBy}>
      <legend>Holidays</legend>
      <p className="field-hint">Closed all day on these dates, every year.</p>
      {holidays.length === 0 ? <p>No holidays.</p> : (
        <ul aria-label="Holidays" className="chip-list">
          {holidays.map((h, i) => (
            <li key={h}>
              {holidayName(h)} ({h})
              <button type="button" className="link" aria-label={`Remove holiday ${h}`} onClick={() => remove(i)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      {/* A form, so that Enter in the field adds the holiday. */}
      <form aria-label="Add a holiday" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={id}>{DATE_LABEL}</label>
          {/* The button shares a row with the input alone: beside the whole field it lined up with the hint under it. */}
          <div className="field-row">
            <input
              id={id}
              ref={input}
              value={text}
              inputMode="decimal"
              placeholder="DD.MM"
              size={6}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              onChange={(e) => {
                setText(e.target.value);
                setError(e.target.value.trim() === '' ? null : check(e.target.value));
              }}
            />
            <button type="submit">Add holiday</button>
          </div>
          <span id={`${id}-hint`} className="field-hint">Day and month, such as 30.04: a holiday comes back every year.</span>
          {error && <span id={`${id}-error`} className="field-error">{error}</span>}
        </div>
      </form>
    </fieldset>
  );
}
