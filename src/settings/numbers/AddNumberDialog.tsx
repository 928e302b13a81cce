import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { NUMBER_KINDS } from '../../engine';
import type { NumberKind, PhoneNumber } from '../../engine';
import { Dialog } from '../../ui/Dialog';
import { LANDLINE_EXAMPLE } from '../phoneExamples';
import { checkName, checkNumber } from './numberChecks';
import { KIND_LABELS } from './numberSummary';

export interface AddNumberDialogProps {
  /** The workspace's numbers, so that one already in use is refused. */
  existing: readonly Pick<PhoneNumber, 'number' | 'name'>[];
  onAdd: (input: { kind: NumberKind; number: string; name: string }) => void;
  onCancel: () => void;
  /** Duplicating this number: its kind is kept, its name suggested with "(copy)", and a new phone number asked for. */
  copyOf?: Pick<PhoneNumber, 'kind' | 'name'>;
}

/**
 * Asks for a new number's kind, E.164 number and name — or, duplicating one, for the copy's
 * number and name (two numbers of a workspace never share a phone number). The number is
 * checked as it is typed; nothing is added until every field is valid, and each invalid field says why.
 */
export function AddNumberDialog({ existing, onAdd, onCancel, copyOf }: AddNumberDialogProps) {
  const id = useId();
  const [kind, setKind] = useState<NumberKind>(copyOf?.kind ?? 'rented');
  const [number, setNumber] = useState('');
  const [name, setName] = useState(copyOf ? `${copyOf.name} (copy)` : '');
  // Errors show once a field has been typed in or the form was submitted, not on an untouched field.
  const [touched, setTouched] = useState({ number: false, name: false });
  const numberRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const numberCheck = checkNumber(number, existing);
  const nameCheck = checkName(name);
  const numberError = touched.number && !numberCheck.ok ? numberCheck.message : null;
  const nameError = touched.name && !nameCheck.ok ? nameCheck.message : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched({ number: true, name: true });
    if (!numberCheck.ok) return numberRef.current?.focus();
    if (!nameCheck.ok) return nameRef.current?.focus();
    onAdd({ kind, number: numberCheck.value, name: nameCheck.value });
  };

  return (
    <Dialog title={copyOf ? `Duplicate “${copyOf.name}”` : 'Add a phone number'} onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} disabled={copyOf !== undefined} onChange={(e) => setKind(e.target.value as NumberKind)}>
            {NUMBER_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-number`}>Phone number</label>
          <input
            id={`${id}-number`}
            ref={numberRef}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder={LANDLINE_EXAMPLE}
            value={number}
            aria-invalid={numberError ? true : undefined}
            aria-describedby={`${id}-number-msg`}
            onChange={(e) => {
              setNumber(e.target.value);
              setTouched((t) => ({ ...t, number: true }));
            }}
          />
          <span id={`${id}-number-msg`} className={numberError ? 'field-error' : 'field-hint'}>
            {numberError ?? 'In international format: + and the country code.'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-msg` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setTouched((t) => ({ ...t, name: true }));
            }}
          />
          {nameError && <span id={`${id}-name-msg`} className="field-error">{nameError}</span>}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary">{copyOf ? 'Duplicate' : 'Add number'}</button>
        </div>
      </form>
    </Dialog>
  );
}
