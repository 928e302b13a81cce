import { useState } from 'react';
import { formatPhone, parsePhoneInput } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';

interface Props {
  exceptions: readonly string[];
  onChange: (list: string[]) => void;
  /** validateNumber's errors about saved exceptions (one not in international format). */
  errors?: readonly string[];
}

/** The CRM exception list: numbers the CRM ignores (no lookup, no lead). */
export function ExceptionsEditor({ exceptions, onChange, errors = [] }: Props) {
  // Bumped after each add so the field starts empty again.
  const [round, setRound] = useState(0);
  const [candidate, setCandidate] = useState<string | null>(null);
  const parse = (text: string): Parsed<string | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    const r = parsePhoneInput(text);
    if (!r.ok) return r;
    if (exceptions.includes(r.e164)) return { ok: false, message: `${formatPhone(r.e164)} is already on the exception list.` };
    return { ok: true, value: r.e164 };
  };
  return (
    <div id="crm-exceptions" className="crm-exceptions" tabIndex={-1} data-field="workspace.crm.exceptions">
      <h3>Exception list</h3>
      <p className="field-hint">Calls from these numbers are not looked up in the CRM and never create a lead.</p>
      {exceptions.length === 0 ? <p>No exceptions.</p> : (
        <ul className="chip-list" aria-label="CRM exceptions">
          {exceptions.map((p) => (
            <li key={p}>
              {formatPhone(p)}
              <button type="button" className="link" aria-label={`Remove exception ${formatPhone(p)}`} onClick={() => onChange(exceptions.filter((x) => x !== p))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {errors.map((m) => <p key={m} className="field-error">{m}</p>)}
      <div className="field-row">
        <TextField
          key={round}
          label="Number to add to the exception list"
          type="tel"
          placeholder="+84 90 123 4567"
          value={candidate}
          format={(v) => v ?? ''}
          parse={parse}
          onCommit={setCandidate}
        />
        <button
          type="button"
          disabled={candidate === null}
          onClick={() => {
            if (candidate === null || exceptions.includes(candidate)) return;
            onChange([...exceptions, candidate]);
            setCandidate(null);
            setRound((n) => n + 1);
          }}
        >Add exception</button>
      </div>
    </div>
  );
}
