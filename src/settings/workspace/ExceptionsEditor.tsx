import { useState } from 'react';
import { formatPhone } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';
import { useRefocus } from '../../ui/useRefocus';
import { MOBILE_EXAMPLE, parsePhoneWithExample } from '../phoneExamples';

interface Props {
  exceptions: readonly string[];
  onChange: (list: string[]) => void;
  /** Removes one number (with Undo, on the workspace page); without it, `onChange` does. */
  onRemove?: (phone: string) => void;
  /** validateNumber's errors about saved exceptions (one not in international format). */
  errors?: readonly string[];
}

/** The CRM exception list: numbers the CRM ignores (no lookup, no lead). */
export function ExceptionsEditor({ exceptions, onChange, onRemove, errors = [] }: Props) {
  // Bumped after each add so the field starts empty again.
  const [round, setRound] = useState(0);
  const [candidate, setCandidate] = useState<string | null>(null);
  const focus = useRefocus<HTMLDivElement>();
  const ADD_LABEL = 'Number to add to the exception list';
  const remove = (i: number) => {
    const near = [exceptions[i + 1], exceptions[i - 1]].filter((x) => x !== undefined).map((x) => `Remove exception ${formatPhone(x)}`);
    focus.after([...near, ADD_LABEL]);
    const p = exceptions[i]!;
    if (onRemove) onRemove(p);
    else onChange(exceptions.filter((x) => x !== p));
  };
  const add = () => {
    if (candidate === null || exceptions.includes(candidate)) return;
    // The field starts empty again, ready for the next number.
    focus.after([ADD_LABEL]);
    onChange([...exceptions, candidate]);
    setCandidate(null);
    setRound((n) => n + 1);
  };
  const parse = (text: string): Parsed<string | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    const r = parsePhoneWithExample(text, MOBILE_EXAMPLE);
    if (!r.ok) return r;
    if (exceptions.includes(r.e164)) return { ok: false, message: `${formatPhone(r.e164)} is already on the exception list.` };
    return { ok: true, value: r.e164 };
  };
  return (
    <div ref={focus.container} id="crm-exceptions" className="crm-exceptions" tabIndex={-1} data-field="workspace.crm.exceptions">
      <h3>Exception list</h3>
      <p className="field-hint">Calls from these numbers are not looked up in the CRM and never create a lead.</p>
      {exceptions.length === 0 ? <p>No exceptions.</p> : (
        <ul className="chip-list" aria-label="CRM exceptions">
          {exceptions.map((p, i) => (
            <li key={p}>
              {formatPhone(p)}
              <button type="button" className="link" aria-label={`Remove exception ${formatPhone(p)}`} onClick={() => remove(i)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      {/* A form, so that Enter in the field adds the number. */}
      <form className="field-row" aria-label="Add an exception" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <TextField
          key={round}
          label={ADD_LABEL}
          type="tel"
          placeholder={MOBILE_EXAMPLE}
          value={candidate}
          format={(v) => v ?? ''}
          parse={parse}
          onCommit={setCandidate}
        />
        <button type="submit" disabled={candidate === null}>Add exception</button>
      </form>
    </div>
  );
}
