import { useId, useState } from 'react';
import { holidayName, isoDateToHoliday, sortHolidays } from './hoursText';

interface Props {
  holidays: readonly string[];
  onChange: (holidays: string[]) => void;
  /** validateNumber's errors about saved holidays (one imported as '31.02'). */
  errors?: readonly string[];
}

/** Holidays as DD.MM, every year: picked with a date picker, listed in calendar order, removable. */
export function HolidaysEditor({ holidays, onChange, errors = [] }: Props) {
  const id = useId();
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const ddmm = isoDateToHoliday(picked);
    if (!ddmm) return setError('Pick a date first.');
    if (holidays.includes(ddmm)) return setError(`${holidayName(ddmm)} (${ddmm}) is already a holiday.`);
    setError(null);
    setPicked('');
    onChange(sortHolidays([...holidays, ddmm]));
  };
  return (
    <fieldset className="holidays">
      <legend>Holidays</legend>
      <p className="field-hint">Closed all day on these dates, every year.</p>
      {holidays.length === 0 ? <p>No holidays.</p> : (
        <ul aria-label="Holidays" className="chip-list">
          {holidays.map((h) => (
            <li key={h}>
              {holidayName(h)} ({h})
              <button type="button" className="link" aria-label={`Remove holiday ${h}`} onClick={() => onChange(holidays.filter((x) => x !== h))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      <div className="field-row">
        <div className="field">
          <label htmlFor={id}>Holiday date</label>
          <input
            id={id}
            type="date"
            value={picked}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(e) => { setPicked(e.target.value); setError(null); }}
          />
          <span id={`${id}-hint`} className="field-hint">The year is ignored: a holiday comes back every year.</span>
          {error && <span id={`${id}-error`} className="field-error">{error}</span>}
        </div>
        <button type="button" onClick={add}>Add holiday</button>
      </div>
    </fieldset>
  );
}
